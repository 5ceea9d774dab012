import type { DataSource } from '../../../../local/datasources/data-source';
import type { StoreGateway } from '../../../../local/store';
import { CONTEXT, dataSourceOn, openTestStore, REQUEST_ID } from './test-store';

describe('DynamoDB data source: transactions', () => {
  let gateway: StoreGateway;
  let source: DataSource;

  beforeEach(async () => {
    gateway = await openTestStore();
    source = dataSourceOn(gateway, 'Posts');
    await gateway.call('PutItem', { TableName: 'Posts', Item: { id: { S: 'p1' }, title: { S: 'one' }, views: { N: '3' } } });
  });

  afterEach(() => gateway.close());

  const invoke = (request: unknown) => source.invoke(request, CONTEXT);
  const stored = async (table: string, key: Record<string, unknown>) => (await gateway.call('GetItem', { TableName: table, Key: key })).Item;

  it('TransactGetItems answers the items in request order, null where none exists', async () => {
    const answer = await invoke({
      operation: 'TransactGetItems',
      transactItems: [
        { table: 'Posts', key: { id: { S: 'nope' } } },
        { table: 'Posts', key: { id: { S: 'p1' } }, projection: { expression: '#t', expressionNames: { '#t': 'title' } } },
      ],
    });
    expect(answer).toEqual({ result: { items: [null, { title: 'one' }], cancellationReasons: null } });
  });

  it('TransactWriteItems writes every item across tables and answers their keys in request order', async () => {
    const answer = await invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: 'Comments', operation: 'PutItem', key: { postId: { S: 'p1' }, seq: { N: 1 } }, attributeValues: { author: { S: 'ann' } } },
        {
          table: 'Posts',
          operation: 'UpdateItem',
          key: { id: { S: 'p1' } },
          update: { expression: 'SET #v = #v + :one', expressionNames: { '#v': 'views' }, expressionValues: { ':one': { N: 1 } } },
          condition: { expression: 'attribute_exists(id)' },
        },
        { table: 'Posts', operation: 'DeleteItem', key: { id: { S: 'p9' } } },
        { table: 'Posts', operation: 'ConditionCheck', key: { id: { S: 'p0' } }, condition: { expression: 'attribute_not_exists(id)' } },
      ],
    });
    expect(answer).toEqual({
      result: { keys: [{ postId: 'p1', seq: 1 }, { id: 'p1' }, { id: 'p9' }, { id: 'p0' }], cancellationReasons: null },
    });
    expect(await stored('Comments', { postId: { S: 'p1' }, seq: { N: '1' } })).toEqual({ postId: { S: 'p1' }, seq: { N: '1' }, author: { S: 'ann' } });
    expect(await stored('Posts', { id: { S: 'p1' } })).toMatchObject({ views: { N: '4' } });
  });

  // https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-write-items.html
  it('answers a cancelled transaction with TransactionCanceledException and the reasons in request order', async () => {
    const answer = await invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: 'Posts', operation: 'PutItem', key: { id: { S: 'p2' } }, attributeValues: { title: { S: 'two' } } },
        {
          table: 'Posts',
          operation: 'ConditionCheck',
          key: { id: { S: 'p1' } },
          condition: { expression: 'title = :t', expressionValues: { ':t': { S: 'other' } }, returnValuesOnConditionCheckFailure: true },
        },
      ],
    });
    expect(answer).toEqual({
      error: {
        message: `Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed] (Service: DynamoDb, Status Code: 400, Request ID: ${REQUEST_ID})`,
        type: 'DynamoDB:TransactionCanceledException',
        data: {
          keys: null,
          cancellationReasons: [
            { type: 'None', message: null },
            { item: { id: 'p1', title: 'one', views: 3 }, type: 'ConditionalCheckFailed', message: 'The conditional request failed' },
          ],
        },
      },
    });
    expect(await stored('Posts', { id: { S: 'p2' } })).toBeUndefined();
  });

  it('leaves the item out of a reason when the write did not ask for it', async () => {
    const answer = await invoke({
      operation: 'TransactWriteItems',
      transactItems: [{ table: 'Posts', operation: 'DeleteItem', key: { id: { S: 'p1' } }, condition: { expression: 'attribute_not_exists(id)' } }],
    });
    expect(answer).toMatchObject({
      error: { data: { keys: null, cancellationReasons: [{ type: 'ConditionalCheckFailed', message: 'The conditional request failed' }] } },
    });
    expect(JSON.stringify(answer)).not.toContain('"item"');
  });

  it('answers other transaction failures without reasons', async () => {
    const answer = await invoke({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: 'Posts', operation: 'DeleteItem', key: { id: { S: 'p1' } } },
        { table: 'Posts', operation: 'DeleteItem', key: { id: { S: 'p1' } } },
      ],
    });
    expect(answer).toMatchObject({ error: { type: 'DynamoDB:DynamoDbException' } });
    expect(answer).not.toHaveProperty('error.data');
  });
});
