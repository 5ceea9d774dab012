import type { Context } from '@aws-appsync/utils';
import type { Item, MutationDeleteItemArgs } from '../generated/graphql';
import { toItem, type ItemRecord } from './lib/item-record';
import { expectedVersionProblem } from './lib/item-input';
import { check, requireUserCaller } from './lib/request-context';

/** loadItem (NotFound unless readable) → removeItem (rights, version, transaction). Answers the deleted item. */
export const pipeline = ['loadItem', 'removeItem'];

export function request(ctx: Context<MutationDeleteItemArgs>) {
  requireUserCaller(ctx, 'ITEMS_WRITE');
  check(expectedVersionProblem(ctx.args.expectedVersion));
  ctx.stash.itemId = ctx.args.id;
  return {};
}

export function response(ctx: Context<MutationDeleteItemArgs>): Item {
  return toItem(ctx.prev.result as ItemRecord);
}
