/**
 * Query and Scan pagination tokens. AppSync never hands out DynamoDB's LastEvaluatedKey: it returns an
 * opaque token that only works for the same resolver. Locally the token is base64 JSON holding the key and
 * what it belongs to (operation, table, index), so a token from elsewhere is refused, as AppSync refuses it.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-query.html
 */
import { isPlainObject } from '../../runtime/attribute-values';
import type { DataSourceError } from '../data-source';
import type { ApiAttributeMap } from './typed-values';

const TOKEN_VERSION = 1;

/** What a token belongs to. */
export interface TokenScope {
  readonly operation: 'Query' | 'Scan';
  readonly table: string;
  readonly index?: string;
}

interface TokenContent {
  readonly version: number;
  readonly operation: string;
  readonly table: string;
  readonly index: string | null;
  readonly startKey: ApiAttributeMap;
}

export function encodePaginationToken(lastEvaluatedKey: ApiAttributeMap, scope: TokenScope): string {
  const content: TokenContent = {
    version: TOKEN_VERSION,
    operation: scope.operation,
    table: scope.table,
    index: scope.index ?? null,
    startKey: lastEvaluatedKey,
  };
  return Buffer.from(JSON.stringify(content)).toString('base64');
}

/** The ExclusiveStartKey in `token`, or undefined when it is no token of this scope. */
export function decodePaginationToken(token: unknown, scope: TokenScope): ApiAttributeMap | undefined {
  if (typeof token !== 'string') return undefined;
  let content: unknown;
  try {
    content = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isPlainObject(content) || !isPlainObject(content.startKey)) return undefined;
  const belongs =
    content.version === TOKEN_VERSION &&
    content.operation === scope.operation &&
    content.table === scope.table &&
    content.index === (scope.index ?? null);
  return belongs ? (content.startKey as ApiAttributeMap) : undefined;
}

/**
 * What AppSync answers for a token it cannot use, as its responses show it (the message of its internal
 * exception, under the type `DynamoDB:UserIllegalArgumentException`).
 */
export const INVALID_PAGINATION_TOKEN: DataSourceError = {
  message: 'com.amazonaws.deepdish.common.pagination.InvalidPaginationTokenException: Invalid pagination token given.',
  type: 'DynamoDB:UserIllegalArgumentException',
};
