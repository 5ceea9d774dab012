/**
 * What the gateway's operations share: embedded dynalite, the item locks, the committer and the clock; and
 * the write cycle they all follow: lock the items, stage the writes with dynalite's own actions, commit them in
 * one batch, unlock.
 */
import type { ChangeUserIdentity } from './change-feed';
import type { DynaliteBackend } from './dynalite-backend';
import type { TableDescription } from './dynalite-internals';
import type { KeyLockManager } from './key-lock-manager';
import { StagedStore } from './staged-store';
import type { WriteCommitter } from './write-committer';

export interface StoreCore {
  readonly backend: DynaliteBackend;
  readonly locks: KeyLockManager;
  readonly committer: WriteCommitter;
  /** Milliseconds since the epoch. */
  readonly clock: () => number;
}

/** The lock of one item: its table plus dynalite's storage key, which normalises numbers (`1.0` is `1`). */
export function itemLockKey(tableName: string, itemKey: string): string {
  return `${tableName}\u0000${itemKey}`;
}

export interface StagedWriteRequest<T> {
  /** The tables the request touches, already looked up. */
  readonly tables: readonly TableDescription[];
  /** The locks of every item the request may read or write (see itemLockKey). */
  readonly lockKeys: readonly string[];
  /** Runs dynalite's actions against the staging store; throwing discards every staged write. */
  readonly stage: (staged: StagedStore) => Promise<T>;
  readonly userIdentity?: ChangeUserIdentity;
}

export async function runStagedWrite<T>(core: StoreCore, request: StagedWriteRequest<T>): Promise<T> {
  const release = await core.locks.acquire(request.lockKeys);
  try {
    const staged = new StagedStore(core.backend.store, request.tables);
    const result = await request.stage(staged);
    const writes = staged.writes();
    const locked = new Set(request.lockKeys);
    const unlocked = writes.find((write) => !locked.has(itemLockKey(write.table.TableName, write.itemKey)));
    // A write outside the locked set would break isolation silently; refuse it loudly instead.
    if (unlocked) throw new Error(`Refusing to commit a write to an unlocked item of ${unlocked.table.TableName}`);
    await core.committer.commit(writes, request.userIdentity);
    return result;
  } finally {
    release();
  }
}
