/**
 * One conformance case: resolver code and a context in, AppSync's documented output out. Every case names
 * the AWS documentation page its expectation comes from, so a reader can check it against the source.
 */
export interface ConformanceCase {
  readonly name: string;
  /** URL of the AWS documentation page (or section) the expected output is taken from. */
  readonly source: string;
  /** A whole APPSYNC_JS module, as AppSync receives it (ESM, importing only the utils modules). */
  readonly code: string;
  /** The EvaluateCode context. @default {} */
  readonly context?: Record<string, unknown>;
  /** @default 'request' */
  readonly function?: 'request' | 'response';
  /** The clock for `util.time.*` and `Date`, as an ISO-8601 instant. @default '2024-05-01T12:34:56.789Z' */
  readonly now?: string;
  readonly expect: ConformanceExpectation;
}

export type ConformanceExpectation =
  /** The handler returns this value (compared as JSON). */
  | { readonly result: unknown }
  /** `util.error` (or a runtime failure) ends the handler with this message. */
  | { readonly error: string }
  /** AppSync refuses the code when it is saved; a violation's rule or message contains this text. */
  | { readonly rejected: string };
