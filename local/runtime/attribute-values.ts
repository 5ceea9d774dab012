import { RuntimeArgumentError } from './errors';

/**
 * Plain JSON ⇄ DynamoDB typed attribute values, as AppSync's runtime converts them. AppSync keeps numbers
 * as JSON numbers inside `N` (`{ "N": 10 }`, not `{ "N": "10" }`) and writes a null as `{ "NULL": null }`
 * in request objects; the DynamoDB data source turns them into what the DynamoDB API takes (`"10"`, `true`).
 * Number sets keep their numbers too (`toNumberSet([1, 4.56])` gives `{ "NS": [1, 4.56] }`).
 */
export type AttributeValue =
  | { S: string }
  | { N: number | string }
  | { BOOL: boolean }
  /** `null` as AppSync writes it, `true` as the DynamoDB API and hand-written request objects have it. */
  | { NULL: true | null }
  | { B: string }
  | { SS: string[] }
  | { NS: (number | string)[] }
  | { BS: string[] }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

/** `util.dynamodb.toDynamoDB`: picks the attribute type from the JavaScript type; lists, never sets. */
export function toAttributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return { NULL: null };
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'number':
      return { N: value };
    case 'boolean':
      return { BOOL: value };
    case 'object':
      return Array.isArray(value)
        ? { L: value.map(toAttributeValue) }
        : { M: toAttributeMap(value as Record<string, unknown>) };
    default:
      throw new RuntimeArgumentError(`cannot convert a ${typeof value} to a DynamoDB attribute value`);
  }
}

/** `util.dynamodb.toMapValues`: every property converted; undefined properties are left out, as JSON does. */
export function toAttributeMap(value: Record<string, unknown>): Record<string, AttributeValue> {
  const map: Record<string, AttributeValue> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) map[key] = toAttributeValue(item);
  }
  return map;
}

/** The inverse, as the DynamoDB data source hands results to handlers: numbers become JSON numbers. */
export function fromAttributeValue(value: AttributeValue): unknown {
  if ('S' in value) return value.S;
  if ('N' in value) return Number(value.N);
  if ('BOOL' in value) return value.BOOL;
  if ('NULL' in value) return null;
  if ('B' in value) return value.B;
  if ('SS' in value) return [...value.SS];
  if ('NS' in value) return value.NS.map(Number);
  if ('BS' in value) return [...value.BS];
  if ('L' in value) return value.L.map(fromAttributeValue);
  return fromAttributeMap(value.M);
}

export function fromAttributeMap(map: Record<string, AttributeValue>): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(map)) value[key] = fromAttributeValue(item);
  return value;
}

/** A JSON object (not null, not a list): what the helpers that take a map accept. Works across realms. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
