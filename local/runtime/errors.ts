/**
 * Named errors of the APPSYNC_JS runtime. Load-time errors (bundling, rejected code) carry the file and
 * the line; run-time signals (util.error, runtime.earlyReturn) are caught by the evaluator and never
 * escape it.
 */

/** Where a problem sits in resolver code. Lines and columns are 1-based, as editors show them. */
export interface CodeLocation {
  readonly line: number;
  readonly column: number;
}

/** One reason AppSync would refuse a piece of resolver code. */
export interface CodeViolation extends CodeLocation {
  /** The rule that found it, e.g. `@aws-appsync/no-try` or `appsync/import`. */
  readonly rule: string;
  readonly message: string;
}

/** Resolver code that AppSync would reject when the resolver is created or updated. */
export class ResolverCodeError extends Error {
  override readonly name = 'ResolverCodeError';
  constructor(
    readonly fileName: string,
    readonly violations: readonly CodeViolation[],
  ) {
    super(
      `${fileName}: the APPSYNC_JS runtime does not accept this code:\n` +
        violations.map((v) => `  ${fileName}:${v.line}:${v.column} ${v.message} (${v.rule})`).join('\n'),
    );
  }
}

/** A resolver source file that esbuild could not turn into one ESM module. */
export class BundleError extends Error {
  override readonly name = 'BundleError';
  constructor(
    readonly fileName: string,
    detail: string,
  ) {
    super(`${fileName}: cannot bundle resolver: ${detail}`);
  }
}

/** An error as AppSync reports it for a handler: what util.error, util.appendError and util.unauthorized record. */
export interface HandlerError {
  readonly message: string;
  readonly errorType?: string;
  readonly data?: unknown;
  readonly errorInfo?: unknown;
}

/** Thrown by `util.error` and `util.unauthorized`: stops the handler. Caught by the evaluator. */
export class UtilErrorSignal extends Error {
  override readonly name = 'UtilErrorSignal';
  constructor(readonly error: HandlerError) {
    super(error.message);
  }
}

/** Thrown by `runtime.earlyReturn`: stops the handler with a value. Caught by the evaluator. */
export class EarlyReturnSignal extends Error {
  override readonly name = 'EarlyReturnSignal';
  constructor(
    readonly value: unknown,
    readonly skipTo: 'END' | 'NEXT' | undefined,
  ) {
    super('runtime.earlyReturn');
  }
}

/** A runtime helper called with arguments AppSync would refuse (a wrong type, an unknown format, …). */
export class RuntimeArgumentError extends Error {
  override readonly name = 'RuntimeArgumentError';
}
