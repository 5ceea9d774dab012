import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiKeyStatus, type ApiKeyRecord } from '../resolvers/lib/api-key-record';
import { formatScopes, type DeveloperKeyContext } from '../resolvers/lib/caller';
import { INDEX } from '../resolvers/lib/keys';
import { defaultDocumentClient } from './lib/clients';
import { DEVELOPER_KEY_PREFIX, developerKeyHash } from './lib/developer-key-secret';
import { requiredEnvironmentVariable } from './lib/environment';

/**
 * The AWS_LAMBDA authorizer of developer keys: AppSync sends the Authorization header as
 * `authorizationToken` and lets the request through when the answer says `isAuthorized`.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
export interface AuthorizerEvent {
  readonly authorizationToken: string;
  readonly requestContext?: { readonly apiId?: string; readonly operationName?: string };
}

export interface AuthorizerResult {
  readonly isAuthorized: boolean;
  /** Becomes `ctx.identity.resolverContext` (flat string values). */
  readonly resolverContext?: DeveloperKeyContext;
  /** Seconds AppSync may reuse this answer for the same key. */
  readonly ttlOverride?: number;
}

/**
 * How long AppSync may reuse a "yes" for a key: also the longest a revoked key keeps working.
 * Short enough for revocation, long enough to spare a lookup per request.
 */
export const ANSWER_CACHE_SECONDS = 60;

export interface AuthorizerOptions {
  /** @default a client from the environment */
  readonly dynamodb?: DynamoDBDocumentClient;
  /** @default env TABLE_NAME */
  readonly tableName?: string;
  /** Milliseconds since the epoch. @default Date.now */
  readonly clock?: () => number;
}

const REFUSED: AuthorizerResult = { isAuthorized: false };

/**
 * Looks the key's SHA-256 up in the byKeyHash index; unknown, revoked and expired keys are refused. An
 * expired key may still be stored (DynamoDB TTL deletes late), so expiry is checked here, not left to TTL.
 */
export function createDeveloperKeyAuthorizer(options: AuthorizerOptions = {}) {
  const clock = options.clock ?? Date.now;
  return async (event: AuthorizerEvent): Promise<AuthorizerResult> => {
    const token = event.authorizationToken ?? '';
    if (!token.startsWith(DEVELOPER_KEY_PREFIX)) return REFUSED;
    const dynamodb = options.dynamodb ?? defaultDocumentClient();
    const output = await dynamodb.send(
      new QueryCommand({
        TableName: options.tableName ?? requiredEnvironmentVariable('TABLE_NAME'),
        IndexName: INDEX.byKeyHash,
        KeyConditionExpression: 'keyHash = :keyHash',
        ExpressionAttributeValues: { ':keyHash': developerKeyHash(token) },
      }),
    );
    const record = output.Items?.[0] as ApiKeyRecord | undefined;
    const now = Math.floor(clock() / 1000);
    if (record === undefined || apiKeyStatus(record, now) !== 'ACTIVE') return REFUSED;
    const secondsLeft = record.expiresAtEpoch === undefined ? ANSWER_CACHE_SECONDS : record.expiresAtEpoch - now;
    return {
      isAuthorized: true,
      resolverContext: { developerId: record.developerId, keyId: record.id, scopes: formatScopes(record.scopes) },
      ttlOverride: Math.min(ANSWER_CACHE_SECONDS, secondsLeft),
    };
  };
}

export const handler = createDeveloperKeyAuthorizer();
