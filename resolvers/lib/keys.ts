/**
 * The single-table layout of ToyApi's `data` table: primary keys and index names, shared by the resolvers,
 * the Lambda handlers and api.config.ts so the layout is written down once (docs/data-model.md explains it).
 */

/** Logical name of the one table (api.config.ts maps it to a physical name per deployment). */
export const DATA_TABLE = 'data';

/** Index names, one per access pattern that is not a primary-key lookup. */
export const INDEX = {
  /** ownerId → items of one owner, sorted by id (ULIDs sort by creation time). */
  byOwner: 'byOwner',
  /** scope (`TEAM#<teamId>` | `PUBLIC`) → shared items, sorted by id. Sparse: INDIVIDUAL items have no scope. */
  byScope: 'byScope',
  /** entityType (`ITEM` | `DEVELOPER`) → every entity of a type: the low-volume admin path. */
  byType: 'byType',
  /** keyHash → the developer key with that SHA-256 hash: the authorizer's lookup. */
  byKeyHash: 'byKeyHash',
} as const;

/** The values of the `entityType` attribute. */
export const ENTITY = { item: 'ITEM', developer: 'DEVELOPER', apiKey: 'API_KEY' } as const;

/** The scope of PUBLIC items in the byScope index. */
export const PUBLIC_SCOPE = 'PUBLIC';

export interface TableKey {
  readonly pk: string;
  readonly sk: string;
}

const ITEM_KEY_PREFIX = 'ITEM#';

export function itemKey(id: string): TableKey {
  return { pk: `${ITEM_KEY_PREFIX}${id}`, sk: 'ITEM' };
}

/** The item id of an item's partition key. */
export function itemIdOf(key: TableKey): string {
  return key.pk.slice(ITEM_KEY_PREFIX.length);
}

export function teamScope(teamId: string): string {
  return `TEAM#${teamId}`;
}

export function developerKey(developerId: string): TableKey {
  return { pk: `DEVELOPER#${developerId}`, sk: 'PROFILE' };
}

/** Developer keys live in their developer's partition, so listing them is one Query. */
export const API_KEY_SORT_PREFIX = 'APIKEY#';

export function apiKeyKey(developerId: string, keyId: string): TableKey {
  return { pk: `DEVELOPER#${developerId}`, sk: `${API_KEY_SORT_PREFIX}${keyId}` };
}

export function ownerStatsKey(ownerId: string): TableKey {
  return { pk: `STATS#OWNER#${ownerId}`, sk: 'STATS' };
}

export function teamStatsKey(teamId: string): TableKey {
  return { pk: `STATS#TEAM#${teamId}`, sk: 'STATS' };
}

export const GLOBAL_STATS_KEY: TableKey = { pk: 'STATS#GLOBAL', sk: 'STATS' };
