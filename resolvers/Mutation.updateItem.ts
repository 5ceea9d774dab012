import type { Context } from '@aws-appsync/utils';
import type { Item, MutationUpdateItemArgs } from '../generated/graphql';
import { updateInputProblem } from './lib/item-input';
import { toItem, type ItemRecord } from './lib/item-record';
import { check, requireUserCaller } from './lib/request-context';

/** Input checks → loadItem (NotFound unless readable) → saveItemChange (rights, version, transaction). */
export const pipeline = ['loadItem', 'saveItemChange'];

export function request(ctx: Context<MutationUpdateItemArgs>) {
  requireUserCaller(ctx, 'ITEMS_WRITE');
  check(updateInputProblem(ctx.args.input));
  ctx.stash.itemId = ctx.args.input.id;
  return {};
}

export function response(ctx: Context<MutationUpdateItemArgs>): Item {
  return toItem(ctx.prev.result as ItemRecord);
}
