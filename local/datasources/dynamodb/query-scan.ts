/**
 * Query and Scan on the data source's table (or one of its indexes). A page comes back as
 * `{ items, nextToken, scannedCount }`: plain items, an opaque token while DynamoDB has more (null after
 * the last page), and how many items DynamoDB read before the filter.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-query.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-scan.html
 */
import type { DataSourceResult } from '../data-source';
import { expressionMembers } from './expressions';
import { decodePaginationToken, encodePaginationToken, INVALID_PAGINATION_TOKEN, type TokenScope } from './pagination-token';
import { presentMembers, type QueryRequest, type ScanRequest } from './request-objects';
import { settle, type OperationEnv } from './store-call';
import { toPlainItem, type ApiAttributeMap } from './typed-values';

export function query(request: QueryRequest, env: OperationEnv): Promise<DataSourceResult> {
  return readPage(request, env, {
    ...presentMembers({ ScanIndexForward: request.scanIndexForward, Select: request.select }),
    ...expressionMembers([
      { member: 'KeyConditionExpression', value: request.query, path: '$[query]' },
      { member: 'FilterExpression', value: request.filter, path: '$[filter]' },
      { member: 'ProjectionExpression', value: request.projection, path: '$[projection]' },
    ]),
  });
}

export function scan(request: ScanRequest, env: OperationEnv): Promise<DataSourceResult> {
  return readPage(request, env, {
    ...presentMembers({ Segment: request.segment, TotalSegments: request.totalSegments }),
    ...expressionMembers([
      { member: 'FilterExpression', value: request.filter, path: '$[filter]' },
      { member: 'ProjectionExpression', value: request.projection, path: '$[projection]' },
    ]),
  });
}

/** What Query and Scan share: index, limit, consistency and the page token. */
async function readPage(request: QueryRequest | ScanRequest, env: OperationEnv, members: Record<string, unknown>): Promise<DataSourceResult> {
  const scope: TokenScope = { operation: request.operation, table: env.tableName, ...presentMembers({ index: request.index }) };
  let startKey: ApiAttributeMap | undefined;
  if (request.nextToken !== undefined && request.nextToken !== null) {
    startKey = decodePaginationToken(request.nextToken, scope);
    if (!startKey) return { error: INVALID_PAGINATION_TOKEN };
  }
  const input = {
    TableName: env.tableName,
    ...presentMembers({
      IndexName: request.index,
      Limit: request.limit,
      ConsistentRead: request.consistentRead,
      ExclusiveStartKey: startKey,
    }),
    ...members,
  };
  return settle(env, async () => {
    const output = await env.call(request.operation, input);
    const lastKey = output.LastEvaluatedKey as ApiAttributeMap | undefined;
    return {
      items: ((output.Items as ApiAttributeMap[] | undefined) ?? []).map(toPlainItem),
      nextToken: lastKey ? encodePaginationToken(lastKey, scope) : null,
      scannedCount: output.ScannedCount ?? 0,
    };
  });
}
