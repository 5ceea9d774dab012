import { isPlainObject } from '../../attribute-values';
import { SubscriptionFilterError } from './errors';

/**
 * The documented restrictions on a subscription (or invalidation) filter, the object
 * `extensions.setSubscriptionFilter` takes. `util.transform.toSubscriptionFilter` checks nothing (AppSync
 * carries operators through as written); AppSync refuses a filter outside these rules when it applies it.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html
 */
export const SUBSCRIPTION_FILTER_LIMITS = {
  /** Distinct `fieldName`s in one group (combined with AND). */
  fieldsPerGroup: 5,
  /** Groups (combined with OR), each value of an `in` counting as a group of its own. */
  groups: 10,
  inValues: 5,
  containsAnyValues: 20,
  stringLength: 256,
} as const;

type ValueKind = 'scalar' | 'ordered' | 'string' | 'list' | 'pair';

/** What each operator takes: eq/ne a number, string or Boolean; the ordered ones a number or string; … */
const OPERATOR_VALUES: Readonly<Record<string, ValueKind>> = {
  eq: 'scalar',
  ne: 'scalar',
  le: 'ordered',
  lt: 'ordered',
  ge: 'ordered',
  gt: 'ordered',
  contains: 'ordered',
  notContains: 'ordered',
  beginsWith: 'string',
  in: 'list',
  notIn: 'list',
  between: 'pair',
  containsAny: 'list',
};

/** @throws SubscriptionFilterError naming the first rule the filter breaks. */
export function assertValidSubscriptionFilter(filter: unknown): void {
  if (!isPlainObject(filter) || !Array.isArray(filter.filterGroup)) {
    throw new SubscriptionFilterError('subscription filter must be an object with a filterGroup list');
  }
  let groupCount = 0;
  for (const group of filter.filterGroup) {
    if (!isPlainObject(group) || !Array.isArray(group.filters)) {
      throw new SubscriptionFilterError('each filterGroup entry must be an object with a filters list');
    }
    group.filters.forEach(assertValidEntry);
    const fieldNames = new Set(group.filters.map((entry: { fieldName: string }) => entry.fieldName));
    if (fieldNames.size > SUBSCRIPTION_FILTER_LIMITS.fieldsPerGroup) {
      throw new SubscriptionFilterError(
        `Filters exceed maximum attributes limit ${SUBSCRIPTION_FILTER_LIMITS.fieldsPerGroup} for subscription`,
      );
    }
    groupCount += expandedGroupCount(group.filters);
  }
  if (groupCount > SUBSCRIPTION_FILTER_LIMITS.groups) {
    throw new SubscriptionFilterError(
      `subscription filter has ${groupCount} filter groups once \`in\` is expanded; ` +
        `the maximum is ${SUBSCRIPTION_FILTER_LIMITS.groups}`,
    );
  }
}

function assertValidEntry(entry: unknown): void {
  if (!isPlainObject(entry) || typeof entry.fieldName !== 'string' || typeof entry.operator !== 'string') {
    throw new SubscriptionFilterError('each filter must have a string fieldName and operator');
  }
  const { fieldName, operator, value } = entry;
  const kind = Object.hasOwn(OPERATOR_VALUES, operator) ? OPERATOR_VALUES[operator] : undefined;
  if (kind === undefined)
    throw new SubscriptionFilterError(`subscription filter has invalid operator \`${operator}\`.`);
  if (!isValueOfKind(kind, operator, value)) {
    throw new SubscriptionFilterError(`subscription filter has invalid filter value for operator \`${operator}\`.`);
  }
  for (const text of [fieldName, ...(Array.isArray(value) ? value : [value])]) {
    if (typeof text === 'string' && text.length > SUBSCRIPTION_FILTER_LIMITS.stringLength) {
      throw new SubscriptionFilterError(
        `subscription filter has a string longer than ${SUBSCRIPTION_FILTER_LIMITS.stringLength} characters`,
      );
    }
  }
}

function isValueOfKind(kind: ValueKind, operator: string, value: unknown): boolean {
  switch (kind) {
    case 'scalar':
      return isOrdered(value) || typeof value === 'boolean';
    case 'ordered':
      return isOrdered(value);
    case 'string':
      return typeof value === 'string';
    case 'pair':
      return Array.isArray(value) && value.length === 2 && value.every(isOrdered);
    case 'list': {
      const max =
        operator === 'containsAny' ? SUBSCRIPTION_FILTER_LIMITS.containsAnyValues : SUBSCRIPTION_FILTER_LIMITS.inValues;
      return Array.isArray(value) && value.length > 0 && value.length <= max && value.every(isOrdered);
    }
  }
}

function isOrdered(value: unknown): value is number | string {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** "The `in` operator is a special case of OR logic": a group counts once per combination of its `in` values. */
function expandedGroupCount(filters: readonly { operator: string; value: unknown }[]): number {
  return filters
    .filter((entry) => entry.operator === 'in')
    .reduce((count, entry) => count * (entry.value as unknown[]).length, 1);
}
