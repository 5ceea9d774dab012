/**
 * The AMAZON_DYNAMODB data source: request objects of the eleven DynamoDB operations AppSync documents,
 * translated to DynamoDB API calls on the store, with results and errors as AppSync hands them to
 * response handlers.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 */
import { randomBytes } from 'node:crypto';

import type { DataSource, DataSourceResult } from '../data-source';
import { UnsupportedLocallyError } from '../errors';
import { batchDeleteItem, batchGetItem, batchPutItem } from './batch';
import { query, scan } from './query-scan';
import { parseDynamoDbRequest, type DynamoDbOperation, type DynamoDbRequest } from './request-objects';
import { deleteItem, getItem, putItem, updateItem } from './single-item';
import type { DynamoDbCall, OperationEnv } from './store-call';
import { transactGetItems, transactWriteItems } from './transactions';

export interface DynamoDbDataSourceOptions {
  /** The table of the data source's configuration; batch and transaction requests name their own. */
  readonly tableName: string;
  /** Reaches the store (see DynamoDbCall). */
  readonly call: DynamoDbCall;
  /** The request ID quoted in error messages. @default a random DynamoDB-style ID */
  readonly requestId?: () => string;
}

type Handler<R> = (request: R, env: OperationEnv) => Promise<DataSourceResult>;

const HANDLERS: { readonly [O in DynamoDbOperation]: Handler<Extract<DynamoDbRequest, { operation: O }>> } = {
  GetItem: getItem,
  PutItem: putItem,
  UpdateItem: updateItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
  BatchGetItem: batchGetItem,
  BatchPutItem: batchPutItem,
  BatchDeleteItem: batchDeleteItem,
  TransactGetItems: transactGetItems,
  TransactWriteItems: transactWriteItems,
  Sync: async () => {
    throw new UnsupportedLocallyError('The Sync operation (versioned data sources for offline clients) is not supported by the local engine.');
  },
};

export function createDynamoDbDataSource(options: DynamoDbDataSourceOptions): DataSource {
  const env: OperationEnv = { tableName: options.tableName, call: options.call, requestId: options.requestId ?? dynamoDbRequestId };
  return {
    invoke: async (request) => {
      const parsed = parseDynamoDbRequest(request);
      return (HANDLERS[parsed.operation] as Handler<DynamoDbRequest>)(parsed, env);
    },
  };
}

const REQUEST_ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** A request ID as DynamoDB writes them: 52 characters of 0-9 and A-V. */
function dynamoDbRequestId(): string {
  return Array.from(randomBytes(52), (byte) => REQUEST_ID_ALPHABET[byte & 31]).join('');
}
