import { authorizeRequest, type AuthorizedRequest } from '../auth/auth-mode-selection';
import { WEBSOCKET_CONNECT_OPERATION_NAME } from '../auth/lambda-authorizer';
import type { RequestAuthorization } from '../execution/engine';
import type { AuthSetup } from '../server/auth-setup';
import type { HandshakeHeader } from './handshake';

/** Where the API's GraphQL endpoint is: IAM signatures of the real-time channel name paths under it. */
export interface RealtimeAuthContext {
  readonly auth: AuthSetup;
  /** The GraphQL endpoint's path, e.g. `/graphql`. */
  readonly graphqlPath: string;
  readonly remoteAddress: string;
}

/**
 * Authorizes the opening of a connection from its header object, as a request of any of the API's modes.
 * For IAM the client signs "a POST request to `<graphql endpoint>/connect` with the body `{}`"; a Lambda
 * authorizer sees AppSync's connect operation name.
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 * @throws AuthorizationRefusal (rejected promise)
 */
export async function authorizeConnection(context: RealtimeAuthContext, header: HandshakeHeader): Promise<AuthorizedRequest> {
  return authorizeRequest(context.auth.authorization, {
    method: 'POST',
    path: `${context.graphqlPath}/connect`,
    headers: header,
    body: '{}',
    remoteAddress: context.remoteAddress,
    graphql: { query: '', operationName: WEBSOCKET_CONNECT_OPERATION_NAME },
  });
}

/** A subscription's caller: who it is for the resolvers, and a key naming its field rules. */
export interface SubscriberAuthorization {
  readonly authorized: AuthorizedRequest;
  readonly request: RequestAuthorization;
  /** Subscribers with the same key get the same fields of an event. */
  readonly accessKey: string;
}

/**
 * Authorizes one `start` from its `extensions.authorization` object: each subscription of a connection is
 * authorized on its own, in any of the API's modes. For IAM the client signs a POST to the GraphQL endpoint
 * whose body is the message's `payload.data`.
 * @throws AuthorizationRefusal (rejected promise)
 */
export async function authorizeSubscription(
  context: RealtimeAuthContext,
  authorization: HandshakeHeader,
  data: string,
  graphql: { readonly query: string; readonly operationName?: string; readonly variables?: Readonly<Record<string, unknown>> },
): Promise<SubscriberAuthorization> {
  const authorized = await authorizeRequest(context.auth.authorization, {
    method: 'POST',
    path: context.graphqlPath,
    headers: authorization,
    body: data,
    remoteAddress: context.remoteAddress,
    graphql,
  });
  const fields = context.auth.fields.forRequest(authorized);
  return {
    authorized,
    request: { identity: authorized.identity, authType: authorized.authTypeLabel, isFieldAllowed: fields.isFieldAllowed },
    accessKey: [authorized.mode, [...authorized.cognitoGroups].sort().join(','), [...authorized.deniedFields].sort().join(',')].join('|'),
  };
}
