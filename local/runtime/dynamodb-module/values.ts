import { toAttributeMap, toAttributeValue, type AttributeValue } from '../attribute-values';
import { requireObject } from './arguments';
import { isSetAttribute } from './sets';

/** A value as the module writes it into a request: typed by its JavaScript type, sets kept as sets. */
export function toTypedValue(value: unknown): AttributeValue {
  return isSetAttribute(value) ? (structuredClone(value) as AttributeValue) : toAttributeValue(value);
}

/** An item's attributes (PutItem `attributeValues`, BatchPutItem items); undefined properties are left out. */
export function toItemAttributes(item: Record<string, unknown>): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(item)) {
    if (value !== undefined) attributes[name] = toTypedValue(value);
  }
  return attributes;
}

/** A primary key as a typed map. */
export function toKey(key: unknown, helper: string): Record<string, AttributeValue> {
  return toAttributeMap(requireObject(key, helper, 'key'));
}

/**
 * The optional scalar fields of a request, without those the input left out. The inputs' types allow
 * `null` for "not given" (`limit?: number | null`), and the recorded `scan({ limit: 10, nextToken: "abc" })`
 * output carries only the fields that were given, so both null and undefined are dropped.
 */
export function givenFields<T extends Record<string, unknown>>(fields: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  const given: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null) given[name] = value;
  }
  return given as Partial<{ [K in keyof T]: NonNullable<T[K]> }>;
}

/** The conflict-detection fields PutItem, UpdateItem and DeleteItem share (versioned data sources). */
export function syncFields(input: Record<string, unknown>): Record<string, unknown> {
  return {
    customPartitionKey: input.customPartitionKey,
    populateIndexFields: input.populateIndexFields,
    _version: input._version,
  };
}
