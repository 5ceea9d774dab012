import { crc32 } from 'node:zlib';

import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ResourceNotFoundException,
  TransactWriteItemsCommand,
  TransactionCanceledException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

import { createStoreClient, type LocalStoreClient } from '../../../local/store/store-client';
import { createTestTables, sdkClient } from './store-fixtures';

describe('the HTTP endpoint', () => {
  let store: LocalStoreClient;
  let sdk: DynamoDBClient;

  beforeAll(async () => {
    store = await createStoreClient();
    await createTestTables(store);
    sdk = sdkClient(store.endpoint);
  });

  afterAll(async () => {
    sdk.destroy();
    await store.close();
  });

  const post = (target: string | undefined, body: string, headers: Record<string, string> = {}) =>
    fetch(store.endpoint, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        authorization: 'AWS4-HMAC-SHA256 Credential=local/20300101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        ...(target ? { 'x-amz-target': target } : {}),
        ...headers,
      },
    });

  it('listens on loopback', () => {
    expect(store.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves AWS SDK clients', async () => {
    await sdk.send(new PutItemCommand({ TableName: 'Notes', Item: { id: { S: 'a' }, status: { S: 'open' }, data: { B: new Uint8Array([1, 2, 3]) } } }));
    const { Item } = await sdk.send(new GetItemCommand({ TableName: 'Notes', Key: { id: { S: 'a' } } }));
    expect(Item).toEqual({ id: { S: 'a' }, status: { S: 'open' }, data: { B: new Uint8Array([1, 2, 3]) } });
    const { Count } = await sdk.send(
      new QueryCommand({
        TableName: 'Notes',
        IndexName: 'byStatus',
        KeyConditionExpression: '#s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': { S: 'open' } },
      }),
    );
    expect(Count).toBe(1);
  });

  it('makes SDK clients throw the named DynamoDB exceptions', async () => {
    await sdk.send(new PutItemCommand({ TableName: 'Notes', Item: { id: { S: 'exists' } } }));
    const conditional = await sdk
      .send(new PutItemCommand({ TableName: 'Notes', Item: { id: { S: 'exists' } }, ConditionExpression: 'attribute_not_exists(id)' }))
      .catch((error: unknown) => error);
    expect(conditional).toBeInstanceOf(ConditionalCheckFailedException);
    const missing = await sdk.send(new GetItemCommand({ TableName: 'Nope', Key: { id: { S: 'x' } } })).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
  });

  it('gives SDK clients the cancellation reasons of a cancelled transaction', async () => {
    await sdk.send(new PutItemCommand({ TableName: 'Notes', Item: { id: { S: 'taken' }, n: { N: '1' } } }));
    const error = await sdk
      .send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: 'Notes', Item: { id: { S: 'fresh' } } } },
            { Put: { TableName: 'Notes', Item: { id: { S: 'taken' } }, ConditionExpression: 'attribute_not_exists(id)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
          ],
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    const cancelled = error as TransactionCanceledException;
    expect(cancelled.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]');
    expect(cancelled.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { id: { S: 'taken' }, n: { N: '1' } } },
    ]);
  });

  it('answers with DynamoDB headers, the CRC32 matching the body', async () => {
    const response = await post('DynamoDB_20120810.GetItem', JSON.stringify({ TableName: 'Notes', Key: { id: { S: 'none' } } }));
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toBe('{}');
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(response.headers.get('x-amz-crc32')).toBe(String(crc32(body)));
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[A-Z0-9_-]{52}$/);
  });

  it('answers protocol errors like DynamoDB', async () => {
    const unknown = await post('DynamoDB_20120810.Nope', '{}');
    expect([unknown.status, await unknown.json()]).toEqual([400, { __type: 'com.amazon.coral.service#UnknownOperationException' }]);
    const noTarget = await post(undefined, '{}');
    expect(noTarget.status).toBe(400);
    const badJson = await post('DynamoDB_20120810.ListTables', '{not json');
    expect([badJson.status, await badJson.json()]).toEqual([400, { __type: 'com.amazon.coral.service#SerializationException' }]);
    const unsigned = await post('DynamoDB_20120810.ListTables', '{}', { authorization: '' });
    expect(await unsigned.json()).toEqual({
      __type: 'com.amazon.coral.service#MissingAuthenticationTokenException',
      message: 'Request is missing Authentication Token',
    });
    const validation = await post('DynamoDB_20120810.GetItem', JSON.stringify({ TableName: 'Notes' }));
    expect(await validation.json()).toEqual({
      __type: 'com.amazon.coral.validate#ValidationException',
      message: "1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not be null",
    });
  });

  it('accepts presigned requests', async () => {
    const url = `${store.endpoint}/?X-Amz-Algorithm=AWS4-HMAC-SHA256`;
    const response = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' },
    });
    expect(await response.json()).toEqual({ TableNames: ['Events', 'Notes'] });
  });
});
