/**
 * A staging view of dynalite's store. dynalite's write actions (PutItem, UpdateItem, DeleteItem,
 * BatchWriteItem) run against it unchanged, so conditions, update expressions, ReturnValues and item
 * validation are dynalite's own, but their writes land here instead of in LevelDB. The gateway then commits
 * every staged write at once (WriteCommitter) or, when a transaction is cancelled, simply drops them: nothing
 * was written, so nothing needs rolling back.
 *
 * Reads see staged writes first, then the real store. The view takes no locks: the gateway already holds the
 * locks of every item the request touches.
 */
import type {
  Callback,
  DynaliteStore,
  Item,
  SubDatabase,
  TableDescription,
} from './dynalite-internals';

/** One item change a request made: the item before (absent if new) and after (absent if deleted). */
export interface StagedWrite {
  readonly table: TableDescription;
  /** dynalite's storage key of the item within its table. */
  readonly itemKey: string;
  readonly oldItem: Item | undefined;
  readonly newItem: Item | undefined;
}

interface StagedItem {
  /** As stored before the request; `null` until read. */
  baseline: { readonly item: Item | undefined } | null;
  /** The staged replacement; `null` while the request only read the item. */
  staged: { readonly item: Item | undefined } | null;
}

/** Index entries are derived from item changes at commit time, so staging them is a no-op. */
const IGNORED_INDEX_DATABASE: SubDatabase = {
  lock: (_key, body) => body((callback) => callback),
  get: (_key, callback) => queueMicrotask(() => callback(null, undefined)),
  put: (_key, _value, callback) => queueMicrotask(() => callback(null)),
  del: (_key, callback) => queueMicrotask(() => callback(null)),
};

export class StagedStore implements DynaliteStore {
  private readonly items = new Map<string, Map<string, StagedItem>>();
  private readonly tables = new Map<string, TableDescription>();

  constructor(
    private readonly real: DynaliteStore,
    /** Tables the gateway already looked up for this request (saves dynalite a second read and decode). */
    knownTables: Iterable<TableDescription> = [],
  ) {
    for (const table of knownTables) this.tables.set(table.TableName, table);
  }

  get options() {
    return this.real.options;
  }

  getTable(name: string, checkStatus: boolean | Callback<TableDescription>, callback?: Callback<TableDescription>): void {
    const done = (typeof checkStatus === 'function' ? checkStatus : callback) as Callback<TableDescription>;
    const known = this.tables.get(name);
    if (known && known.TableStatus === 'ACTIVE') return queueMicrotask(() => done(null, known));
    this.real.getTable(name, checkStatus !== false, (error, table) => {
      if (table) this.tables.set(name, table);
      done(error, table);
    });
  }

  getIndexDb(): SubDatabase {
    return IGNORED_INDEX_DATABASE;
  }

  getItemDb(tableName: string): SubDatabase {
    return {
      lock: (_key, body) => body((callback) => callback),
      get: (key, callback) => {
        this.read(tableName, key).then(
          (item) => callback(null, item),
          (error: Error) => callback(error),
        );
      },
      put: (key, value, callback) => this.stage(tableName, key, value as Item, callback),
      del: (key, callback) => this.stage(tableName, key, undefined, callback),
    };
  }

  /** The item as this request currently sees it. */
  async read(tableName: string, itemKey: string): Promise<Item | undefined> {
    const entry = this.entry(tableName, itemKey);
    if (entry.staged) return entry.staged.item;
    return this.baseline(tableName, itemKey, entry);
  }

  /** Every item this request changed, in the order first changed. */
  writes(): StagedWrite[] {
    const writes: StagedWrite[] = [];
    for (const [tableName, entries] of this.items) {
      const table = this.tables.get(tableName);
      if (!table) throw new Error(`Staged a write to ${tableName} without reading the table`);
      for (const [itemKey, entry] of entries) {
        if (!entry.staged || !entry.baseline) continue;
        writes.push({ table, itemKey, oldItem: entry.baseline.item, newItem: entry.staged.item });
      }
    }
    return writes;
  }

  private stage(tableName: string, itemKey: string, item: Item | undefined, callback: Callback<void>): void {
    const entry = this.entry(tableName, itemKey);
    // The change record needs the item as it was, even if the action wrote without reading first.
    this.baseline(tableName, itemKey, entry).then(
      () => {
        entry.staged = { item };
        callback(null);
      },
      (error: Error) => callback(error),
    );
  }

  private async baseline(tableName: string, itemKey: string, entry: StagedItem): Promise<Item | undefined> {
    if (!entry.baseline) {
      const item = await readRealItem(this.real, tableName, itemKey);
      entry.baseline ??= { item };
    }
    return entry.baseline.item;
  }

  private entry(tableName: string, itemKey: string): StagedItem {
    let entries = this.items.get(tableName);
    if (!entries) this.items.set(tableName, (entries = new Map()));
    let entry = entries.get(itemKey);
    if (!entry) entries.set(itemKey, (entry = { baseline: null, staged: null }));
    return entry;
  }
}

function readRealItem(store: DynaliteStore, tableName: string, itemKey: string): Promise<Item | undefined> {
  return new Promise((resolve, reject) =>
    store.getItemDb(tableName).get(itemKey, (error, item) => {
      // Older LevelDB versions report a missing key as NotFoundError, newer ones as undefined.
      if (error && error.name !== 'NotFoundError') return reject(error);
      resolve((item ?? undefined) as Item | undefined);
    }),
  );
}
