import type { ChangeRecord } from '../../../local/store/change-feed';
import { StoreGateway } from '../../../local/store/store-gateway';
import { createTestTables, note } from './store-fixtures';

describe('change records of committed writes', () => {
  let gateway: StoreGateway;
  let records: ChangeRecord[];
  let reported: unknown[];
  let now: number;

  beforeEach(async () => {
    now = Date.UTC(2030, 0, 1);
    reported = [];
    gateway = await StoreGateway.open({ clock: () => now, reportError: (error) => reported.push(error) });
    await createTestTables(gateway);
    records = [];
    gateway.onChange((record) => records.push(record));
  });

  afterEach(() => gateway.close());

  it('reports INSERT, MODIFY and REMOVE with keys and images', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('a', { n: { N: '1' } }) });
    await gateway.call('UpdateItem', { TableName: 'Notes', Key: { id: { S: 'a' } }, UpdateExpression: 'SET n = :two', ExpressionAttributeValues: { ':two': { N: '2' } } });
    await gateway.call('DeleteItem', { TableName: 'Notes', Key: { id: { S: 'a' } } });
    expect(records).toEqual([
      { tableName: 'Notes', eventName: 'INSERT', keys: { id: { S: 'a' } }, newImage: note('a', { n: { N: '1' } }) },
      { tableName: 'Notes', eventName: 'MODIFY', keys: { id: { S: 'a' } }, oldImage: note('a', { n: { N: '1' } }), newImage: note('a', { n: { N: '2' } }) },
      { tableName: 'Notes', eventName: 'REMOVE', keys: { id: { S: 'a' } }, oldImage: note('a', { n: { N: '2' } }) },
    ]);
  });

  it('reports every item of batches and transactions, with both key attributes', async () => {
    await gateway.call('BatchWriteItem', {
      RequestItems: { Events: [1, 2].map((sk) => ({ PutRequest: { Item: { pk: { S: 'p' }, sk: { N: String(sk) }, v: { S: 'x' } } } })) },
    });
    await gateway.call('TransactWriteItems', {
      TransactItems: [
        { Delete: { TableName: 'Events', Key: { pk: { S: 'p' }, sk: { N: '1' } } } },
        { Put: { TableName: 'Notes', Item: note('t') } },
        { ConditionCheck: { TableName: 'Events', Key: { pk: { S: 'p' }, sk: { N: '2' } }, ConditionExpression: 'attribute_exists(pk)' } },
      ],
    });
    expect(records.map(({ tableName, eventName, keys }) => ({ tableName, eventName, keys }))).toEqual([
      { tableName: 'Events', eventName: 'INSERT', keys: { pk: { S: 'p' }, sk: { N: '1' } } },
      { tableName: 'Events', eventName: 'INSERT', keys: { pk: { S: 'p' }, sk: { N: '2' } } },
      { tableName: 'Events', eventName: 'REMOVE', keys: { pk: { S: 'p' }, sk: { N: '1' } } },
      { tableName: 'Notes', eventName: 'INSERT', keys: { id: { S: 't' } } },
    ]);
  });

  it('reports nothing for writes that change nothing or fail', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('a', { tags: { SS: ['x'] }, n: { N: '1' } }) });
    records.length = 0;
    await gateway.call('PutItem', { TableName: 'Notes', Item: { n: { N: '1' }, tags: { SS: ['x'] }, id: { S: 'a' } } });
    await gateway.call('UpdateItem', { TableName: 'Notes', Key: { id: { S: 'a' } }, UpdateExpression: 'SET n = :one', ExpressionAttributeValues: { ':one': { N: '1' } } });
    await gateway.call('DeleteItem', { TableName: 'Notes', Key: { id: { S: 'missing' } } });
    await expect(
      gateway.call('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'Notes', Item: note('b'), ConditionExpression: 'attribute_exists(id)' } }] }),
    ).rejects.toMatchObject({ type: 'TransactionCanceledException' });
    expect(records).toEqual([]);
  });

  it('reports TTL deletions as the DynamoDB service', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('old', { expiresAt: { N: String(now / 1000 - 60) } }) });
    records.length = 0;
    await gateway.sweepExpired();
    expect(records).toEqual([
      {
        tableName: 'Notes',
        eventName: 'REMOVE',
        keys: { id: { S: 'old' } },
        oldImage: note('old', { expiresAt: { N: String(now / 1000 - 60) } }),
        userIdentity: { type: 'Service', principalId: 'dynamodb.amazonaws.com' },
      },
    ]);
  });

  it('hands out frozen records that share nothing with stored data', async () => {
    gateway.onChange((record) => {
      (record.newImage as Record<string, unknown>).id = { S: 'tampered' };
    });
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('a') });
    expect(reported).toEqual([expect.any(TypeError)]);
    expect(records[0].newImage).toEqual(note('a'));
    expect((await gateway.call('GetItem', { TableName: 'Notes', Key: { id: { S: 'a' } } })).Item).toEqual(note('a'));
  });

  it('stops after unsubscribe, and reports listener failures without failing the write', async () => {
    const failure = new Error('listener broke');
    const unsubscribe = gateway.onChange(() => {
      throw failure;
    });
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('a') });
    expect(reported).toEqual([failure]);
    unsubscribe();
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('b') });
    expect(reported).toEqual([failure]);
    expect(records.map((record) => record.keys.id)).toEqual([{ S: 'a' }, { S: 'b' }]);
  });
});
