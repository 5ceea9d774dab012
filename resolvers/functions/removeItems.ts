import { runtime, type Context } from '@aws-appsync/utils';
import type { BulkResult, MutationDeleteItemsArgs } from '../../generated/graphql';
import { canChange, canRead } from '../lib/access';
import { bulkResultOf, recordsToWrite, type BulkEntry } from '../lib/bulk';
import type { ItemRecord } from '../lib/item-record';
import { itemTransaction, transactionProblem } from '../lib/item-writes';
import { conflict, INTERNAL_ERROR, invalid, itemNotFound, unauthorized } from '../lib/problems';
import { currentCaller } from '../lib/request-context';

export const dataSource = 'data';

/** Each entry of deleteItems: deletable, or why not (as deleteItem would answer it). */
function plan(ctx: Context<MutationDeleteItemsArgs>): BulkEntry[] {
  const caller = currentCaller(ctx);
  const items = ctx.stash.items as Record<string, ItemRecord>;
  const unprocessed = ctx.stash.unprocessedIds as string[];
  return ctx.args.ids.map((id, index) => {
    if (ctx.args.ids.indexOf(id) !== index) return { index, id, problem: invalid('ids', `id '${id}' is listed more than once.`) };
    if (unprocessed.includes(id)) return { index, id, problem: INTERNAL_ERROR };
    const record = items[id];
    if (!record || !canRead(caller, record)) return { index, id, problem: itemNotFound(id) };
    if (!canChange(caller, record)) return { index, id, problem: unauthorized(`You may read item '${id}' but not delete it.`) };
    return { index, id, record };
  });
}

/** Deletes the deletable entries, each at the version just read, with their stats, in one transaction. */
export function request(ctx: Context<MutationDeleteItemsArgs>) {
  const entries = plan(ctx);
  ctx.stash.entries = entries;
  const records = recordsToWrite(entries);
  if (records.length === 0) runtime.earlyReturn(bulkResultOf(entries, undefined));
  return itemTransaction(
    ctx,
    records.map((record) => ({ before: record, after: null })),
  );
}

export function response(ctx: Context<MutationDeleteItemsArgs>): BulkResult {
  return bulkResultOf(ctx.stash.entries as BulkEntry[], transactionProblem(ctx, conflict('An item changed while it was being deleted: read it again and retry.')));
}
