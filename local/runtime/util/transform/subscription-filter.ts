import type { SubscriptionFilter } from '@aws-appsync/utils';
import { isPlainObject } from '../../attribute-values';
import { definedEntries, listMembers, readOrNull } from './filter-object';

/** One `{ fieldName, operator, value }` entry of a filter group. */
interface FilterEntry {
  readonly fieldName: string;
  readonly operator: string;
  readonly value: unknown;
}

/** The filters of one group, all of which must hold. */
type Conjunction = readonly FilterEntry[];

/**
 * `util.transform.toSubscriptionFilter(filter, ignoredFields?, rules?)`: turns a filter object into the
 * `{ filterGroup: [{ filters: [...] }] }` AppSync evaluates, a disjunction of conjunctions. The filter's
 * properties are ANDed; the operators of one field, and the members of an `or`, are alternatives, so the
 * groups multiply out in the filter's own order. `ignoredFields` are left out wherever they appear in the
 * filter; every rule is one more alternative that each group must meet ("at least one of the rules").
 * Operators and values are carried through as written: AppSync checks them when the filter is applied (see
 * `assertValidSubscriptionFilter`). `null` for a filter that is not an object; a JSON string is read, as
 * the documentation's client-defined filter passes `ctx.args.filter` straight in.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
 */
export function toSubscriptionFilter(
  filter: unknown,
  ignoredFields?: unknown,
  rules?: unknown,
): SubscriptionFilter | null {
  return readOrNull(() => {
    const ignored = new Set(Array.isArray(ignoredFields) ? ignoredFields.map(String) : []);
    let groups = expand(readFilter(filter), ignored);
    if (isPlainObject(rules)) {
      const ruleAlternatives = definedEntries(rules).flatMap(([field, operators]) =>
        fieldAlternatives(field, operators),
      );
      groups = multiply(groups, ruleAlternatives);
    }
    // A group left with no filter at all is dropped, so an empty filter gives an empty filterGroup.
    const filterGroup = groups.filter((filters) => filters.length > 0).map((filters) => ({ filters: [...filters] }));
    return { filterGroup } as SubscriptionFilter;
  });
}

function readFilter(filter: unknown): unknown {
  if (typeof filter !== 'string') return filter;
  try {
    return JSON.parse(filter);
  } catch {
    return undefined;
  }
}

/** A filter object as alternatives, each a conjunction. `not` is a field name here, as for AppSync. */
function expand(filter: unknown, ignored: ReadonlySet<string>): Conjunction[] {
  let groups: Conjunction[] = [[]];
  for (const [key, value] of definedEntries(filter)) {
    if (key === 'and') {
      for (const member of listMembers(value)) groups = multiply(groups, expand(member, ignored));
    } else if (key === 'or') {
      // A member whose fields are all ignored drops out of the `or` (the documentation's second example).
      const alternatives = listMembers(value).flatMap((member) => expand(member, ignored));
      groups = multiply(
        groups,
        alternatives.filter((alternative) => alternative.length > 0),
      );
    } else if (!ignored.has(key)) {
      groups = multiply(groups, fieldAlternatives(key, value));
    }
  }
  return groups;
}

function fieldAlternatives(fieldName: string, operators: unknown): Conjunction[] {
  return definedEntries(operators).map(([operator, value]) => [{ fieldName, operator, value }]);
}

/** Every group combined with every alternative; no alternative at all adds no condition. */
function multiply(groups: readonly Conjunction[], alternatives: readonly Conjunction[]): Conjunction[] {
  if (alternatives.length === 0) return [...groups];
  return groups.flatMap((group) => alternatives.map((alternative) => [...group, ...alternative]));
}
