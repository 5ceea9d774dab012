import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isNonNullType,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { HandlerCall } from '../runtime/call-scope';
import { requestError, toAppSyncError, type AppSyncError, type FieldError } from './errors';
import { fragmentsOf } from './document-cache';
import { selectedFields } from './selection-set';

/** What a `start` message subscribes to: one field of the Subscription type and the values it was given. */
export interface SubscriptionRoot {
  readonly fieldName: string;
  readonly arguments: Record<string, unknown>;
  /** As graphql-js would hand it to the field's resolver, so the engine resolves it as any other root field. */
  readonly info: GraphQLResolveInfo;
}

/** A subscription that started: what later decides which published events reach it, and how they look. */
export interface StartedSubscription {
  readonly fieldName: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  /** Set by the field's resolver with `extensions.setSubscriptionFilter`. */
  readonly filter?: unknown;
  /** Set by the field's resolver with `extensions.setSubscriptionInvalidationFilter`. */
  readonly invalidationFilter?: unknown;
  /** The subscriber's document, operation and variables: events are shaped by its selection set. */
  readonly document: DocumentNode;
  readonly operationName?: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

export type SubscribeOutcome = { readonly subscription: StartedSubscription } | { readonly errors: readonly AppSyncError[] };

/**
 * The root field of a validated subscription request, with its coerced arguments. Queries and mutations
 * are refused as AppSync refuses them on the real-time endpoint ("… not supported through the realtime
 * channel", errorType `UnsupportedOperation`; the wording was seen from AppSync, not documented).
 */
export function subscriptionRoot(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: { readonly operationName?: string | null; readonly variables?: Record<string, unknown> | null },
): SubscriptionRoot | { readonly errors: readonly AppSyncError[] } {
  const operationName = request.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    const message = operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.';
    return { errors: [requestError(message, 'ValidationError')] };
  }
  const subscriptionType = schema.getSubscriptionType();
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION || !subscriptionType) {
    return { errors: [requestError(`${operation.operation} not supported through the realtime channel`, 'UnsupportedOperation')] };
  }
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  if (variables.errors) return { errors: variables.errors.map((e) => requestError(e.message, 'ValidationError', e.locations)) };

  const fragments = fragmentsOf(document);
  // Validation (SingleFieldSubscriptionsRule) leaves exactly one root field.
  const fieldNode: FieldNode = selectedFields([operation.selectionSet], fragments)[0];
  const fieldName = fieldNode.name.value;
  const field = subscriptionType.getFields()[fieldName];
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, fieldNode, variables.coerced);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { errors: [requestError(error.message, 'ValidationError', error.locations)] };
  }
  const info: GraphQLResolveInfo = {
    fieldName,
    fieldNodes: [fieldNode],
    returnType: field.type,
    parentType: subscriptionType,
    path: { prev: undefined, key: (fieldNode.alias ?? fieldNode.name).value, typename: subscriptionType.name },
    schema,
    fragments,
    rootValue: {},
    operation,
    variableValues: variables.coerced,
  };
  return { fieldName, arguments: args, info };
}

/**
 * How a subscribe ends once the root field was resolved: any error refuses the subscription; otherwise
 * the filters its resolver set are kept. AppSync resolves the subscription field when the subscription
 * starts, so a non-null subscription field fails unless its resolver returns a value (a value that is never
 * sent), with AppSync's wording for a null in a non-null position.
 */
export function subscribeOutcome(
  root: SubscriptionRoot,
  resolved: { readonly value: unknown } | { readonly error: FieldError },
  appended: readonly AppSyncError[],
  calls: readonly HandlerCall[],
  request: { readonly document: DocumentNode; readonly operationName?: string | null; readonly variables?: Record<string, unknown> | null },
): SubscribeOutcome {
  const { info } = root;
  if ('error' in resolved) {
    const error = resolved.error;
    return { errors: [toAppSyncError(new GraphQLError(error.message, { nodes: info.fieldNodes, path: [info.path.key], originalError: error }))] };
  }
  if (appended.length > 0) return { errors: appended };
  if (resolved.value == null && isNonNullType(info.returnType)) {
    return { errors: [nonNullError(getNamedType(info.returnType).name, info.parentType.name, [info.path.key])] };
  }
  const lastSet = (read: (call: HandlerCall) => unknown) => calls.map(read).filter((filter) => filter !== undefined).pop();
  return {
    subscription: {
      fieldName: root.fieldName,
      arguments: root.arguments,
      filter: lastSet((call) => call.subscriptionFilter),
      invalidationFilter: lastSet((call) => call.subscriptionInvalidationFilter),
      document: request.document,
      operationName: request.operationName ?? undefined,
      variables: request.variables ?? {},
    },
  };
}

/** AppSync's error for a null in a non-null position of a subscription's response. */
export function nonNullError(typeName: string, parentTypeName: string, path: readonly (string | number)[]): AppSyncError {
  return {
    ...requestError(`Cannot return null for non-nullable type: '${typeName}' within parent '${parentTypeName}' (/${path.join('/')})`, null),
    path,
  };
}
