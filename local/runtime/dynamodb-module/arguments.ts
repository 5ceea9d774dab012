import { isPlainObject } from '../attribute-values';
import { RuntimeArgumentError } from '../errors';

/**
 * Checks on what resolver code passes to the module. A wrong argument stops the handler with an error it
 * cannot catch, as a failing built-in does in AppSync; the message names the helper and the argument.
 */

export function requireObject(value: unknown, helper: string, what: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new RuntimeArgumentError(`${helper}: ${what} must be an object, got ${describe(value)}`);
  return value;
}

export function requireList(value: unknown, helper: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw new RuntimeArgumentError(`${helper}: ${what} must be a list, got ${describe(value)}`);
  return value;
}

export function requireString(value: unknown, helper: string, what: string): string {
  if (typeof value !== 'string') throw new RuntimeArgumentError(`${helper}: ${what} must be a string, got ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}
