/** The store on disk: data, indexes and TTL settings survive close and reopen; failed writes leave no trace. */
import { DynaliteBackend } from '../../../local/store/dynalite-backend';
import { StoreOpenError } from '../../../local/store/errors';
import { StoreGateway } from '../../../local/store/store-gateway';
import { createTestTables, getNote, note, readRawEntries, withTempDir } from './store-fixtures';

describe('the store on disk', () => {
  it('keeps items, indexes and TTL settings across close and reopen', () =>
    withTempDir(async (dataDir) => {
      const first = await StoreGateway.open({ dataDir });
      await createTestTables(first);
      await first.call('PutItem', { TableName: 'Notes', Item: note('a', { status: { S: 'open' } }) });
      await first.call('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'Notes', Item: note('b', { status: { S: 'open' } }) } }] });
      await first.call('UpdateTimeToLive', { TableName: 'Events', TimeToLiveSpecification: { AttributeName: 'until', Enabled: true } });
      await first.close();

      const second = await StoreGateway.open({ dataDir });
      try {
        expect(await getNote(second, 'a')).toEqual(note('a', { status: { S: 'open' } }));
        const { Count } = await second.call('Query', {
          TableName: 'Notes',
          IndexName: 'byStatus',
          KeyConditionExpression: '#s = :open',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':open': { S: 'open' } },
        });
        expect(Count).toBe(2);
        expect(await second.call('DescribeTimeToLive', { TableName: 'Events' })).toEqual({
          TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'until' },
        });
        expect((await second.call('ListTables', {})).TableNames).toEqual(['Events', 'Notes']);
      } finally {
        await second.close();
      }
    }));

  it('leaves the stored bytes unchanged when transactions are cancelled or writes refused', () =>
    withTempDir(async (dataDir) => {
      const setup = await StoreGateway.open({ dataDir });
      await createTestTables(setup);
      await setup.call('PutItem', { TableName: 'Notes', Item: note('a', { n: { N: '1' }, status: { S: 'open' } }) });
      await setup.call('PutItem', { TableName: 'Notes', Item: note('text', { n: { S: 'not a number' } }) });
      await setup.close();
      const before = await readRawEntries(dataDir);
      expect(before.length).toBeGreaterThan(3);

      const gateway = await StoreGateway.open({ dataDir });
      const increment = (id: string) => ({
        Update: { TableName: 'Notes', Key: { id: { S: id } }, UpdateExpression: 'SET n = n + :one', ExpressionAttributeValues: { ':one': { N: '1' } } },
      });
      const failures = [
        // The first actions would succeed; a later one fails its condition.
        { TransactItems: [{ Put: { TableName: 'Notes', Item: note('new', { status: { S: 'open' } }) } }, increment('a'), { Delete: { TableName: 'Notes', Key: { id: { S: 'a2' } }, ConditionExpression: 'attribute_exists(id)' } }] },
        // A later action fails on the stored item's type.
        { TransactItems: [increment('a'), increment('text')] },
        // Refused before anything is evaluated.
        { TransactItems: [increment('a'), increment('a')] },
      ];
      for (const request of failures) await expect(gateway.call('TransactWriteItems', request)).rejects.toBeDefined();
      await expect(
        gateway.call('PutItem', { TableName: 'Notes', Item: note('a'), ConditionExpression: 'attribute_not_exists(id)' }),
      ).rejects.toMatchObject({ type: 'ConditionalCheckFailedException' });
      await gateway.close();

      expect(await readRawEntries(dataDir)).toEqual(before);
    }));

  it('refuses a data directory another store holds open', () =>
    withTempDir(async (dataDir) => {
      const holder = await StoreGateway.open({ dataDir });
      try {
        await expect(DynaliteBackend.open({ dataDir, tableStatusDelayMs: 0 })).rejects.toBeInstanceOf(StoreOpenError);
      } finally {
        await holder.close();
      }
    }));
});
