/**
 * The errors ToyApi answers with. Every error a resolver or Lambda handler raises has one of these
 * `errorType`s (docs/data-model.md, "Errors"); a ValidationError names the offending input field in
 * `errorInfo.field`. Helpers here only describe the problem; `raise` (raise.ts) ends the handler with it.
 */
export const ErrorType = {
  validation: 'ValidationError',
  notFound: 'NotFound',
  conflict: 'Conflict',
  unauthorized: 'Unauthorized',
  internal: 'InternalError',
} as const;

export type ErrorTypeName = (typeof ErrorType)[keyof typeof ErrorType];

export interface Problem {
  readonly errorType: ErrorTypeName;
  readonly message: string;
  /** The input field at fault (ValidationError). */
  readonly field?: string;
}

export function invalid(field: string, message: string): Problem {
  return { errorType: ErrorType.validation, message, field };
}

/** What every unreadable or missing item answers, so callers cannot tell the two apart. */
export function itemNotFound(id: string): Problem {
  return { errorType: ErrorType.notFound, message: `Item '${id}' not found.` };
}

export function notFound(message: string): Problem {
  return { errorType: ErrorType.notFound, message };
}

export function conflict(message: string): Problem {
  return { errorType: ErrorType.conflict, message };
}

export function unauthorized(message: string): Problem {
  return { errorType: ErrorType.unauthorized, message };
}

export function versionConflict(id: string, expectedVersion: number): Problem {
  return conflict(`Item '${id}' is no longer at version ${expectedVersion}: read it again and retry.`);
}

export const INTERNAL_ERROR: Problem = { errorType: ErrorType.internal, message: 'The request could not be completed. Try again later.' };

/** A `ctx.result` or Lambda answer that either holds data or a problem. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failed<T>(problem: Problem): Outcome<T> {
  return { ok: false, problem };
}
