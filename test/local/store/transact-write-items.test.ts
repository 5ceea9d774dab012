import { StoreGateway } from '../../../local/store/store-gateway';
import { DynamoDbError } from '../../../local/store/errors';
import { createTestTables, getNote, note, rejectionOf } from './store-fixtures';

// Behaviour from https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
describe('TransactWriteItems', () => {
  let gateway: StoreGateway;
  let now: number;

  beforeEach(async () => {
    now = Date.UTC(2030, 0, 1);
    gateway = await StoreGateway.open({ clock: () => now });
    await createTestTables(gateway);
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('a', { n: { N: '1' }, status: { S: 'open' } }) });
  });

  afterEach(() => gateway.close());

  const put = (id: string, extra = {}) => ({ Put: { TableName: 'Notes', Item: note(id), ...extra } });
  const increment = (id: string, extra = {}) => ({
    Update: {
      TableName: 'Notes',
      Key: { id: { S: id } },
      UpdateExpression: 'SET n = if_not_exists(n, :zero) + :one',
      ExpressionAttributeValues: { ':zero': { N: '0' }, ':one': { N: '1' } },
      ...extra,
    },
  });

  it('applies Put, Update, Delete and ConditionCheck together', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('doomed') });
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('checked', { status: { S: 'open' } }) });
    const result = await gateway.call('TransactWriteItems', {
      TransactItems: [
        put('b'),
        increment('a'),
        { Delete: { TableName: 'Notes', Key: { id: { S: 'doomed' } }, ConditionExpression: 'attribute_exists(id)' } },
        { ConditionCheck: { TableName: 'Notes', Key: { id: { S: 'checked' } }, ConditionExpression: '#s = :open', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':open': { S: 'open' } } } },
      ],
    });
    expect(result).toEqual({});
    expect(await getNote(gateway, 'b')).toEqual(note('b'));
    expect((await getNote(gateway, 'a'))?.n).toEqual({ N: '2' });
    expect(await getNote(gateway, 'doomed')).toBeUndefined();
  });

  it('cancels everything when one condition fails, listing a reason per action', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('checked', { n: { N: '1' } }) });
    const error = await rejectionOf(
      gateway.call('TransactWriteItems', {
        TransactItems: [
          put('b'),
          increment('a'),
          { ConditionCheck: { TableName: 'Notes', Key: { id: { S: 'checked' } }, ConditionExpression: 'n = :five', ExpressionAttributeValues: { ':five': { N: '5' } } } },
        ],
      }),
    );
    expect(error).toBeInstanceOf(DynamoDbError);
    expect((error as unknown as DynamoDbError).body).toEqual({
      __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      Message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, None, ConditionalCheckFailed]',
      CancellationReasons: [{ Code: 'None' }, { Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }],
    });
    expect(await getNote(gateway, 'b')).toBeUndefined();
    expect((await getNote(gateway, 'a'))?.n).toEqual({ N: '1' });
  });

  it('returns the item with ReturnValuesOnConditionCheckFailure ALL_OLD', async () => {
    const error = (await rejectionOf(
      gateway.call('TransactWriteItems', {
        TransactItems: [
          { ...put('a', { ConditionExpression: 'attribute_not_exists(id)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }) },
          { ...put('missing-but-required', { ConditionExpression: 'attribute_exists(id)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }) },
        ],
      }),
    )) as unknown as DynamoDbError;
    expect(error.body.Message).toBe(
      'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, ConditionalCheckFailed]',
    );
    expect(error.body.CancellationReasons).toEqual([
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: note('a', { n: { N: '1' }, status: { S: 'open' } }) },
      // No item to return: it does not exist.
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ]);
  });

  it('reports an update that fails on the stored item as a ValidationError reason', async () => {
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('text', { n: { S: 'not a number' } }) });
    const error = (await rejectionOf(gateway.call('TransactWriteItems', { TransactItems: [put('b'), increment('text')] }))) as unknown as DynamoDbError;
    expect(error.type).toBe('TransactionCanceledException');
    expect(error.body.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ValidationError', Message: 'An operand in the update expression has an incorrect data type' },
    ]);
    expect(await getNote(gateway, 'b')).toBeUndefined();
  });

  it('refuses two actions on one item', async () => {
    const error = (await rejectionOf(gateway.call('TransactWriteItems', { TransactItems: [put('a'), increment('a')] }))) as unknown as DynamoDbError;
    expect(error.body).toEqual({
      __type: 'com.amazon.coral.validate#ValidationException',
      message: 'Transaction request cannot include multiple operations on one item',
    });
  });

  it('treats number keys that differ only in spelling as one item', async () => {
    const event = (sk: string) => ({ Put: { TableName: 'Events', Item: { pk: { S: 'p' }, sk: { N: sk } } } });
    const error = (await rejectionOf(gateway.call('TransactWriteItems', { TransactItems: [event('1'), event('1.0')] }))) as unknown as DynamoDbError;
    expect(error.type).toBe('ValidationException');
  });

  it('accepts 100 actions and refuses 101', async () => {
    const puts = (count: number) => Array.from({ length: count }, (_, i) => put(`bulk-${i}`));
    await gateway.call('TransactWriteItems', { TransactItems: puts(100) });
    expect(await getNote(gateway, 'bulk-99')).toEqual(note('bulk-99'));
    const error = (await rejectionOf(gateway.call('TransactWriteItems', { TransactItems: puts(101) }))) as unknown as DynamoDbError;
    expect(error.type).toBe('ValidationException');
    expect(error.message).toMatch(/at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100/);
  });

  it('refuses malformed actions with DynamoDB validation messages', async () => {
    const both = (await rejectionOf(
      gateway.call('TransactWriteItems', { TransactItems: [{ ...put('x'), ...increment('y') }] }),
    )) as unknown as DynamoDbError;
    expect(both.message).toBe('TransactItems can only contain one of Check, Put, Update or Delete');
    const noTable = (await rejectionOf(gateway.call('TransactWriteItems', { TransactItems: [{ Put: { Item: note('x') } }] }))) as unknown as DynamoDbError;
    expect(noTable.message).toBe(
      "1 validation error detected: Value null at 'transactItems.1.member.put.tableName' failed to satisfy constraint: Member must not be null",
    );
    const badExpression = (await rejectionOf(
      gateway.call('TransactWriteItems', { TransactItems: [put('x', { ConditionExpression: 'attribute_exists(' })] }),
    )) as unknown as DynamoDbError;
    expect(badExpression.message).toMatch(/^Invalid ConditionExpression: Syntax error/);
    const missingTable = (await rejectionOf(
      gateway.call('TransactWriteItems', { TransactItems: [{ Put: { TableName: 'Nope', Item: note('x') } }] }),
    )) as unknown as DynamoDbError;
    expect(missingTable.type).toBe('ResourceNotFoundException');
    const keyUpdate = (await rejectionOf(
      gateway.call('TransactWriteItems', { TransactItems: [{ Update: { TableName: 'Notes', Key: { id: { S: 'a' } }, UpdateExpression: 'SET id = :x', ExpressionAttributeValues: { ':x': { S: 'b' } } } }] }),
    )) as unknown as DynamoDbError;
    expect(keyUpdate.message).toBe('One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key');
  });

  describe('ClientRequestToken', () => {
    const token = 'token-1';

    it('returns the first result without applying the request again', async () => {
      const request = { ClientRequestToken: token, TransactItems: [increment('a')] };
      await gateway.call('TransactWriteItems', request);
      now += 9 * 60 * 1000;
      expect(await gateway.call('TransactWriteItems', request)).toEqual({});
      expect((await getNote(gateway, 'a'))?.n).toEqual({ N: '2' });
    });

    it('refuses the same token with other parameters', async () => {
      await gateway.call('TransactWriteItems', { ClientRequestToken: token, TransactItems: [increment('a')] });
      const error = (await rejectionOf(
        gateway.call('TransactWriteItems', { ClientRequestToken: token, TransactItems: [increment('b')] }),
      )) as unknown as DynamoDbError;
      expect(error.type).toBe('IdempotentParameterMismatchException');
      expect(await getNote(gateway, 'b')).toBeUndefined();
    });

    it('treats the token as new 10 minutes after the first request completed', async () => {
      const request = { ClientRequestToken: token, TransactItems: [increment('a')] };
      await gateway.call('TransactWriteItems', request);
      now += 10 * 60 * 1000;
      await gateway.call('TransactWriteItems', request);
      expect((await getNote(gateway, 'a'))?.n).toEqual({ N: '3' });
    });

    it('refuses a second request while the first with its token runs', async () => {
      const request = { ClientRequestToken: token, TransactItems: [increment('a')] };
      const [first, second] = await Promise.allSettled([
        gateway.call('TransactWriteItems', request),
        gateway.call('TransactWriteItems', request),
      ]);
      expect(first.status).toBe('fulfilled');
      expect(second.status === 'rejected' && (second.reason as DynamoDbError).type).toBe('TransactionInProgressException');
      expect((await getNote(gateway, 'a'))?.n).toEqual({ N: '2' });
    });

    it('lets a cancelled request be retried with its token', async () => {
      const request = {
        ClientRequestToken: token,
        TransactItems: [{ ...put('b', { ConditionExpression: 'attribute_exists(id)' }) }],
      };
      await expect(gateway.call('TransactWriteItems', request)).rejects.toMatchObject({ type: 'TransactionCanceledException' });
      await gateway.call('PutItem', { TableName: 'Notes', Item: note('b', { n: { N: '7' } }) });
      await gateway.call('TransactWriteItems', request);
      expect(await getNote(gateway, 'b')).toEqual(note('b'));
    });
  });
});
