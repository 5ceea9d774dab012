import { writeItem } from '../../../local/store/item-writes';
import type { StoreCore } from '../../../local/store/store-core';
import { StoreGateway } from '../../../local/store/store-gateway';
import { createTablesInCore, createTestTables, getNote, note, noteLockKey, openStoreCore, settle, waitUntilActive } from './store-fixtures';

describe('item writes through the gateway', () => {
  let gateway: StoreGateway;

  beforeEach(async () => {
    gateway = await StoreGateway.open();
    await createTestTables(gateway);
  });

  afterEach(() => gateway.close());

  const byStatus = async (status: string) => {
    const { Items } = await gateway.call('Query', {
      TableName: 'Notes',
      IndexName: 'byStatus',
      KeyConditionExpression: '#s = :s',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': { S: status } },
    });
    return (Items as { id: { S: string } }[]).map((item) => item.id.S).sort();
  };

  it('keeps global secondary indexes in step with puts, updates and deletes', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('a', { status: { S: 'open' } }) });
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('b', { status: { S: 'open' } }) });
    await gateway.call('UpdateItem', {
      TableName: 'Notes',
      Key: { id: { S: 'b' } },
      UpdateExpression: 'SET #s = :done',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':done': { S: 'done' } },
    });
    expect(await byStatus('open')).toEqual(['a']);
    expect(await byStatus('done')).toEqual(['b']);
    await gateway.call('DeleteItem', { TableName: 'Notes', Key: { id: { S: 'a' } } });
    await gateway.call('UpdateItem', { TableName: 'Notes', Key: { id: { S: 'b' } }, UpdateExpression: 'REMOVE #s', ExpressionAttributeNames: { '#s': 'status' } });
    expect(await byStatus('open')).toEqual([]);
    expect(await byStatus('done')).toEqual([]);
  });

  it('keeps local secondary indexes and index projections in step', async () => {
    await gateway.call('CreateTable', {
      TableName: 'Threads',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: ['pk', 'sk', 'rank'].map((name) => ({ AttributeName: name, AttributeType: name === 'rank' ? 'N' : 'S' })),
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      LocalSecondaryIndexes: [
        { IndexName: 'byRank', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'rank', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
      ],
    });
    await waitUntilActive(gateway, 'Threads');
    const items = [3, 1, 2].map((rank) => ({ pk: { S: 'p' }, sk: { S: `s${rank}` }, rank: { N: String(rank) }, extra: { S: 'x' } }));
    await gateway.call('BatchWriteItem', { RequestItems: { Threads: items.map((Item) => ({ PutRequest: { Item } })) } });
    const query = () =>
      gateway.call('Query', {
        TableName: 'Threads',
        IndexName: 'byRank',
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': { S: 'p' } },
      });
    expect((await query()).Items).toEqual(
      [1, 2, 3].map((rank) => ({ pk: { S: 'p' }, sk: { S: `s${rank}` }, rank: { N: String(rank) } })),
    );
    await gateway.call('DeleteItem', { TableName: 'Threads', Key: { pk: { S: 'p' }, sk: { S: 's2' } } });
    expect((await query()).Count).toBe(2);
  });

  it('passes through conditions and ReturnValues', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('a', { n: { N: '1' } }) });
    await expect(
      gateway.call('PutItem', { TableName: 'Notes', Item: note('a'), ConditionExpression: 'attribute_not_exists(id)' }),
    ).rejects.toMatchObject({
      type: 'ConditionalCheckFailedException',
      body: { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed' },
    });
    const updated = await gateway.call('UpdateItem', {
      TableName: 'Notes',
      Key: { id: { S: 'a' } },
      UpdateExpression: 'SET n = n + :one',
      ExpressionAttributeValues: { ':one': { N: '1' } },
      ReturnValues: 'UPDATED_NEW',
    });
    expect(updated).toEqual({ Attributes: { n: { N: '2' } } });
    expect(await gateway.call('DeleteItem', { TableName: 'Notes', Key: { id: { S: 'a' } }, ReturnValues: 'ALL_OLD' })).toEqual({
      Attributes: note('a', { n: { N: '2' } }),
    });
  });

  it('writes and deletes in batches, refusing keys that do not fit the table', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('old') });
    expect(
      await gateway.call('BatchWriteItem', {
        RequestItems: {
          Notes: [{ PutRequest: { Item: note('new') } }, { DeleteRequest: { Key: { id: { S: 'old' } } } }],
          Events: [{ PutRequest: { Item: { pk: { S: 'p' }, sk: { N: '1' } } } }],
        },
      }),
    ).toEqual({ UnprocessedItems: {} });
    expect(await getNote(gateway, 'new')).toEqual(note('new'));
    expect(await getNote(gateway, 'old')).toBeUndefined();
    await expect(
      gateway.call('BatchWriteItem', { RequestItems: { Notes: [{ PutRequest: { Item: { title: { S: 'no id' } } } }] } }),
    ).rejects.toMatchObject({ type: 'ValidationException', message: 'The provided key element does not match the schema' });
    await expect(
      gateway.call('BatchWriteItem', { RequestItems: { Notes: [{ PutRequest: { Item: note('x') } }, { DeleteRequest: { Key: { id: { S: 'x' } } } }] } }),
    ).rejects.toMatchObject({ message: 'Provided list of item keys contains duplicates' });
  });
});

describe('a single-item write and a transaction on the same item', () => {
  let core: StoreCore;

  beforeEach(async () => {
    core = await openStoreCore();
    await createTablesInCore(core);
  });

  afterEach(() => core.backend.close());

  it('waits until the transaction holding the item is done', async () => {
    const release = await core.locks.acquire([await noteLockKey(core, 'a')]);
    let done = false;
    const writing = writeItem(core, 'PutItem', { TableName: 'Notes', Item: note('a', { by: { S: 'single' } }) }).then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    expect(await core.backend.run('GetItem', core.backend.validate('GetItem', { TableName: 'Notes', Key: { id: { S: 'a' } } }))).toEqual({});
    release();
    await writing;
    expect(core.locks.busyKeyCount).toBe(0);
  });

  it('does not wait for locks of other items', async () => {
    const release = await core.locks.acquire([await noteLockKey(core, 'b')]);
    await writeItem(core, 'PutItem', { TableName: 'Notes', Item: note('a') });
    release();
  });
});
