import { isDeepStrictEqual } from 'node:util';

/** One `{ fieldName, operator, value }` of a filter group, as `extensions.setSubscriptionFilter` takes it. */
interface FilterEntry {
  readonly fieldName: string;
  readonly operator: string;
  readonly value: unknown;
}

/** The filter object of `setSubscriptionFilter` and `setSubscriptionInvalidationFilter`. */
interface SubscriptionFilter {
  readonly filterGroup: readonly { readonly filters: readonly FilterEntry[] }[];
}

/**
 * Whether a published payload passes an enhanced subscription filter (or an invalidation payload matches an
 * invalidation filter): the filters of a group are ANDed, the groups ORed. A `fieldName` with dots names a
 * nested field (`location.address.country`). The filter was checked when the resolver set it (see
 * `assertValidSubscriptionFilter`). A filter without groups constrains nothing.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
 */
export function matchesFilter(filter: unknown, payload: unknown): boolean {
  const groups = (filter as SubscriptionFilter).filterGroup;
  if (groups.length === 0) return true;
  return groups.some((group) => group.filters.every((entry) => holds(entry.operator, valueAt(payload, entry.fieldName), entry.value)));
}

function valueAt(payload: unknown, fieldName: string): unknown {
  let value = payload;
  for (const name of fieldName.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/**
 * The operators of the enhanced filtering guide: eq, ne (number, string, Boolean); le, lt, ge, gt and
 * between (inclusive) on numbers or strings of the same kind; contains / notContains (a substring of a
 * string, or a member of a list); beginsWith (string prefix); in / notIn (the field is one of the listed
 * values); containsAny (a list field sharing at least one value with the filter's). A field that is absent,
 * null or of another type fails every test but the negative ones (ne, notContains, notIn).
 */
function holds(operator: string, field: unknown, value: unknown): boolean {
  switch (operator) {
    case 'eq':
      return isDeepStrictEqual(field, value);
    case 'ne':
      return !isDeepStrictEqual(field, value);
    case 'le':
      return compares(field, value, (order) => order <= 0);
    case 'lt':
      return compares(field, value, (order) => order < 0);
    case 'ge':
      return compares(field, value, (order) => order >= 0);
    case 'gt':
      return compares(field, value, (order) => order > 0);
    case 'between': {
      const [low, high] = value as [unknown, unknown];
      return compares(field, low, (order) => order >= 0) && compares(field, high, (order) => order <= 0);
    }
    case 'contains':
      return contains(field, value);
    case 'notContains':
      return !contains(field, value);
    case 'beginsWith':
      return typeof field === 'string' && typeof value === 'string' && field.startsWith(value);
    case 'in':
      return (value as unknown[]).some((candidate) => isDeepStrictEqual(field, candidate));
    case 'notIn':
      return !(value as unknown[]).some((candidate) => isDeepStrictEqual(field, candidate));
    case 'containsAny':
      return Array.isArray(field) && (value as unknown[]).some((candidate) => field.some((member) => isDeepStrictEqual(member, candidate)));
    default:
      return false;
  }
}

/** Whether `test` holds for the order of `field` against `value`: numbers by value, strings by code unit. */
function compares(field: unknown, value: unknown, test: (order: number) => boolean): boolean {
  if (typeof field === 'number' && typeof value === 'number') return test(field - value);
  if (typeof field === 'string' && typeof value === 'string') return test(field < value ? -1 : field > value ? 1 : 0);
  return false;
}

function contains(field: unknown, value: unknown): boolean {
  if (typeof field === 'string') return typeof value === 'string' && field.includes(value);
  return Array.isArray(field) && field.some((member) => isDeepStrictEqual(member, value));
}
