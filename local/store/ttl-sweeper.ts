/**
 * Deletes expired items of tables with TTL enabled, as DynamoDB's background process does. An item expires
 * when its TTL attribute is a top-level Number of epoch seconds earlier than now and no more than five years
 * in the past; items with another type, or without the attribute, are ignored. Until a sweep removes them,
 * expired items still show up in reads, queries and scans, as in DynamoDB.
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html
 *
 * Each deletion is an ordinary gateway write conditioned on the item still being expired, so an item renewed
 * meanwhile survives, and each is reported as a REMOVE change by the DynamoDB service (TTL_USER_IDENTITY).
 */
import { TTL_USER_IDENTITY } from './change-feed';
import type { Item, JsonObject } from './dynalite-internals';
import { DynamoDbError } from './errors';
import { writeItem } from './item-writes';
import type { StoreCore } from './store-core';
import type { EnabledTimeToLive, TimeToLiveSettings } from './time-to-live-settings';

/** DynamoDB ignores TTL values further in the past than this. */
const MAX_EXPIRED_YEARS = 5;

/** Holds for an item that expired and is young enough to be expired; a filter for the scan, a condition for the delete. */
const IS_EXPIRED = '#ttl < :now AND #ttl >= :oldest';

export class TtlSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly core: StoreCore,
    private readonly settings: TimeToLiveSettings,
    /** Where failures of periodic sweeps go (a direct `sweepExpired()` call rejects instead). */
    private readonly reportError: (error: unknown) => void,
  ) {}

  /** Deletes every item expired at the clock's current time; resolves to how many it deleted. */
  sweepExpired(): Promise<number> {
    // Concurrent callers share one sweep rather than racing to delete the same items.
    this.running ??= this.sweepAllTables().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Sweeps every `intervalMs` until stop(); the timer never keeps the process alive. */
  start(intervalMs: number): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => this.sweepExpired().catch(this.reportError), intervalMs);
    this.timer.unref();
  }

  /** Stops periodic sweeping and waits for a sweep under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async sweepAllTables(): Promise<number> {
    let deleted = 0;
    for (const table of await this.settings.enabledTables()) {
      try {
        deleted += await this.sweepTable(table);
      } catch (error) {
        // A table being deleted keeps its TTL setting until DeleteTable returns; there is nothing left to sweep.
        if (!(error instanceof DynamoDbError && error.type === 'ResourceNotFoundException')) throw error;
      }
    }
    return deleted;
  }

  private async sweepTable({ tableName, attributeName }: EnabledTimeToLive): Promise<number> {
    const nowMs = this.core.clock();
    const oldest = new Date(nowMs);
    oldest.setUTCFullYear(oldest.getUTCFullYear() - MAX_EXPIRED_YEARS);
    const expression = {
      ExpressionAttributeNames: { '#ttl': attributeName },
      // Comparisons with Number values match Number attributes only, which is exactly DynamoDB's TTL rule.
      ExpressionAttributeValues: { ':now': { N: String(nowMs / 1000) }, ':oldest': { N: String(oldest.getTime() / 1000) } },
    };
    const table = await this.core.backend.getTable(tableName);
    const keyNames = table.KeySchema.map(({ AttributeName }) => AttributeName);
    let deleted = 0;
    let startKey: unknown;
    do {
      const page = await this.core.backend.run('Scan', this.core.backend.validate('Scan', {
        TableName: tableName,
        FilterExpression: IS_EXPIRED,
        ...expression,
        ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
      }));
      for (const item of (page.Items ?? []) as Item[]) {
        const key = Object.fromEntries(keyNames.map((name) => [name, item[name]]));
        if (await this.deleteIfStillExpired(tableName, key, expression)) deleted += 1;
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return deleted;
  }

  private async deleteIfStillExpired(tableName: string, key: Item, expression: JsonObject): Promise<boolean> {
    try {
      const input = { TableName: tableName, Key: key, ConditionExpression: IS_EXPIRED, ...expression };
      await writeItem(this.core, 'DeleteItem', input, TTL_USER_IDENTITY);
      return true;
    } catch (error) {
      // Renewed or deleted since the scan read it: nothing to expire any more.
      if (error instanceof DynamoDbError && error.type === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
