import { isPromise } from 'graphql/jsutils/isPromise';
import type { DataSource, DataSourceResult } from '../datasources/data-source';
import type { HandlerCall } from '../runtime/call-scope';
import type { HandlerError } from '../runtime/errors';
import type { HandlerName, HandlerOutcome, LoadedResolver, RunOptions } from '../runtime/evaluator';
import type { ContextInput, ResolverContext } from '../runtime/context';
import { UNAUTHORIZED_MESSAGE } from '../runtime/util/core';
import { FieldError, notAuthorized } from './errors';

/** What a field's resolver calls to reach its data source: a result, or an error for `ctx.error`. */
export type DataSourceInvoker = DataSource;

export interface UnitResolver {
  readonly kind: 'UNIT';
  readonly module: LoadedResolver;
  readonly dataSource: DataSourceInvoker;
}

export interface PipelineFunction {
  readonly name: string;
  readonly module: LoadedResolver;
  readonly dataSource: DataSourceInvoker;
}

export interface PipelineResolver {
  readonly kind: 'PIPELINE';
  readonly module: LoadedResolver;
  readonly functions: readonly PipelineFunction[];
}

export type ExecutableResolver = UnitResolver | PipelineResolver;

/**
 * One field's resolution: its context (without stash or results, and `arguments` only: `args` is the same
 * object) and where appended errors and headers go.
 */
export interface FieldRun {
  readonly context: ContextInput;
  readonly options: RunOptions;
  appendError(error: HandlerError): void;
  /** Receives the response headers a handler set with `util.http.addResponseHeader(s)`. */
  addResponseHeaders(headers: Readonly<Record<string, string>>): void;
  /** Sees every handler call with what it recorded: subscription filters, invalidations. */
  onHandlerCall?(call: HandlerCall): void;
  /** The `data` of a `util.error`, as the response carries it (cut down to the field's selection). */
  errorData(data: unknown): unknown;
}

type Step = { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'early'; readonly value: unknown; readonly skipTo?: 'END' | 'NEXT' };

/**
 * Runs a unit or pipeline resolver as AppSync does: request handler → data source → response handler,
 * or before → functions → after with `ctx.prev.result` carried along and one stash for the whole run.
 * `util.error` and failures of the code end the field with a {@link FieldError}; data source errors only
 * reach `ctx.error`. The answer is synchronous when every data source on the way answered synchronously
 * (NONE does), so the field and the request can complete without a promise; a promise otherwise.
 *
 * No closure here is bound to a name: the engine runs through tsx, whose esbuild `keepNames` turns each
 * named closure into an `Object.defineProperty` call, about 0.3 µs every time a resolver runs.
 */
export function runResolver(resolver: ExecutableResolver, run: FieldRun): unknown {
  // One context in the sandbox realm for the whole run: `args` and `arguments` stay one object, as the stash does.
  const ctx = resolver.module.adoptContext(run.context);
  if (resolver.kind === 'UNIT') {
    const step = runHandlers(resolver.module, resolver.dataSource, ctx, run);
    return isPromise(step) ? step.then(valueOf) : step.value;
  }
  const before = runHandler(resolver.module, 'request', ctx, run);
  ctx.prev = { result: before.value };
  if (before.kind === 'value') {
    const functionsRun = runFunctions(resolver.functions, 0, ctx, run);
    if (isPromise(functionsRun)) return functionsRun.then(() => runAfter(resolver.module, ctx, run));
  }
  return runAfter(resolver.module, ctx, run);
}

function valueOf(step: Step): unknown {
  return step.value;
}

/** The pipeline's functions from `index` on, each seeing the previous one's result in `ctx.prev`. */
function runFunctions(functions: readonly PipelineFunction[], index: number, ctx: ResolverContext, run: FieldRun): void | Promise<void> {
  for (let at = index; at < functions.length; at += 1) {
    const step = runHandlers(functions[at]!.module, functions[at]!.dataSource, ctx, run);
    if (isPromise(step)) return step.then((done) => (carry(done, ctx) ? undefined : runFunctions(functions, at + 1, ctx, run)));
    if (carry(step, ctx)) return;
  }
}

/** Hands a function's result on; true when it ends the pipeline's functions (`earlyReturn` with skipTo END). */
function carry(step: Step, ctx: ResolverContext): boolean {
  ctx.prev = { result: step.value };
  return step.kind === 'early' && step.skipTo === 'END';
}

/** The pipeline's after handler, which sees the last function's result in `ctx.prev` only. */
function runAfter(module: LoadedResolver, ctx: ResolverContext, run: FieldRun): unknown {
  delete ctx.result;
  delete ctx.error;
  return runHandler(module, 'response', ctx, run).value;
}

/** request → data source → response of a unit resolver or a pipeline function. */
function runHandlers(module: LoadedResolver, dataSource: DataSourceInvoker, ctx: ResolverContext, run: FieldRun): Step | Promise<Step> {
  delete ctx.result;
  delete ctx.error;
  const request = runHandler(module, 'request', ctx, run);
  if (request.kind === 'early') return request;
  let answer;
  try {
    answer = dataSource.invoke(request.value, ctx);
  } catch (error) {
    throw refusal(error);
  }
  if (!isPromise(answer)) return respond(module, ctx, run, answer);
  return answer.then(
    (settled) => respond(module, ctx, run, settled),
    (error: unknown) => {
      throw refusal(error);
    },
  );
}

/** The response handler, with what the data source answered in `ctx.result` and `ctx.error`. */
function respond(module: LoadedResolver, ctx: ResolverContext, run: FieldRun, answer: DataSourceResult): Step {
  if ('error' in answer) {
    ctx.error = module.adopt({ message: answer.error.message, type: answer.error.type });
    ctx.result = module.adopt(answer.error.data ?? null);
  } else {
    ctx.result = module.adopt(answer.result);
  }
  return runHandler(module, 'response', ctx, run);
}

/** A request object AppSync refuses before calling the source ends the field; the response handler does not run. */
function refusal(error: unknown): unknown {
  const errorType = (error as { errorType?: unknown } | null)?.errorType;
  return typeof errorType === 'string' ? new FieldError((error as Error).message, errorType) : error;
}

/** Runs one handler and turns how it ended into the next step, or the error that ends the field. */
function runHandler(module: LoadedResolver, handler: HandlerName, ctx: ResolverContext, run: FieldRun): Step {
  const outcome = module.run(handler, ctx, run.options);
  for (const error of outcome.call.appendedErrors) run.appendError(error);
  run.addResponseHeaders(outcome.call.responseHeaders);
  run.onHandlerCall?.(outcome.call);
  switch (outcome.status) {
    case 'returned':
      return { kind: 'value', value: outcome.value };
    case 'earlyReturn':
      return { kind: 'early', value: outcome.value, skipTo: outcome.skipTo };
    case 'error': {
      const { message, errorType, data, errorInfo } = outcome.error;
      if (errorType === 'Unauthorized' && message === UNAUTHORIZED_MESSAGE) {
        throw notAuthorized(run.context.info.fieldName, run.context.info.parentTypeName);
      }
      throw new FieldError(message, errorType ?? null, run.errorData(data ?? null), errorInfo ?? null);
    }
    case 'runtimeError':
      throw codeError(outcome, module.fileName);
  }
}

/**
 * A failure of the code itself, as AppSync reports it: errorType `Code` and `<file>:<line>:<column>:
 * <ErrorName>: <message>` (aws/aws-appsync-community#328). AppSync names the deployed `code.js` and
 * positions in it; here the file is the resolver's, and the position is in its source.
 */
function codeError(outcome: Extract<HandlerOutcome, { status: 'runtimeError' }>, fileName: string): FieldError {
  const { message, errorType = 'Error' } = outcome.error;
  const where = outcome.location ? `${fileName}:${outcome.location.line}:${outcome.location.column}: ` : '';
  return new FieldError(`${where}${errorType}: ${message}`, 'Code');
}
