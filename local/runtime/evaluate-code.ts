import { AppSyncRuntime, type AppSyncRuntimeOptions, type HandlerName } from './evaluator';
import { ResolverCodeError } from './errors';
import { buildContext } from './context';

/** The request of AppSync's EvaluateCode API (runtime is always APPSYNC_JS 1.0.0 here). */
export interface EvaluateCodeRequest {
  readonly code: string;
  /** The context as a JSON string, as the API takes it (an object is accepted too). */
  readonly context: string | object;
  /** @default 'request' */
  readonly function?: HandlerName;
}

export interface CodeError {
  readonly errorType: string;
  readonly value: string;
  readonly location?: { readonly line: number; readonly column: number; readonly span: number };
}

/** The response of AppSync's EvaluateCode API: JSON strings where the API returns JSON strings. */
export interface EvaluateCodeResponse {
  readonly evaluationResult?: string;
  readonly error?: { readonly message: string; readonly codeErrors?: readonly CodeError[] };
  readonly logs: readonly string[];
  /** The stash after the handler ran, as a JSON string. */
  readonly stash?: string;
  /** Errors `util.appendError` recorded, as a JSON string. */
  readonly outErrors?: string;
}

/**
 * Local parity for AppSync's EvaluateCode API: runs one handler of `code` against a context and answers
 * what the API answers. A runtime may be passed to reuse its sandbox (and its injected clock and ids).
 */
export function evaluateCode(
  request: EvaluateCodeRequest,
  runtime: AppSyncRuntime | AppSyncRuntimeOptions = {},
): EvaluateCodeResponse {
  const engine = runtime instanceof AppSyncRuntime ? runtime : new AppSyncRuntime(runtime);
  let resolver;
  try {
    resolver = engine.load(request.code, 'code.js');
  } catch (error) {
    if (!(error instanceof ResolverCodeError)) throw error;
    return {
      error: {
        message: 'The code contains one or more errors.',
        codeErrors: error.violations.map((v) => ({
          errorType: v.rule,
          value: v.message,
          location: { line: v.line, column: v.column, span: 0 },
        })),
      },
      logs: [],
    };
  }
  const context = typeof request.context === 'string' ? (JSON.parse(request.context) as object) : request.context;
  const ctx = buildContext(engine.adopt(context));
  const outcome = resolver.run(request.function ?? 'request', ctx);
  const common = {
    logs: outcome.call.logs,
    stash: JSON.stringify(ctx.stash),
    outErrors: JSON.stringify(outcome.call.appendedErrors),
  };
  switch (outcome.status) {
    case 'returned':
      return { evaluationResult: JSON.stringify(outcome.value ?? null), ...common };
    case 'earlyReturn':
      return { evaluationResult: JSON.stringify(outcome.value ?? null), ...common };
    case 'error':
      return { error: { message: outcome.error.message }, ...common };
    case 'runtimeError': {
      const location = outcome.location ? { line: outcome.location.line, column: outcome.location.column, span: 0 } : undefined;
      return {
        error: {
          message: outcome.error.message,
          codeErrors: [{ errorType: outcome.error.errorType ?? 'Error', value: outcome.error.message, location }],
        },
        ...common,
      };
    }
  }
}
