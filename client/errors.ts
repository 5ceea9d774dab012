/** One entry of an AppSync response's `errors` list, as AppSync shapes it. */
export interface AppSyncErrorEntry {
  /** AppSync's classification (`Unauthorized`, `UnauthorizedException`, or the API's own, e.g. `NotFound`). */
  readonly errorType: string | null;
  readonly message: string;
  /** The field the error belongs to; null for errors of the request as a whole. */
  readonly path: readonly (string | number)[] | null;
  /** What the resolver passed to `util.error` as data, cut to the selection. */
  readonly data?: unknown;
  readonly errorInfo?: unknown;
  readonly locations?: readonly { readonly line: number; readonly column: number }[] | null;
}

/**
 * A ToyApi call that did not fully succeed: AppSync's errors as they came, the HTTP status, and any
 * partial data (GraphQL errors arrive with HTTP 200 and may leave other fields resolved).
 */
export class ToyApiError extends Error {
  override readonly name = 'ToyApiError';

  constructor(
    readonly errors: readonly AppSyncErrorEntry[],
    readonly status: number,
    readonly data: unknown = null,
  ) {
    super(errors.map((error) => (error.errorType ? `${error.errorType}: ${error.message}` : error.message)).join('; '));
  }

  /** The first error's type: the one to branch on when a call fails for one reason. */
  get errorType(): string | null {
    return this.errors[0]?.errorType ?? null;
  }

  /** The errors reported at `path` or below it (e.g. `['createItems', 2]`). */
  errorsAt(...path: readonly (string | number)[]): AppSyncErrorEntry[] {
    return this.errors.filter((error) => error.path !== null && path.every((part, index) => error.path?.[index] === part));
  }
}
