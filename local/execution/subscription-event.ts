import { executeSync, getNamedType, isObjectType, type GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { GraphQLResponse, RequestAuthorization } from './engine';
import { notAuthorized, toAppSyncError, type AppSyncError } from './errors';
import { nonNullError, type StartedSubscription } from './subscription-start';

/** The field rules of the subscriber, who may have subscribed with another auth mode than the mutation's caller. */
export type SubscriberAccess = Pick<RequestAuthorization, 'isFieldAllowed'>;

/**
 * What one subscriber receives for a published payload: its own selection set read from the payload (no
 * resolver runs), under its own field rules: a field it may not read is null with AppSync's
 * `Not Authorized to access …` error, and a null in a non-null position (a field the mutation did not
 * select) gives AppSync's "Cannot return null for non-nullable type" error, as subscribers see it.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html
 */
export function subscriptionEvent(
  schema: GraphQLSchema,
  subscription: StartedSubscription,
  payload: unknown,
  access: SubscriberAccess,
): GraphQLResponse {
  const result = executeSync({
    schema,
    document: subscription.document,
    operationName: subscription.operationName,
    variableValues: subscription.variables,
    rootValue: { [subscription.fieldName]: payload },
    contextValue: access,
    fieldResolver: readPublishedField,
  });
  const data = (result.data as Record<string, unknown> | null | undefined) ?? null;
  const errors = (result.errors ?? []).map((error) => eventError(schema, error));
  return errors.length > 0 ? { data, errors } : { data };
}

const readPublishedField: GraphQLFieldResolver<unknown, SubscriberAccess> = (source, _args, access, info) => {
  if (!access.isFieldAllowed(info.parentType.name, info.fieldName)) throw notAuthorized(info.fieldName, info.parentType.name);
  return (source as Record<string, unknown>)[info.fieldName];
};

const GRAPHQL_JS_NON_NULL = /^Cannot return null for non-nullable field ([_A-Za-z][_0-9A-Za-z]*)\.([_A-Za-z][_0-9A-Za-z]*)\.$/;

function eventError(schema: GraphQLSchema, error: GraphQLError): AppSyncError {
  const nonNull = GRAPHQL_JS_NON_NULL.exec(error.message);
  const parent = nonNull ? schema.getType(nonNull[1]) : undefined;
  const field = isObjectType(parent) ? parent.getFields()[nonNull![2]] : undefined;
  if (!field || !error.path) return toAppSyncError(error);
  return nonNullError(getNamedType(field.type).name, parent!.name, error.path);
}
