/**
 * Errors of `util.transform`. A filter object the helpers cannot read is not an error for the resolver:
 * AppSync answers `null`, so `UnreadableFilterError` never leaves this folder.
 */

/** Thrown while reading a filter AppSync cannot use; the helper's entry point turns it into `null`. */
export class UnreadableFilterError extends Error {
  override readonly name = 'UnreadableFilterError';
}

/** A subscription filter outside the documented operators, value types or limits. */
export class SubscriptionFilterError extends Error {
  override readonly name = 'SubscriptionFilterError';
}
