import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { monotonicFactory } from 'ulid';
import type { CreatedApiKey } from '../generated/graphql';
import { toApiKey, PURGE_AFTER_SECONDS, type ApiKeyRecord, type ApiKeyRequest } from '../resolvers/lib/api-key-record';
import { NOT_REGISTERED } from '../resolvers/lib/developer-record';
import { apiKeyKey, developerKey, ENTITY } from '../resolvers/lib/keys';
import type { LambdaAnswer } from '../resolvers/lib/lambda-answer';
import { NotFoundError } from './errors';
import { answer } from './lib/answer';
import { defaultDocumentClient } from './lib/clients';
import { developerKeyHash, newDeveloperKeySecret, shownPart } from './lib/developer-key-secret';
import { requiredEnvironmentVariable } from './lib/environment';

/** What Mutation.createApiKey sends: arguments already checked, and the caller's user id. */
export interface CreateApiKeyEvent extends ApiKeyRequest {
  readonly developerId: string;
}

export interface CreateApiKeyOptions {
  /** @default a client from the environment */
  readonly dynamodb?: DynamoDBDocumentClient;
  /** @default env TABLE_NAME */
  readonly tableName?: string;
  /** Milliseconds since the epoch. @default Date.now */
  readonly clock?: () => number;
  /** @default crypto.randomBytes */
  readonly randomBytes?: (size: number) => Uint8Array;
  /** Key ids: ULIDs, so a developer's keys list newest first. @default a monotonic ULID factory */
  readonly newId?: () => string;
}

/**
 * `createApiKey`: a Lambda because APPSYNC_JS has neither a secure random source for secrets nor SHA-256.
 * The key is stored as its hash, in one transaction with a check that the caller is a registered developer.
 */
export function createCreateApiKeyHandler(options: CreateApiKeyOptions = {}) {
  const clock = options.clock ?? Date.now;
  const newId = options.newId ?? monotonicFactory();
  return (event: CreateApiKeyEvent): Promise<LambdaAnswer<CreatedApiKey>> =>
    answer(async () => {
      const dynamodb = options.dynamodb ?? defaultDocumentClient();
      const tableName = options.tableName ?? requiredEnvironmentVariable('TABLE_NAME');
      const secret = newDeveloperKeySecret(options.randomBytes);
      const now = Math.floor(clock() / 1000);
      const record = apiKeyRecord(event, { id: newId(), secret, now });
      try {
        await dynamodb.send(
          new TransactWriteCommand({
            TransactItems: [
              { ConditionCheck: { TableName: tableName, Key: developerKey(event.developerId), ConditionExpression: 'attribute_exists(pk)' } },
              { Put: { TableName: tableName, Item: record, ConditionExpression: 'attribute_not_exists(pk)' } },
            ],
          }),
        );
      } catch (error) {
        if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') {
          throw new NotFoundError(NOT_REGISTERED);
        }
        throw error;
      }
      return { apiKey: toApiKey(record, now), secret };
    });
}

function apiKeyRecord(event: CreateApiKeyEvent, key: { id: string; secret: string; now: number }): ApiKeyRecord {
  const expiresAtEpoch = event.expiresInDays === null ? undefined : key.now + event.expiresInDays * 24 * 3600;
  return {
    ...apiKeyKey(event.developerId, key.id),
    entityType: ENTITY.apiKey,
    id: key.id,
    developerId: event.developerId,
    name: event.name,
    prefix: shownPart(key.secret),
    keyHash: developerKeyHash(key.secret),
    scopes: event.scopes,
    createdAt: isoSeconds(key.now),
    ...(expiresAtEpoch === undefined ? {} : { expiresAt: isoSeconds(expiresAtEpoch), expiresAtEpoch, purgeAt: expiresAtEpoch + PURGE_AFTER_SECONDS }),
  };
}

/** AWSDateTime of a whole second, written as util.time.nowISO8601 (Java's Instant.toString) writes it. */
function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

export const handler = createCreateApiKeyHandler();
