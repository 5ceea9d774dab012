import { DynamoDbError, StoreClosedError } from '../../../local/store/errors';
import { StoreGateway, SUPPORTED_OPERATIONS } from '../../../local/store/store-gateway';
import { createTestTables, note } from './store-fixtures';

describe('the store gateway in-process API', () => {
  let gateway: StoreGateway;

  beforeEach(async () => {
    gateway = await StoreGateway.open();
    await createTestTables(gateway);
  });

  afterEach(() => gateway.close());

  it('answers every DynamoDB operation dynalite knows, plus transactions and TTL', () => {
    expect([...SUPPORTED_OPERATIONS].sort()).toEqual(
      [
        'BatchGetItem', 'BatchWriteItem', 'CreateTable', 'DeleteItem', 'DeleteTable', 'DescribeTable', 'DescribeTimeToLive',
        'GetItem', 'ListTables', 'ListTagsOfResource', 'PutItem', 'Query', 'Scan', 'TagResource', 'TransactGetItems',
        'TransactWriteItems', 'UntagResource', 'UpdateItem', 'UpdateTable', 'UpdateTimeToLive',
      ].sort(),
    );
  });

  it('returns plain JSON that shares nothing with the store', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('a', { tags: { L: [{ S: 'x' }] } }) });
    const updated = await gateway.call('UpdateItem', {
      TableName: 'Notes',
      Key: { id: { S: 'a' } },
      UpdateExpression: 'SET n = :one',
      ExpressionAttributeValues: { ':one': { N: '1' } },
      ReturnValues: 'ALL_NEW',
    });
    expect(Object.getPrototypeOf(updated.Attributes)).toBe(Object.prototype);
    (updated.Attributes as Record<string, unknown>).id = { S: 'changed' };
    const { Item } = await gateway.call('GetItem', { TableName: 'Notes', Key: { id: { S: 'a' } } });
    expect(Item).toEqual(note('a', { tags: { L: [{ S: 'x' }] }, n: { N: '1' } }));
  });

  it('does not modify the request it is given', async () => {
    const request = { TableName: 'Notes', Item: note('a', { n: { N: '1.50' } }), Unknown: 'member' };
    const copy = structuredClone(request);
    await gateway.call('PutItem', request);
    expect(request).toEqual(copy);
  });

  it('passes reads and table operations to dynalite', async () => {
    await gateway.call('BatchWriteItem', { RequestItems: { Notes: ['a', 'b', 'c'].map((id) => ({ PutRequest: { Item: note(id) } })) } });
    const { Responses } = await gateway.call('BatchGetItem', { RequestItems: { Notes: { Keys: [{ id: { S: 'a' } }, { id: { S: 'c' } }] } } });
    expect((Responses as Record<string, unknown[]>).Notes).toHaveLength(2);
    expect((await gateway.call('Scan', { TableName: 'Notes', Select: 'COUNT' })).Count).toBe(3);
    expect((await gateway.call('ListTables', {})).TableNames).toEqual(['Events', 'Notes']);
  });

  it('rejects unknown operations and DynamoDB errors with DynamoDbError', async () => {
    await expect(gateway.call('ExecuteStatement', {})).rejects.toEqual(
      new DynamoDbError(400, { __type: 'com.amazon.coral.service#UnknownOperationException' }),
    );
    const error = await gateway.call('GetItem', { TableName: 'Missing', Key: { id: { S: 'x' } } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DynamoDbError);
    expect(error).toMatchObject({
      statusCode: 400,
      type: 'ResourceNotFoundException',
      body: { __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException', message: 'Requested resource not found' },
    });
    await expect(gateway.call('PutItem', { TableName: 'Notes', Item: { id: { N: 1 } } })).rejects.toMatchObject({
      body: { __type: 'com.amazon.coral.service#SerializationException', Message: 'NUMBER_VALUE cannot be converted to String' },
    });
  });

  it('finishes calls under way on close, then refuses new ones', async () => {
    const writes = Array.from({ length: 20 }, (_, i) => gateway.call('PutItem', { TableName: 'Notes', Item: note(`n${i}`) }));
    await gateway.close();
    await expect(Promise.all(writes)).resolves.toHaveLength(20);
    await expect(gateway.call('ListTables', {})).rejects.toBeInstanceOf(StoreClosedError);
    await expect(gateway.sweepExpired()).rejects.toBeInstanceOf(StoreClosedError);
    await gateway.close();
  });
});
