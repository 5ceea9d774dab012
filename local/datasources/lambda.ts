/**
 * The AWS_LAMBDA data source, with the function's handler run in this process.
 *
 * - `{ operation: 'Invoke', payload }`: the handler receives `payload` (as JSON: a copy, never the engine's
 *   objects) and its return value is `ctx.result`. With `invocationType: 'Event'` nobody waits for it and
 *   `ctx.result` is null.
 * - `{ operation: 'BatchInvoke', payload }`: the engine gathers the resolutions of one field and calls
 *   `invokeBatch`; the handler receives the list of payloads and must return a list of as many results,
 *   one per payload in order.
 * - No request object (`undefined`): a direct Lambda resolver, which sends the resolver context as the event
 *   (see directResolverEvent), in batches the list of those.
 *
 * A handler that throws (or times out) fails the invocation: `ctx.error` is `{ message, type:
 * 'Lambda:Unhandled' }` whatever the error's name or errorType, as AppSync reports every function error.
 * A handler chooses its own error type by returning it instead: coded resolvers raise it with util.error;
 * in a direct resolver's batch, an item `{ errorMessage, errorType, data }` is that item's error.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/tutorial-lambda-resolvers.html#returning-errors
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';

import { isPlainObject } from '../runtime/attribute-values';
import type { BatchCall, BatchingDataSource, DataSourceError, DataSourceResult, InvocationContext } from './data-source';
import { DataSourceConfigError, InvalidRequestError } from './errors';
import { createLambdaContext, type LambdaContext, type LambdaFunctionIdentity } from './lambda-context';

export type LambdaHandler = (event: unknown, context: LambdaContext) => unknown;

/** A handler function, or the module (a path) and export it is loaded from. */
export type HandlerSource = LambdaHandler | { readonly module: string; readonly exportName?: string };

export interface LambdaDataSourceOptions {
  readonly functionName: string;
  readonly handler: HandlerSource;
  /** Lambda's timeout; the handler's promise is abandoned after it. @default 3, Lambda's default */
  readonly timeoutSeconds?: number;
  /** @default 128 */
  readonly memoryLimitInMB?: number;
  /** For the function ARN in the context. @default 'us-east-1' */
  readonly region?: string;
  /** For the function ARN in the context. @default '000000000000' */
  readonly accountId?: string;
  /** Milliseconds since the epoch, for the context's remaining time and timeout messages. @default Date.now */
  readonly clock?: () => number;
  /** @default a random UUID, as Lambda's request IDs are */
  readonly requestId?: () => string;
  /** Loads a handler module by absolute path. @default require */
  readonly loadModule?: (path: string) => unknown;
  /** Receives failures of `Event` invocations, which nobody awaits. @default console.error */
  readonly reportError?: (error: DataSourceError) => void;
}

/** The type AppSync gives an error a Lambda function throws without naming its own `errorType`. */
export const LAMBDA_UNHANDLED = 'Lambda:Unhandled';

/** The local engine's type for a batch answer that is not a list of one result per payload. */
export const LAMBDA_INVALID_BATCH_RESPONSE = 'Lambda:InvalidBatchResponse';

interface LambdaRequest {
  readonly operation: 'Invoke' | 'BatchInvoke';
  readonly payload: unknown;
  readonly invocationType: 'RequestResponse' | 'Event';
}

const REQUEST_ELEMENTS = new Set(['operation', 'payload', 'invocationType', 'version']);

/** The event of a direct Lambda resolver: the resolver context, as AppSync sends it. */
export function directResolverEvent(call: InvocationContext): Record<string, unknown> {
  return {
    arguments: call.arguments,
    identity: call.identity,
    source: call.source,
    request: call.request,
    prev: call.prev ?? null,
    info: call.info,
    stash: call.stash,
  };
}

export function createLambdaDataSource(options: LambdaDataSourceOptions): BatchingDataSource {
  const handler = resolveHandler(options.handler, options.loadModule ?? require);
  const run = invoker(options, handler);
  const reportError = options.reportError ?? ((error) => console.error(`[lambda ${options.functionName}]`, error.message));

  const invokeBatch = async (calls: readonly BatchCall[]): Promise<DataSourceResult[]> => {
    const requests = calls.map(({ request }) => (request === undefined ? undefined : parseLambdaRequest(request)));
    requests.forEach((request, i) => {
      if (request && request.operation !== 'BatchInvoke') throw new InvalidRequestError(`Batch item ${i} is an ${request.operation}, not a BatchInvoke.`);
    });
    const answer = await run(calls.map(({ call }, i) => (requests[i] ? requests[i].payload : directResolverEvent(call))));
    if ('error' in answer) return calls.map(() => answer);
    const results = answer.result;
    if (!Array.isArray(results) || results.length !== calls.length) {
      const error = {
        message: `The function ${options.functionName} answered a batch of ${calls.length} with ${Array.isArray(results) ? `${results.length} results` : 'something other than a list'}.`,
        type: LAMBDA_INVALID_BATCH_RESPONSE,
      };
      return calls.map(() => ({ error }));
    }
    return results.map((item, i) => (requests[i] ? { result: item } : directBatchItem(item)));
  };

  return {
    invokeBatch,
    invoke: async (request, call) => {
      if (request === undefined) return run(directResolverEvent(call));
      const parsed = parseLambdaRequest(request);
      if (parsed.operation === 'BatchInvoke') return (await invokeBatch([{ request, call }]))[0]!;
      if (parsed.invocationType === 'Event') {
        void run(parsed.payload).then((answer) => 'error' in answer && reportError(answer.error));
        return { result: null };
      }
      return run(parsed.payload);
    },
  };
}

/** Runs the handler once: JSON in, JSON out, within the timeout. Never throws. */
function invoker(options: LambdaDataSourceOptions, handler: LambdaHandler): (event: unknown) => Promise<DataSourceResult> {
  const clock = options.clock ?? Date.now;
  const nextRequestId = options.requestId ?? randomUUID;
  const timeoutSeconds = options.timeoutSeconds ?? 3;
  const fn: LambdaFunctionIdentity = {
    functionName: options.functionName,
    region: options.region ?? 'us-east-1',
    accountId: options.accountId ?? '000000000000',
    memoryLimitInMB: options.memoryLimitInMB ?? 128,
  };
  return async (event) => {
    const awsRequestId = nextRequestId();
    const timeoutMs = timeoutSeconds * 1000;
    const context = createLambdaContext(fn, { awsRequestId, deadline: clock() + timeoutMs, clock });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${new Date(clock()).toISOString()} ${awsRequestId} Task timed out after ${timeoutSeconds.toFixed(2)} seconds`)), timeoutMs);
    });
    try {
      const input = asJson(event);
      const output = await Promise.race([Promise.resolve().then(() => handler(input, context)), timedOut]);
      return { result: asJson(output) };
    } catch (error) {
      return { error: { message: errorMessageOf(error), type: errorTypeOf(error) } };
    } finally {
      clearTimeout(timer);
    }
  };
}

/**
 * A thrown error's own `errorType` when it names one (handlers throw such errors to give callers a
 * machine-readable type), else `Lambda:Unhandled`.
 */
function errorTypeOf(error: unknown): string {
  const errorType = (error as { errorType?: unknown } | null)?.errorType;
  return typeof errorType === 'string' && errorType.length > 0 ? errorType : LAMBDA_UNHANDLED;
}

/** A direct resolver's batch item: `{ errorMessage, errorType, data }` is an error, anything else a result. */
function directBatchItem(item: unknown): DataSourceResult {
  if (!isPlainObject(item) || typeof item.errorMessage !== 'string') return { result: item };
  return {
    error: {
      message: item.errorMessage,
      type: typeof item.errorType === 'string' ? item.errorType : LAMBDA_UNHANDLED,
      data: item.data ?? null,
    },
  };
}

function parseLambdaRequest(request: unknown): LambdaRequest {
  if (!isPlainObject(request)) throw new InvalidRequestError('The request object of a Lambda data source must be an object.');
  const { operation, invocationType = 'RequestResponse' } = request;
  if (operation !== 'Invoke' && operation !== 'BatchInvoke') {
    throw new InvalidRequestError(`Unsupported operation '${String(operation)}' for a Lambda data source: expected Invoke or BatchInvoke.`);
  }
  if (invocationType !== 'RequestResponse' && invocationType !== 'Event') {
    throw new InvalidRequestError(`Unsupported invocationType '${String(invocationType)}': expected RequestResponse or Event.`);
  }
  const unknown = Object.keys(request).find((name) => !REQUEST_ELEMENTS.has(name));
  if (unknown !== undefined) throw new InvalidRequestError(`Unsupported element '$[${unknown}]'.`);
  return { operation, payload: request.payload ?? null, invocationType };
}

function resolveHandler(source: HandlerSource, loadModule: (path: string) => unknown): LambdaHandler {
  if (typeof source === 'function') return source;
  const exportName = source.exportName ?? 'handler';
  const path = resolve(source.module);
  let loaded: unknown;
  try {
    loaded = loadModule(path);
  } catch (cause) {
    throw new DataSourceConfigError(`Cannot load the Lambda handler module ${path}: ${errorMessageOf(cause)}`, { cause });
  }
  const handler = isPlainObject(loaded) || typeof loaded === 'function' ? (loaded as Record<string, unknown>)[exportName] : undefined;
  if (typeof handler !== 'function') throw new DataSourceConfigError(`The module ${path} has no function export '${exportName}'.`);
  return handler as LambdaHandler;
}

/** What crosses the Lambda boundary is JSON: a copy, without undefined members or functions. */
function asJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

function errorMessageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
}
