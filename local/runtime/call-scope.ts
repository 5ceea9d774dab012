import type { HandlerError } from './errors';

/** A subscription filter as `extensions.setSubscriptionFilter` receives it. */
export type SubscriptionFilterValue = unknown;

/** What one handler call records besides its return value. */
export interface HandlerCall {
  /** How the request was authorized, as `util.authType()` reports it; undefined outside a request. */
  readonly authType?: string;
  /** Errors recorded by `util.appendError`, in call order. */
  readonly appendedErrors: HandlerError[];
  /** Lines written by `console.log`/`console.error` and friends. */
  readonly logs: string[];
  /** Response headers set through `util.http.addResponseHeader(s)`. */
  readonly responseHeaders: Record<string, string>;
  subscriptionFilter?: SubscriptionFilterValue;
  subscriptionInvalidationFilter?: SubscriptionFilterValue;
  /** `extensions.invalidateSubscriptions` requests, in call order. */
  readonly invalidations: { subscriptionField: string; payload: Record<string, unknown> }[];
  /** `extensions.evictFromApiCache` requests, in call order. */
  readonly cacheEvictions: { typeName: string; fieldName: string; keys: Record<string, unknown> }[];
}

export function newHandlerCall(authType?: string): HandlerCall {
  return { authType, appendedErrors: [], logs: [], responseHeaders: {}, invalidations: [], cacheEvictions: [] };
}

/**
 * The handler call in progress. APPSYNC_JS handlers are synchronous, so at most one call of a runtime is
 * active at any instant: runtime helpers find their call here instead of through a global, and nothing
 * recorded by one call can be seen by another, however requests interleave between handler calls.
 */
export class CallScope {
  private active: HandlerCall | undefined;

  run<T>(call: HandlerCall, body: () => T): T {
    const outer = this.active;
    this.active = call;
    try {
      return body();
    } finally {
      this.active = outer;
    }
  }

  current(): HandlerCall {
    if (!this.active) throw new Error('AppSync runtime helpers can only be called while a handler runs');
    return this.active;
  }
}
