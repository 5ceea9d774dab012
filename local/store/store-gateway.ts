/**
 * The store gateway: the single door to the local DynamoDB. `call(operation, input)` takes and returns the
 * JSON bodies of the DynamoDB API (the HTTP endpoint forwards to it), with DynamoDB's errors as DynamoDbError.
 * Reads and table operations go straight to embedded dynalite; item writes are locked and committed by the
 * gateway; transactions and TTL, which dynalite lacks, are implemented here.
 */
import { ChangeFeed, type ChangeListener, type Unsubscribe } from './change-feed';
import { DynaliteBackend } from './dynalite-backend';
import { DYNALITE_OPERATIONS, type DynaliteOperation, type JsonObject } from './dynalite-internals';
import { DynamoDbError, StoreClosedError } from './errors';
import { IdempotencyCache } from './idempotency-cache';
import { batchWriteItem, writeItem } from './item-writes';
import { toWireJson } from './json';
import { KeyLockManager } from './key-lock-manager';
import { resolveLocalStoreOptions, type LocalStoreOptions } from './options';
import type { StoreCore } from './store-core';
import { TimeToLiveSettings } from './time-to-live-settings';
import { transactGetItems } from './transact-get-items';
import { transactWriteItems } from './transact-write-items';
import { TtlSweeper } from './ttl-sweeper';
import { WriteCommitter } from './write-committer';

const GATEWAY_OPERATIONS = ['TransactWriteItems', 'TransactGetItems', 'UpdateTimeToLive', 'DescribeTimeToLive'] as const;

/** The DynamoDB operations the local store answers. */
export type DynamoDbOperation = DynaliteOperation | (typeof GATEWAY_OPERATIONS)[number];

export const SUPPORTED_OPERATIONS: readonly DynamoDbOperation[] = [...DYNALITE_OPERATIONS, ...GATEWAY_OPERATIONS];

export function isSupportedOperation(name: string): name is DynamoDbOperation {
  return (SUPPORTED_OPERATIONS as readonly string[]).includes(name);
}

export type GatewayOptions = Omit<LocalStoreOptions, 'port' | 'endpoint'>;

type Handler = (input: JsonObject) => Promise<JsonObject>;

export class StoreGateway {
  private readonly handlers: Readonly<Record<DynamoDbOperation, Handler>>;
  private readonly inFlight = new Set<Promise<unknown>>();
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly core: StoreCore,
    private readonly changes: ChangeFeed,
    ttl: TimeToLiveSettings,
    private readonly sweeper: TtlSweeper,
  ) {
    const idempotency = new IdempotencyCache(core.clock);
    const { backend } = core;
    const dynalite = (operation: DynaliteOperation): Handler => async (input) => backend.run(operation, backend.validate(operation, input));
    this.handlers = {
      ...(Object.fromEntries(DYNALITE_OPERATIONS.map((operation) => [operation, dynalite(operation)])) as Record<DynaliteOperation, Handler>),
      PutItem: (input) => writeItem(core, 'PutItem', input),
      UpdateItem: (input) => writeItem(core, 'UpdateItem', input),
      DeleteItem: (input) => writeItem(core, 'DeleteItem', input),
      BatchWriteItem: (input) => batchWriteItem(core, input),
      DeleteTable: async (input) => {
        const result = await dynalite('DeleteTable')(input);
        await ttl.forget(input.TableName as string);
        return result;
      },
      TransactWriteItems: (input) => transactWriteItems(core, idempotency, input),
      TransactGetItems: (input) => transactGetItems(core, input),
      UpdateTimeToLive: (input) => ttl.updateTimeToLive(input),
      DescribeTimeToLive: (input) => ttl.describeTimeToLive(input),
    };
  }

  static async open(options: GatewayOptions = {}): Promise<StoreGateway> {
    const resolved = resolveLocalStoreOptions(options);
    const backend = await DynaliteBackend.open(resolved);
    const changes = new ChangeFeed(resolved.reportError);
    const core: StoreCore = {
      backend,
      locks: new KeyLockManager(),
      committer: new WriteCommitter(backend.store.db, changes),
      clock: resolved.clock,
    };
    const ttl = new TimeToLiveSettings(backend);
    const sweeper = new TtlSweeper(core, ttl, resolved.reportError);
    if (resolved.ttlSweepIntervalMs !== undefined) sweeper.start(resolved.ttlSweepIntervalMs);
    return new StoreGateway(core, changes, ttl, sweeper);
  }

  /** The region in the ARNs of local tables. */
  get region(): string {
    return this.core.backend.region;
  }

  /** How many items are locked or waited for; zero when idle (a lock leak shows here). */
  get lockedItemCount(): number {
    return this.core.locks.busyKeyCount;
  }

  /**
   * Runs one DynamoDB operation. Resolves to the response body, exactly as the HTTP API would send it;
   * rejects with DynamoDbError when DynamoDB would answer with an error.
   */
  call(operation: string, input: JsonObject): Promise<JsonObject> {
    return this.run(operation, input, toWireJson);
  }

  /** Like call, but resolves to the response body as JSON text (what the HTTP endpoint sends). */
  callSerialized(operation: string, input: JsonObject): Promise<string> {
    return this.run(operation, input, (result) => JSON.stringify(result));
  }

  /** Calls `listener` with the change record of every committed item write; returns its unsubscribe. */
  onChange(listener: ChangeListener): Unsubscribe {
    return this.changes.subscribe(listener);
  }

  /** Deletes the items whose TTL expired at the clock's current time; resolves to how many. */
  sweepExpired(): Promise<number> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    return this.sweeper.sweepExpired();
  }

  /** Refuses new calls, lets calls under way finish, then closes the database. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private run<T>(operation: string, input: JsonObject, toResponse: (result: JsonObject) => T): Promise<T> {
    if (this.closing) return Promise.reject(new StoreClosedError());
    if (!isSupportedOperation(operation)) return Promise.reject(DynamoDbError.protocol('UnknownOperationException'));
    const pending = this.handlers[operation](input).then(toResponse);
    this.inFlight.add(pending);
    // Anonymous on purpose: under tsx, a closure bound to a name costs an Object.defineProperty per call.
    pending.then(
      () => this.inFlight.delete(pending),
      () => this.inFlight.delete(pending),
    );
    return pending;
  }

  private async shutDown(): Promise<void> {
    await this.sweeper.stop();
    await Promise.allSettled([...this.inFlight]);
    await this.core.backend.close();
  }
}
