import { util, type Context } from '@aws-appsync/utils';
import type { Item, MutationCreateItemArgs } from '../generated/graphql';
import { newItemContent } from './lib/item-input';
import { toItem, toItemRecord, type ItemRecord } from './lib/item-record';
import { checkItemTransaction, itemTransaction } from './lib/item-writes';
import { conflict } from './lib/problems';
import { orRaise } from './lib/raise';
import { requireUserCaller } from './lib/request-context';

export const dataSource = 'data';

/** The item and its stats in one transaction. */
export function request(ctx: Context<MutationCreateItemArgs>) {
  const caller = requireUserCaller(ctx, 'ITEMS_WRITE');
  const content = orRaise(newItemContent(caller, ctx.args.input));
  const now = util.time.nowISO8601();
  const record = toItemRecord({ id: util.autoUlid(), ...content, ownerId: caller.userId, createdAt: now, updatedAt: now, version: 1 });
  ctx.stash.record = record;
  return itemTransaction(ctx, [{ before: null, after: record }]);
}

export function response(ctx: Context<MutationCreateItemArgs>): Item {
  checkItemTransaction(ctx, conflict('An item with this id exists already: try again.'));
  return toItem(ctx.stash.record as ItemRecord);
}
