import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { canRead } from '../lib/access';
import type { ItemRecord } from '../lib/item-record';
import { itemKey } from '../lib/keys';
import { itemNotFound } from '../lib/problems';
import { raise, raiseUnexpected } from '../lib/raise';
import { currentCaller } from '../lib/request-context';

export const dataSource = 'data';

/**
 * Reads the item `ctx.stash.itemId` (consistently) into `ctx.stash.item`. An item the caller may not read
 * ends the pipeline as NotFound, exactly like a missing one.
 */
export function request(ctx: Context) {
  return ddb.get({ key: itemKey(ctx.stash.itemId as string), consistentRead: true });
}

export function response(ctx: Context): ItemRecord {
  if (ctx.error) raiseUnexpected(ctx.error);
  const record = ctx.result as ItemRecord | null;
  if (!record || !canRead(currentCaller(ctx), record)) return raise(itemNotFound(ctx.stash.itemId as string));
  ctx.stash.item = record;
  return record;
}
