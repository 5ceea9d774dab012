import { RuntimeArgumentError } from '../errors';

/**
 * Argument checks shared by the `util` helpers. Resolver code is plain JavaScript, so a helper can receive
 * anything; a wrong type is reported as a runtime error naming the helper, not as a confusing failure
 * deeper inside it.
 */
export function requireString(helper: string, value: unknown): string {
  if (typeof value !== 'string') throw new RuntimeArgumentError(`${helper}: expected a string, got ${describe(value)}`);
  return value;
}

export function requireNumber(helper: string, value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new RuntimeArgumentError(`${helper}: expected a number, got ${describe(value)}`);
  }
  return value;
}

export function requireObject(helper: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RuntimeArgumentError(`${helper}: expected an object, got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
