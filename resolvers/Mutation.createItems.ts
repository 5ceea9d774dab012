import { runtime, util, type Context } from '@aws-appsync/utils';
import type { BulkResult, MutationCreateItemsArgs } from '../generated/graphql';
import { bulkResultOf, bulkSizeProblem, recordsToWrite, type BulkEntry } from './lib/bulk';
import { newItemContent } from './lib/item-input';
import { toItemRecord } from './lib/item-record';
import { itemTransaction, transactionProblem } from './lib/item-writes';
import { conflict } from './lib/problems';
import { check, requireUserCaller } from './lib/request-context';

export const dataSource = 'data';

/**
 * Entries with bad input fail alone; the valid ones are written together, with their stats, in one
 * transaction (25 items and at most 27 counters stay within its 100 entries).
 */
export function request(ctx: Context<MutationCreateItemsArgs>) {
  const caller = requireUserCaller(ctx, 'ITEMS_WRITE');
  const { inputs } = ctx.args;
  check(bulkSizeProblem('inputs', inputs.length));
  const now = util.time.nowISO8601();
  const entries: BulkEntry[] = inputs.map((input, index) => {
    const content = newItemContent(caller, input);
    if (!content.ok) return { index, id: null, problem: content.problem };
    return { index, id: null, record: toItemRecord({ id: util.autoUlid(), ...content.value, ownerId: caller.userId, createdAt: now, updatedAt: now, version: 1 }) };
  });
  ctx.stash.entries = entries;
  const records = recordsToWrite(entries);
  if (records.length === 0) runtime.earlyReturn(bulkResultOf(entries, undefined));
  return itemTransaction(
    ctx,
    records.map((record) => ({ before: null, after: record })),
  );
}

export function response(ctx: Context<MutationCreateItemsArgs>): BulkResult {
  return bulkResultOf(ctx.stash.entries as BulkEntry[], transactionProblem(ctx, conflict('An item id was taken meanwhile: send these entries again.')));
}
