import type { Context } from '@aws-appsync/utils';
import type { MutationDeleteItemArgs } from '../../generated/graphql';
import { checkChangeable } from '../lib/change-rights';
import type { ItemRecord } from '../lib/item-record';
import { checkItemTransaction, itemTransaction } from '../lib/item-writes';
import { versionConflict } from '../lib/problems';

export const dataSource = 'data';

/** Deletes `ctx.stash.item` if still at the expected version, with its stats, in one transaction. */
export function request(ctx: Context<MutationDeleteItemArgs>) {
  const item = ctx.stash.item as ItemRecord;
  checkChangeable(ctx, item, ctx.args.expectedVersion);
  return itemTransaction(ctx, [{ before: item, after: null }]);
}

export function response(ctx: Context<MutationDeleteItemArgs>): ItemRecord {
  checkItemTransaction(ctx, versionConflict(ctx.args.id, ctx.args.expectedVersion));
  return ctx.stash.item as ItemRecord;
}
