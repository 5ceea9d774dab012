/**
 * Change records of committed writes, shaped after DynamoDB Streams records so a later streams emulation can
 * be built on them. Every committed item change (single, batch, transactional, TTL deletion) is reported once,
 * after it is durable, in commit order per item. Like DynamoDB Streams, a write that leaves an item exactly as it
 * was produces no record (https://www.tecracer.com/blog/2021/01/why-i-had-to-update-my-mental-model-of-dynamodb-streams.html),
 * and neither does deleting an item that does not exist.
 */
import type { Item } from './dynalite-internals';
import { canonicalJson, toWireJson } from './json';
import type { StagedWrite } from './staged-store';

export type ChangeEventName = 'INSERT' | 'MODIFY' | 'REMOVE';

/** Who made a change; only set for deletions by TTL, as in DynamoDB Streams. */
export interface ChangeUserIdentity {
  readonly type: 'Service';
  readonly principalId: 'dynamodb.amazonaws.com';
}

export const TTL_USER_IDENTITY: ChangeUserIdentity = { type: 'Service', principalId: 'dynamodb.amazonaws.com' };

export interface ChangeRecord {
  readonly tableName: string;
  readonly eventName: ChangeEventName;
  /** The item's primary key attributes. */
  readonly keys: Item;
  /** The item before the change; absent for INSERT. */
  readonly oldImage?: Item;
  /** The item after the change; absent for REMOVE. */
  readonly newImage?: Item;
  readonly userIdentity?: ChangeUserIdentity;
}

export type ChangeListener = (record: ChangeRecord) => void;
export type Unsubscribe = () => void;

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  constructor(
    /** Listener failures must not fail a write that is already committed; they are reported here. */
    private readonly reportListenerError: (error: unknown, record: ChangeRecord) => void,
  ) {}

  subscribe(listener: ChangeListener): Unsubscribe {
    // Wrapped, so subscribing the same function twice gives two independent subscriptions.
    const subscription: ChangeListener = (record) => listener(record);
    this.listeners.add(subscription);
    return () => {
      this.listeners.delete(subscription);
    };
  }

  /** Reports committed writes to every listener (building no record at all when nobody listens). */
  publish(writes: readonly StagedWrite[], userIdentity?: ChangeUserIdentity): void {
    if (this.listeners.size === 0) return;
    for (const write of writes) {
      const record = toChangeRecord(write, userIdentity);
      if (!record) continue;
      for (const listener of [...this.listeners]) {
        try {
          listener(record);
        } catch (error) {
          this.reportListenerError(error, record);
        }
      }
    }
  }
}

/** The record of one committed write, or undefined when the write changed nothing. */
export function toChangeRecord(write: StagedWrite, userIdentity?: ChangeUserIdentity): ChangeRecord | undefined {
  const { oldItem, newItem, table } = write;
  const present = newItem ?? oldItem;
  if (present === undefined) return undefined;
  if (oldItem !== undefined && newItem !== undefined && canonicalJson(oldItem) === canonicalJson(newItem)) return undefined;
  const keys = Object.fromEntries(table.KeySchema.map(({ AttributeName }) => [AttributeName, present[AttributeName]]));
  const eventName: ChangeEventName = oldItem === undefined ? 'INSERT' : newItem === undefined ? 'REMOVE' : 'MODIFY';
  // A frozen plain copy: the images must not alias stored data or a response, and listeners share the record.
  return deepFreeze(toWireJson({
    tableName: table.TableName,
    eventName,
    keys,
    ...(oldItem === undefined ? {} : { oldImage: oldItem }),
    ...(newItem === undefined ? {} : { newImage: newItem }),
    ...(userIdentity ? { userIdentity } : {}),
  }));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
