import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { Item, QueryItemArgs } from '../generated/graphql';
import { canRead } from './lib/access';
import { toItem, type ItemRecord } from './lib/item-record';
import { itemKey } from './lib/keys';
import { itemNotFound } from './lib/problems';
import { raise, raiseUnexpected } from './lib/raise';
import { currentCaller, requireUserCaller } from './lib/request-context';

export const dataSource = 'data';

export function request(ctx: Context<QueryItemArgs>) {
  requireUserCaller(ctx, 'ITEMS_READ');
  return ddb.get({ key: itemKey(ctx.args.id), consistentRead: true });
}

/** Missing and unreadable answer alike: NotFound. */
export function response(ctx: Context<QueryItemArgs>): Item {
  if (ctx.error) raiseUnexpected(ctx.error);
  const record = ctx.result as ItemRecord | null;
  if (!record || !canRead(currentCaller(ctx), record)) return raise(itemNotFound(ctx.args.id));
  return toItem(record);
}
