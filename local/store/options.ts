/**
 * Options of the DynamoDB store, with their defaults. A local store (embedded dynalite behind the gateway)
 * unless `endpoint` is given, in which case every call goes to that DynamoDB endpoint instead.
 */
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

import { StoreConfigError } from './errors';

export interface LocalStoreOptions {
  readonly endpoint?: undefined;
  /** Keep the data in memory only (lost on close). @default true when `dataDir` is absent */
  readonly inMemory?: boolean;
  /** Directory of the LevelDB data, which survives restarts. Only one process can open it at a time. */
  readonly dataDir?: string;
  /** Port of the HTTP endpoint on 127.0.0.1; 0 picks a free port. @default 0 */
  readonly port?: number;
  /** Milliseconds since the epoch; decides TTL expiry and idempotency windows. @default Date.now */
  readonly clock?: () => number;
  /** Sweep expired TTL items this often, in milliseconds. @default no periodic sweeps (call sweepExpired) */
  readonly ttlSweepIntervalMs?: number;
  /** How long a created, updated or deleted table stays CREATING, UPDATING or DELETING. @default 0 */
  readonly tableStatusDelayMs?: number;
  /** Receives failures nobody awaits: change listeners that throw, periodic TTL sweeps. @default console.error */
  readonly reportError?: (error: unknown) => void;
}

export interface RemoteStoreOptions {
  /** A DynamoDB endpoint URL, e.g. `https://dynamodb.eu-west-1.amazonaws.com`. */
  readonly endpoint: string;
  /** @default the standard AWS chain (AWS_REGION, profile, …) */
  readonly region?: string;
  /** @default the standard AWS credential chain (environment, profile, SSO, container, instance, …) */
  readonly credentials?: DynamoDBClientConfig['credentials'];
}

export type StoreOptions = LocalStoreOptions | RemoteStoreOptions;

export interface ResolvedLocalStoreOptions {
  readonly dataDir: string | undefined;
  readonly port: number;
  readonly clock: () => number;
  readonly ttlSweepIntervalMs: number | undefined;
  readonly tableStatusDelayMs: number;
  readonly reportError: (error: unknown) => void;
}

export function isRemoteStoreOptions(options: StoreOptions): options is RemoteStoreOptions {
  return options.endpoint !== undefined;
}

export function resolveLocalStoreOptions(options: LocalStoreOptions = {}): ResolvedLocalStoreOptions {
  const inMemory = options.inMemory ?? options.dataDir === undefined;
  if (inMemory && options.dataDir !== undefined) throw new StoreConfigError('inMemory and dataDir exclude each other');
  if (!inMemory && options.dataDir === undefined) throw new StoreConfigError('A store that is not in memory needs a dataDir');
  if (options.ttlSweepIntervalMs !== undefined && !(options.ttlSweepIntervalMs > 0)) {
    throw new StoreConfigError(`ttlSweepIntervalMs must be a positive number of milliseconds, not ${options.ttlSweepIntervalMs}`);
  }
  return {
    dataDir: options.dataDir,
    port: options.port ?? 0,
    clock: options.clock ?? Date.now,
    ttlSweepIntervalMs: options.ttlSweepIntervalMs,
    tableStatusDelayMs: options.tableStatusDelayMs ?? 0,
    reportError: options.reportError ?? ((error) => console.error('[store]', error)),
  };
}
