import { GraphQLError, type SourceLocation } from 'graphql';

/** An error in the shape AppSync returns in a response's `errors` list. */
export interface AppSyncError {
  readonly path: readonly (string | number)[] | null;
  readonly data: unknown;
  readonly errorType: string | null;
  readonly errorInfo: unknown;
  readonly locations: readonly { readonly line: number; readonly column: number; readonly sourceName: null }[] | null;
  readonly message: string;
}

/**
 * The one error class of execution: what a field resolution ends with (util.error, an unauthorized field,
 * a failed handler). graphql-js adds the path and locations; {@link toAppSyncError} gives AppSync's shape.
 */
export class FieldError extends Error {
  override readonly name = 'FieldError';
  constructor(
    message: string,
    readonly errorType: string | null,
    readonly data: unknown = null,
    readonly errorInfo: unknown = null,
  ) {
    super(message);
  }
}

export function notAuthorized(fieldName: string, typeName: string): FieldError {
  return new FieldError(`Not Authorized to access ${fieldName} on type ${typeName}`, 'Unauthorized');
}

export function toAppSyncError(error: GraphQLError): AppSyncError {
  const original = error.originalError;
  const fieldError = original instanceof FieldError ? original : undefined;
  return {
    path: error.path ?? null,
    data: fieldError?.data ?? null,
    errorType: fieldError ? fieldError.errorType : (error.extensions?.errorType as string | undefined) ?? null,
    errorInfo: fieldError?.errorInfo ?? null,
    locations: locationsOf(error.locations),
    message: error.message,
  };
}

export function locationsOf(locations: readonly SourceLocation[] | undefined): AppSyncError['locations'] {
  return locations ? locations.map(({ line, column }) => ({ line, column, sourceName: null })) : null;
}

/** A request refused as a whole (bad document, auth failure): no data, one or more errors. */
export function requestError(message: string, errorType: string | null, locations?: readonly SourceLocation[]): AppSyncError {
  return { path: null, data: null, errorType, errorInfo: null, locations: locationsOf(locations), message };
}

export { GraphQLError };
