import type { BulkEntryResult, BulkResult, Item } from '../../generated/graphql';
import { toItem, type ItemRecord } from './item-record';
import { invalid, type Problem } from './problems';

/** The most entries one createItems or deleteItems takes: each becomes part of one transaction. */
export const MAX_BULK_ENTRIES = 25;

export function bulkSizeProblem(field: string, count: number): Problem | undefined {
  if (count >= 1 && count <= MAX_BULK_ENTRIES) return undefined;
  return invalid(field, `${field} must hold 1 to ${MAX_BULK_ENTRIES} entries, not ${count}.`);
}

export function entrySucceeded(index: number, id: string, item: Item): BulkEntryResult {
  return { index, id, item, error: null };
}

export function entryFailed(index: number, id: string | null, problem: Problem): BulkEntryResult {
  return { index, id, item: null, error: { errorType: problem.errorType, message: problem.message, field: problem.field ?? null } };
}

/** One result per entry in request order, with the counts. */
export function bulkResult(results: BulkEntryResult[]): BulkResult {
  const ordered: BulkEntryResult[] = [];
  results.forEach((result) => {
    ordered[result.index] = result;
  });
  const failed = ordered.filter((result) => result.error !== null).length;
  return { results: ordered, succeeded: ordered.length - failed, failed };
}

/** One entry of a bulk request once checked: the record to write, or why the entry fails alone. */
export interface BulkEntry {
  readonly index: number;
  /** The id as the caller gave it: null for a new item. */
  readonly id: string | null;
  readonly record?: ItemRecord;
  readonly problem?: Problem;
}

/** The records of the entries that go into the transaction. */
export function recordsToWrite(entries: BulkEntry[]): ItemRecord[] {
  return entries.filter((entry) => entry.record !== undefined).map((entry) => entry.record as ItemRecord);
}

/** The result of every entry; `writeProblem` is why the transaction (and so each written entry) failed. */
export function bulkResultOf(entries: BulkEntry[], writeProblem: Problem | undefined): BulkResult {
  return bulkResult(
    entries.map((entry) => {
      if (entry.problem) return entryFailed(entry.index, entry.id, entry.problem);
      const record = entry.record as ItemRecord;
      return writeProblem ? entryFailed(entry.index, entry.id, writeProblem) : entrySucceeded(entry.index, record.id, toItem(record));
    }),
  );
}
