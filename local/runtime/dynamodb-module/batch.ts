import type { DynamoDBBatchDeleteItemRequest, DynamoDBBatchGetItemRequest, DynamoDBBatchPutItemRequest } from '@aws-appsync/utils';
import { requireList, requireObject } from './arguments';
import { PlaceholderCounter, projectionExpression } from './expression-builder';
import { givenFields, toItemAttributes, toKey } from './values';

/**
 * The batch helpers: `tables` maps each table name to its keys or items, written as the BatchGetItem,
 * BatchPutItem and BatchDeleteItem request objects of the function reference have them.
 */

export function batchGet(payload: unknown): DynamoDBBatchGetItemRequest {
  const counter = new PlaceholderCounter();
  return {
    operation: 'BatchGetItem',
    tables: mapTables(payload, 'batchGet', (request, table) => {
      const spec = requireObject(request, 'batchGet', `tables.${table}`);
      return {
        keys: requireList(spec.keys, 'batchGet', `tables.${table}.keys`).map((key) => toKey(key, 'batchGet')),
        ...givenFields({ consistentRead: spec.consistentRead, projection: projectionExpression(spec.projection, counter) }),
      };
    }),
  } as DynamoDBBatchGetItemRequest;
}

export function batchPut(payload: unknown): DynamoDBBatchPutItemRequest {
  return {
    operation: 'BatchPutItem',
    tables: mapTables(payload, 'batchPut', (items, table) =>
      requireList(items, 'batchPut', `tables.${table}`).map((item) => toItemAttributes(requireObject(item, 'batchPut', 'each item'))),
    ),
  };
}

export function batchDelete(payload: unknown): DynamoDBBatchDeleteItemRequest {
  return {
    operation: 'BatchDeleteItem',
    tables: mapTables(payload, 'batchDelete', (keys, table) =>
      requireList(keys, 'batchDelete', `tables.${table}`).map((key) => toKey(key, 'batchDelete')),
    ),
  };
}

function mapTables<T>(payload: unknown, helper: string, write: (value: unknown, table: string) => T): Record<string, T> {
  const tables = requireObject(requireObject(payload, helper, 'the argument').tables, helper, 'tables');
  return Object.fromEntries(Object.entries(tables).map(([table, value]) => [table, write(value, table)]));
}
