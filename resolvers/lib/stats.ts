import type { AccessLevel, ItemCounts } from '../../generated/graphql';
import type { ItemAccess } from './access';
import { GLOBAL_STATS_KEY, ownerStatsKey, teamStatsKey, type TableKey } from './keys';

/**
 * Item counters kept as items (`STATS#OWNER#…`, `STATS#TEAM#…`, `STATS#GLOBAL`), changed by DynamoDB `ADD`
 * in the same TransactWriteItems as the items themselves, so they are exact: both happen or neither.
 */

export type CounterName = 'individual' | 'team' | 'public';

const COUNTER_OF: Readonly<Record<AccessLevel, CounterName>> = { INDIVIDUAL: 'individual', TEAM: 'team', PUBLIC: 'public' };

/** One stats item and what to add to its counters. */
export interface StatsChange {
  readonly key: TableKey;
  readonly add: Readonly<Partial<Record<CounterName, number>>>;
}

/** An item write: what the item was (null: it is new) and what it becomes (null: it is deleted). */
export interface ItemTransition {
  readonly before: ItemAccess | null;
  readonly after: ItemAccess | null;
}

/**
 * The counter changes a set of item writes makes, one entry per stats item (a transaction may touch an
 * item once), without zero changes: moving an item within one owner's counters cancels out where it should.
 */
export function statsChanges(transitions: ItemTransition[]): StatsChange[] {
  const byPk: Record<string, { key: TableKey; add: Partial<Record<CounterName, number>> }> = {};
  const count = (key: TableKey, counter: CounterName, delta: number) => {
    const entry = byPk[key.pk] ?? { key, add: {} };
    entry.add[counter] = (entry.add[counter] ?? 0) + delta;
    byPk[key.pk] = entry;
  };
  const countItem = (item: ItemAccess | null, delta: number) => {
    if (item === null) return;
    const counter = COUNTER_OF[item.accessLevel];
    count(ownerStatsKey(item.ownerId), counter, delta);
    count(GLOBAL_STATS_KEY, counter, delta);
    if (item.accessLevel === 'TEAM' && item.teamId) count(teamStatsKey(item.teamId), 'team', delta);
  };
  transitions.forEach((transition) => {
    countItem(transition.before, -1);
    countItem(transition.after, 1);
  });
  return Object.values(byPk)
    .map((entry) => ({ key: entry.key, add: nonZero(entry.add) }))
    .filter((entry) => Object.keys(entry.add).length > 0);
}

function nonZero(add: Partial<Record<CounterName, number>>): Partial<Record<CounterName, number>> {
  const kept: Partial<Record<CounterName, number>> = {};
  Object.entries(add).forEach(([counter, delta]) => {
    if (delta !== 0) kept[counter as CounterName] = delta;
  });
  return kept;
}

/** `ADD #individual :individual, …`: ADD starts a missing counter at zero, so no stats item needs creating first. */
export function statsUpdateExpression(change: StatsChange): {
  expression: string;
  expressionNames: Record<string, string>;
  expressionValues: Record<string, number>;
} {
  const counters = Object.keys(change.add) as CounterName[];
  const expressionNames: Record<string, string> = {};
  const expressionValues: Record<string, number> = {};
  counters.forEach((counter) => {
    expressionNames[`#${counter}`] = counter;
    expressionValues[`:${counter}`] = change.add[counter] as number;
  });
  return { expression: `ADD ${counters.map((counter) => `#${counter} :${counter}`).join(', ')}`, expressionNames, expressionValues };
}

/** A stats item's counters (a missing item counts zero everywhere). */
export function itemCounts(record: Partial<Record<CounterName, number>> | null | undefined): ItemCounts {
  const individual = record?.individual ?? 0;
  const team = record?.team ?? 0;
  const publicCount = record?.public ?? 0;
  return { individual, team, public: publicCount, total: individual + team + publicCount };
}
