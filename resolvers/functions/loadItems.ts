import { util, type Context } from '@aws-appsync/utils';
import type { ItemRecord } from '../lib/item-record';
import { itemIdOf, itemKey, type TableKey } from '../lib/keys';
import { raiseUnexpected } from '../lib/raise';
import { dataTableName } from '../lib/request-context';

export const dataSource = 'data';

/**
 * Reads the items `ctx.stash.itemIds` (distinct, at most 25) in one consistent BatchGetItem into
 * `ctx.stash.items` (id → record; missing ones absent). Keys DynamoDB left unprocessed land in
 * `ctx.stash.unprocessedIds`.
 */
export function request(ctx: Context) {
  const ids = ctx.stash.itemIds as string[];
  const table = dataTableName(ctx);
  const keys = ids.map((id) => util.dynamodb.toMapValues(itemKey(id)));
  return { operation: 'BatchGetItem', tables: { [table]: { keys, consistentRead: true } } };
}

export function response(ctx: Context): Record<string, ItemRecord> {
  if (ctx.error) raiseUnexpected(ctx.error);
  const table = dataTableName(ctx);
  const items: Record<string, ItemRecord> = {};
  ((ctx.result.data[table] ?? []) as (ItemRecord | null)[]).forEach((record) => {
    if (record) items[record.id] = record;
  });
  const unprocessed = ((ctx.result.unprocessedKeys ?? {})[table] ?? []) as TableKey[];
  ctx.stash.unprocessedIds = unprocessed.map((key) => itemIdOf(key));
  ctx.stash.items = items;
  return items;
}
