/**
 * Where things live in dynalite's LevelDB. dynalite keeps every table in one database under key prefixes
 * (`item-<table>~<item key>`, `index-global~<table>~<index>~<index key>`, …). The gateway commits a write as
 * ONE LevelDB batch over these keys (item plus index entries of every item), which is atomic both in memory and
 * on disk; dynalite's own actions write item and index entries one by one. The gateway's own records (TTL
 * settings) use a prefix dynalite never reads.
 */
import {
  dynaliteDb,
  type Item,
  type LevelOperation,
  type SecondaryIndexDescription,
  type TableDescription,
} from './dynalite-internals';

/** Mirrors dynalite's sub-database naming (`getSubDb(name)` prefixes keys with `name + '~'`). */
function subDatabasePrefix(name: string): string {
  return `${name}~`;
}

export function itemKeyPrefix(tableName: string): string {
  return subDatabasePrefix(`item-${tableName}`);
}

function indexKeyPrefix(kind: 'global' | 'local', tableName: string, indexName: string): string {
  return subDatabasePrefix(`index-${kind}~${tableName}~${indexName}`);
}

/** Prefix of the gateway's TTL settings, one record per table. */
export const TIME_TO_LIVE_PREFIX = subDatabasePrefix('gateway-ttl');

/** The LevelDB operations that replace `oldItem` by `newItem` (either may be absent) at `itemKey`. */
export function itemWriteOperations(
  table: TableDescription,
  itemKey: string,
  oldItem: Item | undefined,
  newItem: Item | undefined,
): LevelOperation[] {
  const operations: LevelOperation[] = [
    newItem === undefined
      ? { type: 'del', key: itemKeyPrefix(table.TableName) + itemKey }
      : { type: 'put', key: itemKeyPrefix(table.TableName) + itemKey, value: newItem },
  ];
  const indexKinds: [SecondaryIndexDescription[] | undefined, 'global' | 'local'][] = [
    [table.GlobalSecondaryIndexes?.slice(), 'global'],
    [table.LocalSecondaryIndexes?.slice(), 'local'],
  ];
  for (const [indexes, kind] of indexKinds) {
    if (!indexes?.length) continue;
    // dynalite's own rule for which index entries an item change adds, moves and removes.
    const { puts, deletes } = dynaliteDb.getIndexActions(indexes, oldItem, newItem, table);
    for (const entry of deletes) operations.push({ type: 'del', key: indexKeyPrefix(kind, table.TableName, entry.index) + entry.key });
    for (const entry of puts) {
      operations.push({ type: 'put', key: indexKeyPrefix(kind, table.TableName, entry.index) + entry.key, value: entry.item });
    }
  }
  return operations;
}
