import type { DynamoDBBinarySetResult, DynamoDBNumberSetResult, DynamoDBStringSetResult } from '@aws-appsync/utils';
import { isPlainObject } from '../attribute-values';
import { requireList } from './arguments';

/** The set types DynamoDB has; JSON has no sets, so they only come from these helpers. */
const SET_TYPES = ['SS', 'NS', 'BS'] as const;
type SetAttribute = DynamoDBStringSetResult | DynamoDBNumberSetResult | DynamoDBBinarySetResult;

/** `toStringSet(["a", "b"])` → `{ "SS": ["a", "b"] }`, as the package's type definitions show it. */
export function toStringSet(list: string[]): DynamoDBStringSetResult {
  return { SS: [...requireList(list, 'toStringSet', 'the argument') as string[]] };
}

/**
 * `toNumberSet([1, 2, 3])` → `{ "NS": ["1", "2", "3"] }`: the module's set helper writes the numbers as
 * strings, exactly as the JSDoc example of the package's type definitions shows (unlike
 * `util.dynamodb.toNumberSet`, whose recorded output keeps JSON numbers).
 */
export function toNumberSet(numbers: number[]): DynamoDBNumberSetResult {
  return { NS: requireList(numbers, 'toNumberSet', 'the argument').map(String) };
}

/** `toBinarySet(["SGVsbG8="])` → `{ "BS": ["SGVsbG8="] }`: the base64 strings are kept as they are. */
export function toBinarySet(values: string[]): DynamoDBBinarySetResult {
  return { BS: [...requireList(values, 'toBinarySet', 'the argument') as string[]] };
}

/**
 * Whether a value is a typed set attribute (what the helpers above return). The module writes such values
 * as they are instead of as a map, which is how the documented `update({ ..., update: { segments:
 * ddb.toStringSet(list) } })` stores a string set. Recognised by shape, so a copy (`{ ...set }`) made in
 * resolver code still counts.
 */
export function isSetAttribute(value: unknown): value is SetAttribute {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (SET_TYPES as readonly string[]).includes(keys[0]) && Array.isArray(value[keys[0]]);
}
