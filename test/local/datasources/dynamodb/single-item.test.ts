import type { DataSource } from '../../../../local/datasources/data-source';
import { UnsupportedLocallyError } from '../../../../local/datasources/errors';
import { toAttributeMap } from '../../../../local/runtime/attribute-values';
import type { StoreGateway } from '../../../../local/store';
import { CONTEXT, dataSourceOn, openTestStore, REQUEST_ID } from './test-store';

const CONDITION_FAILED = `The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: ${REQUEST_ID})`;

describe('DynamoDB data source: single items', () => {
  let gateway: StoreGateway;
  let posts: DataSource;

  beforeEach(async () => {
    gateway = await openTestStore();
    posts = dataSourceOn(gateway, 'Posts');
  });

  afterEach(() => gateway.close());

  const invoke = (request: unknown) => posts.invoke(request, CONTEXT);
  const put = (item: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const { id, ...rest } = item;
    return invoke({ operation: 'PutItem', key: toAttributeMap({ id }), attributeValues: toAttributeMap(rest), ...extra });
  };
  const stored = async (id: string) => (await gateway.call('GetItem', { TableName: 'Posts', Key: { id: { S: id } } })).Item;

  describe('GetItem', () => {
    it('answers the item as plain JSON, numbers as JSON numbers and sets as lists', async () => {
      await gateway.call('PutItem', {
        TableName: 'Posts',
        Item: { id: { S: 'p1' }, views: { N: '10' }, ratio: { N: '0.5' }, tags: { SS: ['a'] }, gone: { NULL: true }, meta: { M: { n: { L: [{ N: '1' }, { BOOL: true }] } } } },
      });
      expect(await invoke({ operation: 'GetItem', key: { id: { S: 'p1' } } })).toEqual({
        result: { id: 'p1', views: 10, ratio: 0.5, tags: ['a'], gone: null, meta: { n: [1, true] } },
      });
    });

    it('answers null for a missing item', async () => {
      expect(await invoke({ operation: 'GetItem', key: { id: { S: 'nope' } }, consistentRead: true })).toEqual({ result: null });
    });

    it('applies a projection with its names', async () => {
      await put({ id: 'p1', title: 'Hello', body: 'long' });
      const answer = await invoke({ operation: 'GetItem', key: { id: { S: 'p1' } }, projection: { expression: '#t', expressionNames: { '#t': 'title' } } });
      expect(answer).toEqual({ result: { title: 'Hello' } });
    });
  });

  describe('PutItem', () => {
    it('writes key plus attributes, with request numbers as JSON numbers and nulls as { NULL: null }, and answers the item', async () => {
      const answer = await invoke({
        operation: 'PutItem',
        key: { id: { S: 'p1' } },
        attributeValues: { views: { N: 10 }, scores: { NS: [1, 2.5] }, draft: { NULL: null }, nested: { L: [{ N: 3 }] } },
      });
      expect(answer).toEqual({ result: { id: 'p1', views: 10, scores: [1, 2.5], draft: null, nested: [3] } });
      expect(await stored('p1')).toEqual({ id: { S: 'p1' }, views: { N: '10' }, scores: { NS: ['1', '2.5'] }, draft: { NULL: true }, nested: { L: [{ N: '3' }] } });
    });

    // https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-condition-expressions.html
    it('rejects a failed condition with DynamoDB:ConditionalCheckFailedException and the current item beside it', async () => {
      await put({ id: 'p1', title: 'first' });
      const answer = await put({ id: 'p1', title: 'second' }, { condition: { expression: 'attribute_not_exists(id)' } });
      expect(answer).toEqual({ error: { message: CONDITION_FAILED, type: 'DynamoDB:ConditionalCheckFailedException', data: { id: 'p1', title: 'first' } } });
      expect(await stored('p1')).toEqual({ id: { S: 'p1' }, title: { S: 'first' } });
    });

    it('counts a failed condition as success when the item already is what was to be written', async () => {
      await put({ id: 'p1', title: 'same', views: 1 });
      const answer = await put({ id: 'p1', title: 'same', views: 1.0 }, { condition: { expression: 'attribute_not_exists(id)' } });
      expect(answer).toEqual({ result: { id: 'p1', title: 'same', views: 1 } });
    });

    it('leaves the equalsIgnore attributes out of that comparison', async () => {
      await put({ id: 'p1', title: 'same', version: 1 });
      const condition = { expression: '#v = :v', expressionNames: { '#v': 'version' }, expressionValues: { ':v': { N: 7 } } };
      expect(await put({ id: 'p1', title: 'same', version: 2 }, { condition })).toMatchObject({ error: { type: 'DynamoDB:ConditionalCheckFailedException' } });
      expect(await put({ id: 'p1', title: 'same', version: 2 }, { condition: { ...condition, equalsIgnore: ['version'] } })).toEqual({
        result: { id: 'p1', title: 'same', version: 1 },
      });
    });

    it('refuses the Custom failure strategy before writing anything', async () => {
      const condition = { expression: 'attribute_not_exists(id)', conditionalCheckFailedHandler: { strategy: 'Custom', lambdaArn: 'arn:aws:lambda:us-east-1:1:function:f' } };
      await expect(put({ id: 'p1', title: 'x' }, { condition })).rejects.toThrow(UnsupportedLocallyError);
      expect(await stored('p1')).toBeUndefined();
    });
  });

  describe('UpdateItem', () => {
    it('answers the item as it is after the update', async () => {
      await put({ id: 'p1', title: 'a', views: 1 });
      const answer = await invoke({
        operation: 'UpdateItem',
        key: { id: { S: 'p1' } },
        update: { expression: 'SET #v = #v + :one, #t = :t', expressionNames: { '#v': 'views', '#t': 'title' }, expressionValues: { ':one': { N: 1 }, ':t': { S: 'b' } } },
      });
      expect(answer).toEqual({ result: { id: 'p1', title: 'b', views: 2 } });
    });

    it('never counts a failed condition as success, and gives the current item', async () => {
      await put({ id: 'p1', title: 'a' });
      const answer = await invoke({
        operation: 'UpdateItem',
        key: { id: { S: 'p1' } },
        update: { expression: 'SET title = :t', expressionValues: { ':t': { S: 'a' } } },
        condition: { expression: 'title = :other', expressionValues: { ':other': { S: 'zzz' } } },
      });
      expect(answer).toEqual({ error: { message: CONDITION_FAILED, type: 'DynamoDB:ConditionalCheckFailedException', data: { id: 'p1', title: 'a' } } });
    });
  });

  describe('DeleteItem', () => {
    it('answers the deleted item, or null when there was none', async () => {
      await put({ id: 'p1', title: 'a' });
      expect(await invoke({ operation: 'DeleteItem', key: { id: { S: 'p1' } } })).toEqual({ result: { id: 'p1', title: 'a' } });
      expect(await invoke({ operation: 'DeleteItem', key: { id: { S: 'p1' } } })).toEqual({ result: null });
    });

    it('counts a failed condition as success when the item is gone, and rejects it when the item is there', async () => {
      const request = { operation: 'DeleteItem', key: { id: { S: 'p1' } }, condition: { expression: 'attribute_exists(id)' } };
      expect(await invoke(request)).toEqual({ result: null });
      await put({ id: 'p1', title: 'a' });
      const guarded = { ...request, condition: { expression: 'title = :t', expressionValues: { ':t': { S: 'b' } } } };
      expect(await invoke(guarded)).toEqual({ error: { message: CONDITION_FAILED, type: 'DynamoDB:ConditionalCheckFailedException', data: { id: 'p1', title: 'a' } } });
      expect(await stored('p1')).toBeDefined();
    });
  });

  describe('store errors', () => {
    it('reports a ValidationException as the SDK generic DynamoDbException, with the SDK message suffix', async () => {
      const answer = await invoke({ operation: 'GetItem', key: { postId: { S: 'p1' } } });
      expect(answer).toEqual({
        error: {
          message: `The provided key element does not match the schema (Service: DynamoDb, Status Code: 400, Request ID: ${REQUEST_ID})`,
          type: 'DynamoDB:DynamoDbException',
        },
      });
    });

    it('reports a missing table as DynamoDB:ResourceNotFoundException', async () => {
      const answer = await dataSourceOn(gateway, 'Nowhere').invoke({ operation: 'GetItem', key: { id: { S: 'p1' } } }, CONTEXT);
      expect(answer).toMatchObject({ error: { type: 'DynamoDB:ResourceNotFoundException' } });
    });
  });
});
