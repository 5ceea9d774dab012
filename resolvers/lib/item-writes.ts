import type { Context } from '@aws-appsync/utils';
import type { ItemRecord } from './item-record';
import { itemKey } from './keys';
import { INTERNAL_ERROR, type Problem } from './problems';
import { raise } from './raise';
import { dataTableName } from './request-context';
import { statsChanges, type ItemTransition } from './stats';
import { atVersion, deleteEntry, isNew, putEntry, statsEntry } from './writes';

/**
 * The one TransactWriteItems request of an item change: the items (new ones must not exist, changed and
 * deleted ones must still be at the version read) and the stats counters they move.
 */
export function itemTransaction(ctx: Context, writes: { before: ItemRecord | null; after: ItemRecord | null }[]) {
  const table = dataTableName(ctx);
  const itemEntries = writes.map((write) => {
    if (write.after === null) return deleteEntry(table, itemKey((write.before as ItemRecord).id), atVersion((write.before as ItemRecord).version));
    return putEntry(table, write.after, write.before === null ? isNew() : atVersion(write.before.version));
  });
  const transitions: ItemTransition[] = writes.map((write) => ({ before: write.before, after: write.after }));
  return { operation: 'TransactWriteItems', transactItems: [...itemEntries, ...statsChanges(transitions).map((change) => statsEntry(table, change))] };
}

/**
 * What a failed transaction means for the caller: a cancelled one whose entries failed their condition
 * means someone changed an item meanwhile (`conflict`); anything else is unexpected, logged and answered
 * as InternalError. Undefined when it went through.
 */
export function transactionProblem(ctx: Context, conflict: Problem): Problem | undefined {
  if (!ctx.error) return undefined;
  const reasons = (ctx.result?.cancellationReasons ?? []) as { type?: string }[];
  if (reasons.some((reason) => reason.type === 'ConditionalCheckFailed')) return conflict;
  console.error(`transaction failed: ${ctx.error.type}: ${ctx.error.message}`);
  return INTERNAL_ERROR;
}

/** Ends the handler if the transaction failed (see transactionProblem). */
export function checkItemTransaction(ctx: Context, conflict: Problem): void {
  const problem = transactionProblem(ctx, conflict);
  if (problem) raise(problem);
}
