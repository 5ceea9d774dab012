import type { ApiKey, ApiKeyScope, ApiKeyStatus } from '../../generated/graphql';
import type { ENTITY, TableKey } from './keys';
import { failed, invalid, ok, type Outcome } from './problems';
import { characterCount, hasControlCharacter, isWholeNumber } from './checks';

export const MAX_KEY_NAME_LENGTH = 100;
export const MAX_EXPIRES_IN_DAYS = 365;
export const DEFAULT_SCOPES: ApiKeyScope[] = ['ITEMS_READ'];
/** How long an expired or revoked key stays listed (as EXPIRED/REVOKED) before TTL deletes it. */
export const PURGE_AFTER_SECONDS = 30 * 24 * 3600;
/** The TTL attribute of the data table (api.config.ts). */
export const TTL_ATTRIBUTE = 'purgeAt';

/** A developer key as stored: never the secret, only its SHA-256 hash (hex), which the byKeyHash index finds. */
export interface ApiKeyRecord extends TableKey {
  readonly entityType: typeof ENTITY.apiKey;
  readonly id: string;
  readonly developerId: string;
  readonly name: string;
  readonly prefix: string;
  readonly keyHash: string;
  readonly scopes: ApiKeyScope[];
  readonly createdAt: string;
  readonly expiresAt?: string;
  /** expiresAt in epoch seconds, for the authorizer's check. */
  readonly expiresAtEpoch?: number;
  readonly revokedAt?: string;
  /** Epoch seconds after which DynamoDB TTL may delete the record. */
  readonly purgeAt?: number;
}

/** createApiKey's arguments once checked. */
export interface ApiKeyRequest {
  readonly name: string;
  readonly expiresInDays: number | null;
  readonly scopes: ApiKeyScope[];
}

export function apiKeyRequest(args: { name: string; expiresInDays?: number | null; scopes?: ApiKeyScope[] | null }): Outcome<ApiKeyRequest> {
  const name = args.name.trim();
  const length = characterCount(name);
  if (length === 0 || length > MAX_KEY_NAME_LENGTH || hasControlCharacter(name)) {
    return failed(invalid('name', `name must be 1 to ${MAX_KEY_NAME_LENGTH} characters, without control characters.`));
  }
  const days = args.expiresInDays ?? null;
  if (days !== null && (!isWholeNumber(days) || days < 1 || days > MAX_EXPIRES_IN_DAYS)) {
    return failed(invalid('expiresInDays', `expiresInDays must be a whole number from 1 to ${MAX_EXPIRES_IN_DAYS}.`));
  }
  const given = args.scopes ?? DEFAULT_SCOPES;
  if (given.length === 0) return failed(invalid('scopes', 'scopes must name at least one scope.'));
  const scopes = given.filter((scope, index) => given.indexOf(scope) === index);
  return ok({ name, expiresInDays: days, scopes });
}

export function apiKeyStatus(record: Pick<ApiKeyRecord, 'revokedAt' | 'expiresAtEpoch'>, nowEpochSeconds: number): ApiKeyStatus {
  if (record.revokedAt) return 'REVOKED';
  if (record.expiresAtEpoch !== undefined && record.expiresAtEpoch !== null && record.expiresAtEpoch <= nowEpochSeconds) return 'EXPIRED';
  return 'ACTIVE';
}

export function toApiKey(record: ApiKeyRecord, nowEpochSeconds: number): ApiKey {
  return {
    id: record.id,
    name: record.name,
    prefix: record.prefix,
    scopes: [...record.scopes],
    status: apiKeyStatus(record, nowEpochSeconds),
    createdAt: record.createdAt,
    expiresAt: record.expiresAt ?? null,
    revokedAt: record.revokedAt ?? null,
  };
}
