/**
 * The contract between the engine and a resolver's data source. A request handler returns a request object;
 * the engine hands it to the data source, and what comes back reaches the response handler as `ctx.result`
 * and `ctx.error`.
 *
 * Failures of the data source itself (a failed condition, a Lambda that threw, an unreachable endpoint) are
 * NOT thrown: they are returned as `{ error }`, as AppSync only puts them into `ctx.error` and lets the
 * response handler decide. `invoke` throws only when the request object is one AppSync would refuse before
 * calling the source (see `errors.ts`); the response handler does not run then.
 *
 * A source that needs no I/O (NONE) answers synchronously: a field whose resolvers all do then resolves
 * without a promise, which keeps the execution of the request on its cheaper synchronous path.
 */

/** What AppSync puts into `ctx.error`, plus what the source leaves in `ctx.result` beside it. */
export interface DataSourceError {
  readonly message: string;
  /** e.g. `DynamoDB:ConditionalCheckFailedException`, `Lambda:Unhandled`. */
  readonly type: string;
  /** What `ctx.result` holds beside the error (the current item, the cancellation reasons, …). */
  readonly data?: unknown;
}

export type DataSourceResult = { readonly result: unknown } | { readonly error: DataSourceError };

/**
 * The parts of the resolver context a data source may need (a direct Lambda resolver sends them as its
 * event). The runtime's `ResolverContext` has them all, so the engine can pass `ctx` as it is.
 */
export interface InvocationContext {
  readonly arguments: Record<string, unknown>;
  readonly identity: unknown;
  readonly source: unknown;
  readonly request: { readonly headers: Record<string, string>; readonly domainName: string | null };
  readonly info: {
    readonly fieldName: string;
    readonly parentTypeName: string;
    readonly variables: Record<string, unknown>;
    readonly selectionSetList: readonly string[];
    readonly selectionSetGraphQL: string;
  };
  readonly prev?: { readonly result: unknown } | null;
  readonly stash: Record<string, unknown>;
}

export interface DataSource {
  invoke(request: unknown, call: InvocationContext): DataSourceResult | Promise<DataSourceResult>;
}

/** One field resolution inside a batch: its request object and its context. */
export interface BatchCall {
  readonly request: unknown;
  readonly call: InvocationContext;
}

/**
 * A source that can serve several resolutions of the same field with one call (Lambda's `BatchInvoke`).
 * The answer has one result per call, in the calls' order.
 */
export interface BatchingDataSource extends DataSource {
  invokeBatch(calls: readonly BatchCall[]): Promise<DataSourceResult[]>;
}
