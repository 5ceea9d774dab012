import type { FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { HandlerCall } from '../runtime/call-scope';
import { requestError, type AppSyncError } from './errors';
import { selectedFields } from './selection-set';

/** `extensions.invalidateSubscriptions({ subscriptionField, payload })`, as a mutation's resolver called it. */
export interface SubscriptionInvalidation {
  readonly subscriptionField: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** What one root field of a mutation publishes to the real-time layer. */
export interface MutationPublication {
  /** The mutation field's name (not its alias): `@aws_subscribe(mutations: [...])` names fields. */
  readonly mutationField: string;
  /** The field's result as subscribers get it (see {@link payloadOfSelection}); null when it resolved to null. */
  readonly payload: unknown;
  readonly invalidations: readonly SubscriptionInvalidation[];
}

/** A handler call of a root field, by the field's response key. */
export interface RootFieldCall {
  readonly responseKey: string;
  readonly call: HandlerCall;
}

/**
 * "You can only use up to five unique `extensions.invalidateSubscriptions()` method invocations in a single
 * request. If you exceed this limit, you will receive a GraphQL error."
 * https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html
 */
export const MAX_INVALIDATIONS_PER_REQUEST = 5;

/**
 * The publications of a mutation request, one per root field, and the error of the invalidation limit
 * (the first five unique invalidations are kept; the wording of the error is ours, AWS does not give it).
 */
export function mutationPublications(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  data: Readonly<Record<string, unknown>> | null | undefined,
  calls: readonly RootFieldCall[],
): { publications: MutationPublication[]; errors: AppSyncError[] } {
  const publications = selectedFields([operation.selectionSet], fragments)
    .filter((field) => !field.name.value.startsWith('__'))
    .map((field): MutationPublication => {
      const responseKey = (field.alias ?? field.name).value;
      return {
        mutationField: field.name.value,
        payload: payloadOfSelection(data?.[responseKey] ?? null, field.selectionSet, fragments),
        invalidations: calls.filter((entry) => entry.responseKey === responseKey).flatMap((entry) => entry.call.invalidations),
      };
    });
  const keyOf = (invalidation: SubscriptionInvalidation) => JSON.stringify(invalidation);
  const unique = [...new Set(publications.flatMap((publication) => publication.invalidations.map(keyOf)))];
  if (unique.length <= MAX_INVALIDATIONS_PER_REQUEST) return { publications, errors: [] };
  const kept = new Set(unique.slice(0, MAX_INVALIDATIONS_PER_REQUEST));
  return {
    publications: publications.map((publication) => ({
      ...publication,
      invalidations: publication.invalidations.filter((invalidation) => kept.has(keyOf(invalidation))),
    })),
    errors: [
      requestError(
        `A request may make at most ${MAX_INVALIDATIONS_PER_REQUEST} unique extensions.invalidateSubscriptions() calls; this one made ${unique.length}.`,
        'InvalidationLimitExceeded',
      ),
    ],
  };
}

/**
 * A mutation field's value as AppSync publishes it: "the mutation selection set is sent to subscribers",
 * so the payload holds exactly what the mutation selected, keyed by field names rather than the
 * mutation's aliases. Subscribers' own selections are then read from it; a field the mutation did not
 * select is null for every subscriber.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html
 */
export function payloadOfSelection(
  value: unknown,
  selectionSet: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): unknown {
  if (selectionSet === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => payloadOfSelection(item, selectionSet, fragments));
  const source = value as Record<string, unknown>;
  const payload: Record<string, unknown> = {};
  for (const field of selectedFields([selectionSet], fragments)) {
    const responseKey = (field.alias ?? field.name).value;
    const name = field.name.value;
    // The same field selected twice (under two aliases) publishes its first selection.
    if (!Object.hasOwn(source, responseKey) || Object.hasOwn(payload, name)) continue;
    payload[name] = payloadOfSelection(source[responseKey], field.selectionSet, fragments);
  }
  return payload;
}
