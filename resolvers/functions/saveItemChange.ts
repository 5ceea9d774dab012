import { util, type Context } from '@aws-appsync/utils';
import type { MutationUpdateItemArgs } from '../../generated/graphql';
import { checkChangeable } from '../lib/change-rights';
import { changedItemContent } from '../lib/item-input';
import { toItemRecord, type ItemRecord } from '../lib/item-record';
import { checkItemTransaction, itemTransaction } from '../lib/item-writes';
import { versionConflict } from '../lib/problems';
import { orRaise } from '../lib/raise';
import { currentCaller } from '../lib/request-context';

export const dataSource = 'data';

/** Writes updateItem's change to `ctx.stash.item` at the next version, with its stats, in one transaction. */
export function request(ctx: Context<MutationUpdateItemArgs>) {
  const { input } = ctx.args;
  const item = ctx.stash.item as ItemRecord;
  checkChangeable(ctx, item, input.expectedVersion);
  const content = orRaise(changedItemContent(currentCaller(ctx), item, input));
  const changed = toItemRecord({ ...item, ...content, updatedAt: util.time.nowISO8601(), version: item.version + 1 });
  ctx.stash.changed = changed;
  return itemTransaction(ctx, [{ before: item, after: changed }]);
}

export function response(ctx: Context<MutationUpdateItemArgs>): ItemRecord {
  checkItemTransaction(ctx, versionConflict(ctx.args.input.id, ctx.args.input.expectedVersion));
  return ctx.stash.changed as ItemRecord;
}
