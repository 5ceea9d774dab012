import type { ExecutionResult } from 'graphql';

/**
 * An execution result with its field errors in the order of the fields in the response, the order
 * graphql-js gives them when resolvers answer synchronously (it runs fields depth first, in document
 * order). graphql-jit lists the errors of non-null fields after the others. Below a field an error nulled,
 * list indexes still place errors, field names cannot, so such errors keep their order; with asynchronous
 * resolvers graphql-js's order is that of completion, which this makes deterministic.
 */
export function inDocumentOrder(result: ExecutionResult): ExecutionResult {
  const errors = result.errors;
  if (errors === undefined || errors.length < 2) return result;
  // An error without a path is about the whole request: it goes first.
  const ranked = errors.map((error) => ({ error, position: error.path ? positionOf(error.path, result.data) : [-1] }));
  ranked.sort((a, b) => comparePositions(a.position, b.position));
  return { ...result, errors: ranked.map((entry) => entry.error) };
}

/** Where a path lies in the response: at each step, the index of its key among its object's keys. */
function positionOf(path: readonly (string | number)[], data: unknown): number[] {
  const position: number[] = [];
  let at = data;
  for (const key of path) {
    if (typeof key === 'number') {
      position.push(key);
    } else if (typeof at === 'object' && at !== null) {
      position.push(Object.keys(at).indexOf(key));
    } else {
      break; // below a field nulled by an error: the rest cannot be placed
    }
    at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  return position;
}

/** Lexicographic; a position that is a prefix of another ties with it (Array#sort is stable). */
function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  }
  return 0;
}
