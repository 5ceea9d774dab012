import type { DataSource } from '../../../../local/datasources/data-source';
import { createDynamoDbDataSource } from '../../../../local/datasources/dynamodb/dynamodb-data-source';
import type { StoreGateway } from '../../../../local/store';
import { CONTEXT, dataSourceOn, openTestStore, REQUEST_ID } from './test-store';

describe('DynamoDB data source: batch operations', () => {
  let gateway: StoreGateway;
  // Batch requests name their tables; the data source's own table does not matter.
  let source: DataSource;

  beforeEach(async () => {
    gateway = await openTestStore();
    source = dataSourceOn(gateway, 'Posts');
  });

  afterEach(() => gateway.close());

  const invoke = (request: unknown) => source.invoke(request, CONTEXT);
  const count = async (table: string) => ((await gateway.call('Scan', { TableName: table, Select: 'COUNT' })).Count as number);

  it('BatchPutItem writes to several tables and answers the items per table, in request order', async () => {
    const answer = await invoke({
      operation: 'BatchPutItem',
      tables: {
        Posts: [
          { id: { S: 'p2' }, title: { S: 'two' } },
          { id: { S: 'p1' }, title: { S: 'one' }, views: { N: 5 } },
        ],
        Comments: [{ postId: { S: 'p1' }, seq: { N: 1 }, author: { S: 'ann' } }],
      },
    });
    expect(answer).toEqual({
      result: {
        data: {
          Posts: [
            { id: 'p2', title: 'two' },
            { id: 'p1', title: 'one', views: 5 },
          ],
          Comments: [{ postId: 'p1', seq: 1, author: 'ann' }],
        },
        unprocessedItems: { Posts: [], Comments: [] },
      },
    });
    expect([await count('Posts'), await count('Comments')]).toEqual([2, 1]);
  });

  // https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-get-item.html
  it('BatchGetItem answers each table in key order, with null for keys that have no item', async () => {
    await invoke({
      operation: 'BatchPutItem',
      tables: {
        Posts: [{ id: { S: 'p1' }, title: { S: 'one' } }, { id: { S: 'p3' }, title: { S: 'three' } }],
        Comments: [{ postId: { S: 'p1' }, seq: { N: 2 }, author: { S: 'bob' } }],
      },
    });
    const answer = await invoke({
      operation: 'BatchGetItem',
      tables: {
        Posts: { keys: [{ id: { S: 'p3' } }, { id: { S: 'missing' } }, { id: { S: 'p1' } }], consistentRead: true },
        Comments: { keys: [{ postId: { S: 'p1' }, seq: { N: 1 } }, { postId: { S: 'p1' }, seq: { N: 2 } }], projection: { expression: 'postId, seq, author' } },
      },
    });
    expect(answer).toEqual({
      result: {
        data: {
          Posts: [{ id: 'p3', title: 'three' }, null, { id: 'p1', title: 'one' }],
          Comments: [null, { postId: 'p1', seq: 2, author: 'bob' }],
        },
        unprocessedKeys: { Posts: [], Comments: [] },
      },
    });
  });

  it('BatchDeleteItem deletes and answers the keys per table', async () => {
    await invoke({ operation: 'BatchPutItem', tables: { Posts: [{ id: { S: 'p1' } }, { id: { S: 'p2' } }] } });
    const answer = await invoke({ operation: 'BatchDeleteItem', tables: { Posts: [{ id: { S: 'p2' } }, { id: { S: 'never-there' } }] } });
    expect(answer).toEqual({ result: { data: { Posts: [{ id: 'p2' }, { id: 'never-there' }] }, unprocessedKeys: { Posts: [] } } });
    expect(await count('Posts')).toBe(1);
  });

  describe('when the store leaves part of a batch unprocessed (as DynamoDB does under throttling)', () => {
    /** The real store, except that the last key or item of every table is left unprocessed. */
    const leavingLastUnprocessed = (): DataSource =>
      createDynamoDbDataSource({
        tableName: 'Posts',
        requestId: () => REQUEST_ID,
        call: async (operation, input) => {
          const requested = input.RequestItems as Record<string, { Keys: unknown[] } | unknown[]>;
          const forwarded: Record<string, unknown> = {};
          const left: Record<string, unknown> = {};
          for (const [table, entries] of Object.entries(requested)) {
            const list = Array.isArray(entries) ? entries : entries.Keys;
            const kept = list.slice(0, -1);
            forwarded[table] = Array.isArray(entries) ? kept : { ...entries, Keys: kept };
            left[table] = Array.isArray(entries) ? list.slice(-1) : { ...entries, Keys: list.slice(-1) };
          }
          const output = await gateway.call(operation, { ...input, RequestItems: forwarded });
          return { ...output, [operation === 'BatchGetItem' ? 'UnprocessedKeys' : 'UnprocessedItems']: left };
        },
      });

    it('BatchGetItem answers null for unprocessed keys and lists them apart, plain', async () => {
      await invoke({ operation: 'BatchPutItem', tables: { Posts: [{ id: { S: 'p1' } }, { id: { S: 'p2' } }] } });
      const answer = await leavingLastUnprocessed().invoke({ operation: 'BatchGetItem', tables: { Posts: { keys: [{ id: { S: 'p1' } }, { id: { S: 'p2' } }] } } }, CONTEXT);
      expect(answer).toEqual({ result: { data: { Posts: [{ id: 'p1' }, null] }, unprocessedKeys: { Posts: [{ id: 'p2' }] } } });
    });

    it('BatchPutItem answers null for unprocessed items and lists them apart, plain', async () => {
      const answer = await leavingLastUnprocessed().invoke({ operation: 'BatchPutItem', tables: { Posts: [{ id: { S: 'p1' } }, { id: { S: 'p2' }, n: { N: 1 } }] } }, CONTEXT);
      expect(answer).toEqual({ result: { data: { Posts: [{ id: 'p1' }, null] }, unprocessedItems: { Posts: [{ id: 'p2', n: 1 }] } } });
      expect(await count('Posts')).toBe(1);
    });
  });

  it('answers the store refusal of a whole batch (here duplicate keys) as ctx.error', async () => {
    const answer = await invoke({ operation: 'BatchGetItem', tables: { Posts: { keys: [{ id: { S: 'p1' } }, { id: { S: 'p1' } }] } } });
    expect(answer).toEqual({
      error: {
        message: `Provided list of item keys contains duplicates (Service: DynamoDb, Status Code: 400, Request ID: ${REQUEST_ID})`,
        type: 'DynamoDB:DynamoDbException',
      },
    });
  });
});
