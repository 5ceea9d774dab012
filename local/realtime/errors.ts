/** Named errors of the real-time layer. Protocol-level refusals are messages, not errors: see protocol.ts. */

/** A schema AppSync would refuse for its subscriptions (`@aws_subscribe` naming what cannot publish to it). */
export class SubscriptionSchemaError extends Error {
  override readonly name = 'SubscriptionSchemaError';
  constructor(readonly problems: readonly string[]) {
    super(`The schema's subscriptions are not valid for AppSync:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
}
