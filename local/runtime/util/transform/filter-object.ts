import { isPlainObject } from '../../attribute-values';
import { UnreadableFilterError } from './errors';

/**
 * Reading the filter objects `util.transform` takes. AppSync receives them as JSON, so a property whose
 * value is `undefined` does not exist for it; a filter it cannot read makes the helper answer `null`.
 */

/** The properties of a filter object, in their order, without the `undefined` ones. */
export function definedEntries(value: unknown): [string, unknown][] {
  if (!isPlainObject(value)) throw new UnreadableFilterError('a filter must be an object');
  return Object.entries(value).filter(([, item]) => item !== undefined);
}

/** The members of an `and`/`or` list: AppSync takes the list form only. */
export function listMembers(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new UnreadableFilterError('`and` and `or` take a list');
  return value;
}

/** Runs a reader and answers `null` when the filter cannot be read, as AppSync does. */
export function readOrNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof UnreadableFilterError) return null;
    throw error;
  }
}
