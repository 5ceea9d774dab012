/**
 * The one place every item write goes through on its way to LevelDB: single writes, batches, transactions
 * and TTL deletions all end here, so this is where change records are published (and where a streams
 * emulation will hook in).
 */
import { ChangeFeed, type ChangeUserIdentity } from './change-feed';
import type { LevelDatabase } from './dynalite-internals';
import { itemWriteOperations } from './dynalite-layout';
import type { StagedWrite } from './staged-store';

export class WriteCommitter {
  constructor(
    private readonly db: LevelDatabase,
    private readonly changes: ChangeFeed,
  ) {}

  /**
   * Writes all item changes, with their secondary index entries, in one atomic LevelDB batch, then reports
   * them. The caller holds the locks of the items, so records of one item are published in commit order.
   */
  async commit(writes: readonly StagedWrite[], userIdentity?: ChangeUserIdentity): Promise<void> {
    if (writes.length === 0) return;
    await this.db.batch(
      writes.flatMap((write) => itemWriteOperations(write.table, write.itemKey, write.oldItem, write.newItem)),
    );
    this.changes.publish(writes, userIdentity);
  }
}
