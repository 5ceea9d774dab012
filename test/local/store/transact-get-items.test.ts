import { DynamoDbError } from '../../../local/store/errors';
import type { StoreCore } from '../../../local/store/store-core';
import { StoreGateway } from '../../../local/store/store-gateway';
import { transactGetItems } from '../../../local/store/transact-get-items';
import { writeItem } from '../../../local/store/item-writes';
import { createTablesInCore, createTestTables, note, noteLockKey, openStoreCore, rejectionOf, settle } from './store-fixtures';

// Behaviour from https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html
describe('TransactGetItems', () => {
  describe('through the gateway', () => {
    let gateway: StoreGateway;

    beforeEach(async () => {
      gateway = await StoreGateway.open();
      await createTestTables(gateway);
      await gateway.call('PutItem', { TableName: 'Notes', Item: note('a', { title: { S: 'A' }, body: { S: 'text' } }) });
      await gateway.call('PutItem', { TableName: 'Events', Item: { pk: { S: 'p' }, sk: { N: '1' }, kind: { S: 'created' } } });
    });

    afterEach(() => gateway.close());

    const get = (TableName: string, Key: object, extra = {}) => ({ Get: { TableName, Key, ...extra } });

    it('reads items of several tables in request order, {} for a missing item', async () => {
      const result = await gateway.call('TransactGetItems', {
        TransactItems: [
          get('Events', { pk: { S: 'p' }, sk: { N: '1' } }),
          get('Notes', { id: { S: 'missing' } }),
          get('Notes', { id: { S: 'a' } }),
        ],
      });
      expect(result).toEqual({
        Responses: [
          { Item: { pk: { S: 'p' }, sk: { N: '1' }, kind: { S: 'created' } } },
          {},
          { Item: note('a', { title: { S: 'A' }, body: { S: 'text' } }) },
        ],
      });
    });

    it('applies projections', async () => {
      const result = await gateway.call('TransactGetItems', {
        TransactItems: [get('Notes', { id: { S: 'a' } }, { ProjectionExpression: '#t', ExpressionAttributeNames: { '#t': 'title' } })],
      });
      expect(result).toEqual({ Responses: [{ Item: { title: { S: 'A' } } }] });
    });

    it('refuses to read one item twice', async () => {
      const error = (await rejectionOf(
        gateway.call('TransactGetItems', { TransactItems: [get('Notes', { id: { S: 'a' } }), get('Notes', { id: { S: 'a' } })] }),
      )) as unknown as DynamoDbError;
      expect(error.message).toBe('Transaction request cannot include multiple operations on one item');
    });

    it('validates the request like DynamoDB', async () => {
      const tooMany = Array.from({ length: 101 }, (_, i) => get('Notes', { id: { S: `n${i}` } }));
      await expect(gateway.call('TransactGetItems', { TransactItems: tooMany })).rejects.toMatchObject({
        type: 'ValidationException',
        message: expect.stringMatching(/Member must have length less than or equal to 100/),
      });
      await expect(gateway.call('TransactGetItems', { TransactItems: [{}] })).rejects.toMatchObject({
        message: "1 validation error detected: Value null at 'transactItems.1.member.get' failed to satisfy constraint: Member must not be null",
      });
      await expect(gateway.call('TransactGetItems', { TransactItems: [get('Notes', { nope: { S: 'x' } })] })).rejects.toMatchObject({
        message: 'The provided key element does not match the schema',
      });
      await expect(gateway.call('TransactGetItems', { TransactItems: [get('Nope', { id: { S: 'x' } })] })).rejects.toMatchObject({
        type: 'ResourceNotFoundException',
      });
    });
  });

  describe('isolation', () => {
    let core: StoreCore;

    beforeEach(async () => {
      core = await openStoreCore();
      await createTablesInCore(core);
      await writeItem(core, 'PutItem', { TableName: 'Notes', Item: note('a', { version: { N: '1' } }) });
      await writeItem(core, 'PutItem', { TableName: 'Notes', Item: note('b', { version: { N: '1' } }) });
    });

    afterEach(() => core.backend.close());

    it('waits for a writer holding one of the items, then reads the state after it', async () => {
      // A writer locks both items and writes them one at a time, as a writer without an atomic batch would.
      const writeVersion2 = (id: string) =>
        core.backend.run('PutItem', core.backend.validate('PutItem', { TableName: 'Notes', Item: note(id, { version: { N: '2' } }) }));
      const release = await core.locks.acquire([await noteLockKey(core, 'a'), await noteLockKey(core, 'b')]);
      await writeVersion2('a');
      const reading = transactGetItems(core, {
        TransactItems: ['a', 'b'].map((id) => ({ Get: { TableName: 'Notes', Key: { id: { S: id } } } })),
      });
      let done = false;
      void reading.then(() => (done = true));
      await settle();
      expect(done).toBe(false);
      await writeVersion2('b');
      release();
      const { Responses } = (await reading) as { Responses: { Item: { version: unknown } }[] };
      expect(Responses.map(({ Item }) => Item.version)).toEqual([{ N: '2' }, { N: '2' }]);
    });
  });
});
