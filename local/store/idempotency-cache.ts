/**
 * ClientRequestToken idempotency of TransactWriteItems, as the API reference describes it: a token is valid
 * for 10 minutes after the first request that used it completed; within that window the same request returns
 * the first result without applying anything again, and the same token with other parameters fails with
 * IdempotentParameterMismatchException. A request whose first use is still running fails with
 * TransactionInProgressException.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 *
 * Only successful requests are remembered: a cancelled transaction changed nothing, so running it again is
 * what a retry means.
 */
import { DynamoDbError } from './errors';
import type { JsonObject } from './dynalite-internals';
import { toWireJson } from './json';

export const IDEMPOTENCY_WINDOW_MS = 10 * 60 * 1000;

interface CompletedRequest {
  readonly fingerprint: string;
  readonly result: JsonObject;
  readonly expiresAt: number;
}

export class IdempotencyCache {
  /** Insertion order is completion order, so expired entries are always at the front. */
  private readonly completed = new Map<string, CompletedRequest>();
  private readonly running = new Set<string>();

  constructor(private readonly clock: () => number) {}

  /**
   * Runs `execute` once per token and request. `fingerprint` identifies the request's parameters (everything
   * but the token).
   */
  async run(token: string | undefined, fingerprint: string, execute: () => Promise<JsonObject>): Promise<JsonObject> {
    if (token === undefined) return execute();
    this.forgetExpired();
    const earlier = this.completed.get(token);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
        throw DynamoDbError.service(
          'IdempotentParameterMismatchException',
          'The request uses the same client token as a previous, but non-identical request.',
        );
      }
      return toWireJson(earlier.result);
    }
    if (this.running.has(token)) {
      throw DynamoDbError.service('TransactionInProgressException', 'The transaction with the given request token is already in progress.');
    }
    this.running.add(token);
    try {
      const result = await execute();
      this.completed.set(token, { fingerprint, result: toWireJson(result), expiresAt: this.clock() + IDEMPOTENCY_WINDOW_MS });
      return result;
    } finally {
      this.running.delete(token);
    }
  }

  private forgetExpired(): void {
    const now = this.clock();
    for (const [token, entry] of this.completed) {
      if (entry.expiresAt > now) break;
      this.completed.delete(token);
    }
  }
}
