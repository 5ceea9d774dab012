import type { StartedSubscription } from '../execution/subscription-start';
import type { SubscriberAuthorization } from './request-authorization';

/** A started subscription of one connection, as the publisher reaches it. */
export interface ActiveSubscription {
  /** The `id` of its `start` message. */
  readonly id: string;
  readonly subscription: StartedSubscription;
  readonly subscriber: SubscriberAuthorization;
  /** Subscribers with equal keys get the same event for a payload (same document, variables, field rules). */
  readonly eventKey: string;
  /** Sends one serialized message on its connection. */
  send(message: string): void;
  /** Ends it from the server's side, as an invalidation does. */
  invalidate(): void;
}

/** Every active subscription of the endpoint, by subscription field. */
export class SubscriptionRegistry {
  private readonly byField = new Map<string, Set<ActiveSubscription>>();

  add(active: ActiveSubscription): void {
    const field = active.subscription.fieldName;
    let set = this.byField.get(field);
    if (!set) this.byField.set(field, (set = new Set()));
    set.add(active);
  }

  remove(active: ActiveSubscription): void {
    this.byField.get(active.subscription.fieldName)?.delete(active);
  }

  /** A snapshot: delivering or invalidating may remove subscriptions while it is walked. */
  subscribersOf(fieldName: string): ActiveSubscription[] {
    return [...(this.byField.get(fieldName) ?? [])];
  }
}
