import type { DynamoDBQueryRequest, DynamoDBScanRequest, DynamoDBSyncRequest } from '@aws-appsync/utils';
import { requireObject } from './arguments';
import { conditionExpression, keyConditionExpression } from './conditions';
import { PlaceholderCounter, projectionExpression } from './expression-builder';
import { givenFields } from './values';

/**
 * Query, Scan and Sync: the inputs' options map one to one onto the request fields of the same name, and
 * only those given are written (recorded: `scan({ limit: 10, nextToken: 'abc' })` →
 * `{ operation: 'Scan', limit: 10, nextToken: 'abc' }`). Placeholders are numbered through the key
 * condition, then the filter, then the projection.
 */

export function query(payload: unknown): DynamoDBQueryRequest {
  const input = requireObject(payload, 'query', 'the argument');
  const counter = new PlaceholderCounter();
  const keyCondition = keyConditionExpression(input.query, counter);
  const filter = conditionExpression(input.filter, counter, 'query');
  return {
    operation: 'Query',
    query: keyCondition,
    ...givenFields({
      index: input.index,
      nextToken: input.nextToken,
      limit: input.limit,
      scanIndexForward: input.scanIndexForward,
      consistentRead: input.consistentRead,
      select: input.select,
      filter,
      projection: projectionExpression(input.projection, counter),
    }),
  } as DynamoDBQueryRequest;
}

/** Scan; `scanIndexForward`, which the shared input type allows, has no meaning for a Scan and is not written. */
export function scan(payload: unknown): DynamoDBScanRequest {
  const input = requireObject(payload, 'scan', 'the argument');
  const counter = new PlaceholderCounter();
  const filter = conditionExpression(input.filter, counter, 'scan');
  return {
    operation: 'Scan',
    ...givenFields({
      index: input.index,
      limit: input.limit,
      nextToken: input.nextToken,
      consistentRead: input.consistentRead,
      segment: input.segment,
      totalSegments: input.totalSegments,
      select: input.select,
      filter,
      projection: projectionExpression(input.projection, counter),
    }),
  } as DynamoDBScanRequest;
}

export function sync(payload: unknown): DynamoDBSyncRequest {
  const input = requireObject(payload, 'sync', 'the argument');
  return {
    operation: 'Sync',
    ...givenFields({
      basePartitionKey: input.basePartitionKey,
      deltaIndexName: input.deltaIndexName,
      limit: input.limit,
      nextToken: input.nextToken,
      lastSync: input.lastSync,
      filter: conditionExpression(input.filter, new PlaceholderCounter(), 'sync'),
    }),
  } as DynamoDBSyncRequest;
}
