import type { Context } from '@aws-appsync/utils';
import type { BulkResult, MutationDeleteItemsArgs } from '../generated/graphql';
import { bulkSizeProblem } from './lib/bulk';
import { check, requireUserCaller } from './lib/request-context';

/** loadItems (one BatchGetItem) → removeItems (rights per entry, one transaction). */
export const pipeline = ['loadItems', 'removeItems'];

export function request(ctx: Context<MutationDeleteItemsArgs>) {
  requireUserCaller(ctx, 'ITEMS_WRITE');
  check(bulkSizeProblem('ids', ctx.args.ids.length));
  // A transaction touches an item once; a repeated id fails as its own entry (removeItems).
  ctx.stash.itemIds = ctx.args.ids.filter((id, index) => ctx.args.ids.indexOf(id) === index);
  return {};
}

export function response(ctx: Context<MutationDeleteItemsArgs>): BulkResult {
  return ctx.prev.result as BulkResult;
}
