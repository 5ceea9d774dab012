import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { batchDelete, batchGet, batchPut } from '../../../../local/runtime/dynamodb-module/batch';
import { get, put, remove } from '../../../../local/runtime/dynamodb-module/items';
import { createOperations } from '../../../../local/runtime/dynamodb-module/operations';
import { query, scan } from '../../../../local/runtime/dynamodb-module/reads';
import { toNumberSet, toStringSet } from '../../../../local/runtime/dynamodb-module/sets';
import { transactGet, transactWrite } from '../../../../local/runtime/dynamodb-module/transactions';
import { update } from '../../../../local/runtime/dynamodb-module/update';
import { startHttpEndpoint, type HttpEndpoint } from '../../../../local/store/http-endpoint';
import { StoreGateway } from '../../../../local/store/store-gateway';
import { send, type SendResult, type WireItem } from './support/send-request';

/**
 * The module's requests, sent to the engine's local DynamoDB (dynalite, with the store's transactions)
 * through the DynamoDB API: DynamoDB must accept every expression the module writes, and the expressions
 * must do what the helpers promise.
 */

// The helpers themselves (they take untyped input, as resolver code passes it); the typed module is
// exercised through the sandbox in index.test.ts.
const ddb = { get, put, remove, update, query, scan, batchGet, batchPut, batchDelete, transactGet, transactWrite, toStringSet, toNumberSet };
const ops = createOperations();
let gateway: StoreGateway;
let endpoint: HttpEndpoint;
const dynamo = {} as { client: DynamoDBClient };

beforeAll(async () => {
  gateway = await StoreGateway.open();
  endpoint = await startHttpEndpoint(gateway, 0);
  dynamo.client = new DynamoDBClient({
    endpoint: endpoint.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  await dynamo.client.send(
    new CreateTableCommand({
      TableName: 'items',
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  await dynamo.client.send(
    new CreateTableCommand({
      TableName: 'events',
      KeySchema: [
        { AttributeName: 'channel', KeyType: 'HASH' },
        { AttributeName: 'seq', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'channel', AttributeType: 'S' },
        { AttributeName: 'seq', AttributeType: 'N' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  await send(
    dynamo.client,
    'events',
    ddb.batchPut({
      tables: {
        events: [1, 2, 3, 4, 5].map((seq) => ({ channel: 'news', seq, kind: seq % 2 === 0 ? 'even' : 'odd', tags: ['a', 'b', 'c'].slice(0, seq) })),
      },
    }),
  );
});

afterAll(async () => {
  dynamo.client.destroy();
  await endpoint.close();
  await gateway.close();
});

const item = async (id: string) => unmarshall((await send(dynamo.client, 'items', ddb.get({ key: { id }, consistentRead: true }))).Item ?? {});
const items = (result: SendResult) => (result.Items ?? []).map((found) => unmarshall(found));

describe('sent to the local DynamoDB', () => {
  test('put writes the item; its condition refuses a second put', async () => {
    const request = ddb.put({ key: { id: 'p1' }, item: { title: 'T', n: 1, tags: ddb.toStringSet(['x']) }, condition: { id: { attributeExists: false } } });
    await send(dynamo.client, 'items', request);
    expect(await item('p1')).toEqual({ id: 'p1', title: 'T', n: 1, tags: new Set(['x']) });
    await expect(send(dynamo.client, 'items', request)).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
  });

  test('every update operation does what it says', async () => {
    await send(
      dynamo.client,
      'items',
      ddb.put({ key: { id: 'u1' }, item: { count: 10, down: 10, list: [2], friends: ['a', 'b', 'c'], info: { city: 'X', zip: '1' }, old: 'x' } }),
    );
    const request = ddb.update({
      key: { id: 'u1' },
      update: {
        count: ops.increment(5),
        down: ops.decrement(),
        list: ops.append([3]),
        friends: [ops.updateListItem('B', 1), ops.updateListItem('C', 2)],
        info: { city: 'Y' },
        address: ops.add({ street: 'Main' }),
        old: ops.remove(),
        none: null,
        segments: ddb.toNumberSet([1, 2]),
      },
    });
    await send(dynamo.client, 'items', request);
    await send(dynamo.client, 'items', ddb.update({ key: { id: 'u1' }, update: { list: ops.prepend([1]), info: ops.replace({ city: 'Z' }) } }));
    expect(await item('u1')).toEqual({
      id: 'u1',
      count: 15,
      down: 9,
      list: [1, 2, 3],
      friends: ['a', 'B', 'C'],
      info: { city: 'Z' },
      address: { street: 'Main' },
      none: null,
      segments: new Set([1, 2]),
    });
  });

  test('an update and its condition on the same attribute do not clash', async () => {
    await send(dynamo.client, 'items', ddb.put({ key: { id: 'v1' }, item: { version: 1 } }));
    const bump = (expected: number) =>
      ddb.update({ key: { id: 'v1' }, update: { version: ops.increment(1) }, condition: { version: { eq: expected } } });
    await send(dynamo.client, 'items', bump(1));
    await expect(send(dynamo.client, 'items', bump(1))).rejects.toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect(await item('v1')).toEqual({ id: 'v1', version: 2 });
  });

  test('remove honours its condition', async () => {
    await send(dynamo.client, 'items', ddb.put({ key: { id: 'r1' }, item: { owner: 'me' } }));
    await expect(send(dynamo.client, 'items', ddb.remove({ key: { id: 'r1' }, condition: { owner: { eq: 'you' } } }))).rejects.toMatchObject({
      name: 'ConditionalCheckFailedException',
    });
    await send(dynamo.client, 'items', ddb.remove({ key: { id: 'r1' }, condition: { owner: { eq: 'me' } } }));
    expect((await send(dynamo.client, 'items', ddb.get({ key: { id: 'r1' } }))).Item).toBeUndefined();
  });

  test('query applies the key condition, the filter and the projection', async () => {
    const result = await send(
      dynamo.client,
      'events',
      ddb.query({
        query: { channel: { eq: 'news' }, seq: { between: [2, 5] } },
        filter: { kind: { eq: 'odd' }, tags: { size: { ge: 3 } } },
        projection: ['seq', 'tags[0]'],
        scanIndexForward: false,
      }),
    );
    expect(items(result)).toEqual([
      { seq: 5, tags: ['a'] },
      { seq: 3, tags: ['a'] },
    ]);
  });

  test('query takes beginsWith-free sort key comparisons and a limit', async () => {
    const result = await send(dynamo.client, 'events', ddb.query({ query: { channel: { eq: 'news' }, seq: { gt: 3 } }, limit: 1 }));
    expect(items(result).map((found) => found.seq)).toEqual([4]);
  });

  test('scan applies or, not, in and attributeType filters', async () => {
    const result = await send(
      dynamo.client,
      'events',
      ddb.scan({
        filter: { or: [{ seq: { in: [1, 2] } }, { not: { kind: { beginsWith: 'o' } } }], tags: { attributeType: 'list' } },
        projection: ['seq'],
      }),
    );
    expect(items(result).map((found) => found.seq).sort()).toEqual([1, 2, 4]);
  });

  test('batch and transaction requests are accepted and act', async () => {
    await send(dynamo.client, 'items', ddb.batchPut({ tables: { items: [{ id: 'b1', n: 1 }, { id: 'b2', n: 2, nested: { deep: 'x' } }] } }));
    const batch = await send(
      dynamo.client,
      'items',
      ddb.batchGet({ tables: { items: { keys: [{ id: 'b1' }, { id: 'b2' }], consistentRead: true, projection: ['id', 'nested.deep'] } } }),
    );
    const responses = (batch.Responses as Record<string, WireItem[]>).items.map((found) => unmarshall(found));
    expect(responses.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual([
      { id: 'b1' },
      { id: 'b2', nested: { deep: 'x' } },
    ]);

    await send(
      dynamo.client,
      'items',
      ddb.transactWrite({
        items: [
          { putItem: { table: 'items', key: { id: 't1' }, item: { n: 0 }, condition: { id: { attributeExists: false } } } },
          { updateItem: { table: 'items', key: { id: 'b1' }, update: { n: ops.increment(10) }, condition: { n: { eq: 1 } } } },
          { deleteItem: { table: 'items', key: { id: 'b2' } } },
          { conditionCheck: { table: 'events', key: { channel: 'news', seq: 1 }, condition: { kind: { eq: 'odd' } } } },
        ],
      }),
    );
    const got = await send(
      dynamo.client,
      'items',
      ddb.transactGet({ items: [{ table: 'items', key: { id: 't1' } }, { table: 'items', key: { id: 'b1' }, projection: ['n'] }] }),
    );
    const gotItems = (got.Responses as { Item: WireItem }[]).map((response) => unmarshall(response.Item));
    expect(gotItems).toEqual([{ id: 't1', n: 0 }, { n: 11 }]);

    await send(dynamo.client, 'items', ddb.batchDelete({ tables: { items: [{ id: 't1' }, { id: 'b1' }] } }));
    expect((await send(dynamo.client, 'items', ddb.get({ key: { id: 't1' } }))).Item).toBeUndefined();
  });
});
