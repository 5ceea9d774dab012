import type { GraphQLSchema } from 'graphql';
import type { MutationPublication, SubscriptionInvalidation } from '../execution/mutation-publication';
import { subscriptionEvent } from '../execution/subscription-event';
import { matchesArguments } from './argument-filter';
import { matchesFilter } from './filter-evaluation';
import { REALTIME_LIMITS, serverMessages } from './protocol';
import type { ActiveSubscription, SubscriptionRegistry } from './subscription-registry';

export interface EventPublisherOptions {
  readonly schema: GraphQLSchema;
  /** Mutation field → the subscription fields its `@aws_subscribe` lists. */
  readonly triggers: ReadonlyMap<string, readonly string[]>;
  readonly registry: SubscriptionRegistry;
  readonly log: (line: string) => void;
  /** @default {@link REALTIME_LIMITS.payloadBytes} */
  readonly maxPayloadBytes?: number;
}

/**
 * Turns what mutations publish into messages: invalidations end the subscriptions whose invalidation filter
 * matches their payload; a mutation's result goes to the subscriptions its field triggers that pass their
 * enhanced filter, or, when their resolver set none, their arguments. Subscribers with the same query,
 * variables and field rules share one rendering of an event.
 */
export class EventPublisher {
  private readonly maxPayloadBytes: number;

  constructor(private readonly options: EventPublisherOptions) {
    this.maxPayloadBytes = options.maxPayloadBytes ?? REALTIME_LIMITS.payloadBytes;
  }

  publish(publications: readonly MutationPublication[]): void {
    for (const publication of publications) {
      publication.invalidations.forEach((invalidation) => this.invalidate(invalidation));
      // A mutation field that resolved to null (it failed) publishes nothing.
      if (publication.payload == null) continue;
      for (const fieldName of this.options.triggers.get(publication.mutationField) ?? []) {
        this.deliver(fieldName, publication.payload);
      }
    }
  }

  /** "Invalidation filters use the same syntax and logic as enhanced subscription filters." */
  private invalidate({ subscriptionField, payload }: SubscriptionInvalidation): void {
    for (const active of this.options.registry.subscribersOf(subscriptionField)) {
      const filter = active.subscription.invalidationFilter;
      if (filter !== undefined && matchesFilter(filter, payload)) active.invalidate();
    }
  }

  private deliver(fieldName: string, payload: unknown): void {
    const rendered = new Map<string, string | null>();
    for (const active of this.options.registry.subscribersOf(fieldName)) {
      if (!passes(active, payload)) continue;
      let json = rendered.get(active.eventKey);
      if (json === undefined) rendered.set(active.eventKey, (json = this.render(active, payload)));
      if (json !== null) active.send(serverMessages.data(active.id, json));
    }
  }

  /**
   * The serialized `{ data, errors? }` of an event, or null past the payload quota: AppSync drops such an
   * event without telling the subscriber (aws/aws-appsync-community#33, #175); here the log says so.
   */
  private render(active: ActiveSubscription, payload: unknown): string | null {
    const json = JSON.stringify(subscriptionEvent(this.options.schema, active.subscription, payload, active.subscriber.request));
    const bytes = Buffer.byteLength(json);
    if (bytes <= this.maxPayloadBytes) return json;
    this.options.log(`realtime: an event of ${active.subscription.fieldName} was not sent: ${bytes} bytes is over the ${this.maxPayloadBytes}-byte limit`);
    return null;
  }
}

function passes(active: ActiveSubscription, payload: unknown): boolean {
  const { filter, arguments: args } = active.subscription;
  return filter !== undefined ? matchesFilter(filter, payload) : matchesArguments(args, payload);
}
