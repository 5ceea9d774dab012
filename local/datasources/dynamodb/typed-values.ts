/**
 * Typed attribute values between the three forms they take: as resolver code writes them in request objects
 * (numbers as JSON numbers, `{ "NULL": null }`), as the DynamoDB API takes and sends them (numbers as
 * strings, `{ "NULL": true }`), and as AppSync hands results to handlers (plain JSON).
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html#js-aws-appsync-resolver-reference-dynamodb-typed-values-request
 */
import { fromAttributeMap, isPlainObject, type AttributeValue } from '../../runtime/attribute-values';
import { canonicalJson } from '../../store/json';
import { InvalidRequestError } from '../errors';
import { listAt } from './request-objects';

/** A typed attribute value as the DynamoDB API has it: one member, named after its type. */
export type ApiAttributeValue = { readonly [type: string]: unknown };
export type ApiAttributeMap = Record<string, ApiAttributeValue>;

const TYPES = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'SS', 'NS', 'BS', 'L', 'M']);

/** A request object's typed value in the API's form. `path` names it in errors, as `$[key][id]`. */
export function toApiValue(value: unknown, path: string): ApiAttributeValue {
  const entries = isPlainObject(value) ? Object.entries(value) : [];
  if (entries.length !== 1 || !TYPES.has(entries[0]![0])) {
    throw new InvalidRequestError(`Expected a typed value such as { "S": "text" } at '${path}', got ${JSON.stringify(value) ?? 'undefined'}.`);
  }
  const [type, member] = entries[0]!;
  switch (type) {
    case 'N':
      return { N: numberText(member, path) };
    case 'NS':
      return { NS: listAt(member, path).map((number, i) => numberText(number, `${path}[${i}]`)) };
    case 'NULL':
      // AppSync's helpers write `{ "NULL": null }`; the API only takes `true`.
      return { NULL: member === null ? true : member };
    case 'L':
      return { L: listAt(member, path).map((item, i) => toApiValue(item, `${path}[${i}]`)) };
    case 'M':
      return { M: toApiMap(member, path) };
    default:
      return { [type]: member };
  }
}

/** A map of typed values (a key, an item, expression values) in the API's form. */
export function toApiMap(value: unknown, path: string): ApiAttributeMap {
  if (!isPlainObject(value)) throw new InvalidRequestError(`Expected a map of typed values at '${path}'.`);
  const map: ApiAttributeMap = {};
  for (const [name, member] of Object.entries(value)) map[name] = toApiValue(member, `${path}[${name}]`);
  return map;
}

/** An item from the API as handlers get it: plain JSON, numbers as numbers, sets as lists. */
export function toPlainItem(item: ApiAttributeMap): Record<string, unknown> {
  return fromAttributeMap(item as Record<string, AttributeValue>);
}

/**
 * A text that is the same for two maps exactly when DynamoDB holds them equal: member order, number
 * spelling (`1.0`, `1`) and set order do not count. With `only`, just those attributes are compared (a
 * key's attributes inside a whole item).
 */
export function identityOf(map: ApiAttributeMap, only?: readonly string[]): string {
  const names = only ?? Object.keys(map);
  return canonicalJson(Object.fromEntries(names.map((name) => [name, map[name] === undefined ? null : normalized(map[name]!)])));
}

function normalized(value: ApiAttributeValue): unknown {
  const [type, member] = Object.entries(value)[0] ?? [];
  switch (type) {
    case 'N':
      return { N: String(Number(member)) };
    case 'NS':
      return { NS: (member as unknown[]).map((number) => String(Number(number))).sort() };
    case 'SS':
    case 'BS':
      return { [type]: [...(member as string[])].sort() };
    case 'L':
      return { L: (member as ApiAttributeValue[]).map(normalized) };
    case 'M':
      return { M: Object.fromEntries(Object.entries(member as ApiAttributeMap).map(([name, item]) => [name, normalized(item)])) };
    default:
      return value;
  }
}

function numberText(value: unknown, path: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string') return value;
  throw new InvalidRequestError(`Expected a number at '${path}', got ${JSON.stringify(value) ?? 'undefined'}.`);
}
