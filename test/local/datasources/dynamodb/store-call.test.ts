import { ConditionalCheckFailedException, DynamoDBServiceException } from '@aws-sdk/client-dynamodb';

import { failureError, readStoreFailure, type OperationEnv } from '../../../../local/datasources/dynamodb/store-call';
import { DynamoDbError } from '../../../../local/store';

const env: OperationEnv = { tableName: 'T', call: async () => ({}), requestId: () => 'RID' };

describe('store failures', () => {
  it('reads the errors of the store gateway', () => {
    const error = DynamoDbError.service('TransactionCanceledException', '', { Message: 'Transaction cancelled', CancellationReasons: [{ Code: 'None' }] });
    expect(readStoreFailure(error)).toEqual({
      exception: 'TransactionCanceledException',
      message: 'Transaction cancelled',
      statusCode: 400,
      cancellationReasons: [{ Code: 'None' }],
    });
    expect(readStoreFailure(DynamoDbError.validation('bad key'))).toEqual({ exception: 'ValidationException', message: 'bad key', statusCode: 400 });
  });

  it('reads the exceptions of the AWS SDK', () => {
    const modeled = new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: { httpStatusCode: 400 } });
    expect(readStoreFailure(modeled)).toMatchObject({ exception: 'ConditionalCheckFailedException', message: 'The conditional request failed', statusCode: 400 });
    const generic = new DynamoDBServiceException({ name: 'ValidationException', $fault: 'client', message: 'One or more parameter values were invalid', $metadata: {} });
    expect(readStoreFailure(generic)).toMatchObject({ exception: 'ValidationException', statusCode: 400 });
  });

  it('reads DynamoDB JSON error bodies', () => {
    expect(readStoreFailure({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'oops' })).toEqual({
      exception: 'InternalServerError',
      message: 'oops',
      statusCode: 500,
    });
  });

  it('does not take faults of the store itself for DynamoDB errors', () => {
    expect(readStoreFailure(new Error('socket hang up'))).toBeUndefined();
    expect(readStoreFailure(new TypeError('x is undefined'))).toBeUndefined();
    expect(readStoreFailure(Object.assign(new Error('m'), { name: 'ResourceNotFoundException' }))).toMatchObject({ exception: 'ResourceNotFoundException' });
    expect(readStoreFailure('text')).toBeUndefined();
  });

  it('reports exceptions by their SDK class, the unmodeled ones as DynamoDbException', () => {
    const typeOf = (exception: string) => failureError({ exception, message: 'm', statusCode: 400 }, env).type;
    expect(typeOf('ConditionalCheckFailedException')).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(typeOf('ResourceNotFoundException')).toBe('DynamoDB:ResourceNotFoundException');
    expect(typeOf('InternalServerError')).toBe('DynamoDB:InternalServerErrorException');
    expect(typeOf('ValidationException')).toBe('DynamoDB:DynamoDbException');
    expect(failureError({ exception: 'ValidationException', message: 'm', statusCode: 400 }, env, { x: 1 })).toEqual({
      message: 'm (Service: DynamoDb, Status Code: 400, Request ID: RID)',
      type: 'DynamoDB:DynamoDbException',
      data: { x: 1 },
    });
  });
});
