/**
 * The messages of AppSync's real-time WebSocket protocol for GraphQL subscriptions (subprotocol
 * `graphql-ws`: AppSync's own message set, not the graphql-ws library's), as the developer guide lists them.
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 */

/** The subprotocol a client must offer. */
export const GRAPHQL_WS_PROTOCOL = 'graphql-ws';

/** `connection_ack`'s `connectionTimeoutMs`: how long a client waits for a `ka` before it gives up. */
export const CONNECTION_TIMEOUT_MS = 300_000;

/** AppSync's quotas for real-time subscriptions. https://docs.aws.amazon.com/general/latest/gr/appsync.html */
export const REALTIME_LIMITS = {
  subscriptionsPerConnection: 100,
  /** Bytes of one event's payload. */
  payloadBytes: 240 * 1024,
} as const;

/** One error object of a `connection_error` or `error` message. */
export interface ProtocolErrorBody {
  readonly errorType: string;
  readonly message?: string;
  /** HTTP-like status AppSync puts on connection and authorization errors (clients retry unless 400/401/403). */
  readonly errorCode?: number;
}

/** What a client sends. */
export type ClientMessage =
  | { readonly type: 'connection_init' }
  | {
      readonly type: 'start';
      readonly id: string;
      readonly payload: { readonly data: string; readonly extensions?: { readonly authorization?: unknown } };
    }
  | { readonly type: 'stop'; readonly id: string };

/** Why a client message cannot be read; answered with an `error` message. */
export class MalformedMessageError extends Error {
  override readonly name = 'MalformedMessageError';
  constructor(
    message: string,
    readonly errorType: 'BadRequestException' | 'UnsupportedOperation',
    /** The message's `id`, when it had one. */
    readonly id?: string,
  ) {
    super(message);
  }
}

/** @throws MalformedMessageError */
export function parseClientMessage(text: string): ClientMessage {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    throw new MalformedMessageError('The message is not valid JSON.', 'BadRequestException');
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new MalformedMessageError('The message must be a JSON object.', 'BadRequestException');
  }
  const { type, id, payload } = message as { type?: unknown; id?: unknown; payload?: unknown };
  const messageId = typeof id === 'string' ? id : undefined;
  switch (type) {
    case 'connection_init':
      return { type };
    case 'start': {
      if (!messageId) throw new MalformedMessageError('A start message needs a string id.', 'BadRequestException');
      const data = (payload as { data?: unknown } | null | undefined)?.data;
      if (typeof data !== 'string') {
        throw new MalformedMessageError('A start message needs payload.data: a JSON string of { query, variables }.', 'BadRequestException', messageId);
      }
      return { type, id: messageId, payload: payload as { data: string; extensions?: { authorization?: unknown } } };
    }
    case 'stop':
      if (!messageId) throw new MalformedMessageError('A stop message needs a string id.', 'BadRequestException');
      return { type, id: messageId };
    default:
      throw new MalformedMessageError(`${String(type)} is not a message type of the realtime channel`, 'UnsupportedOperation', messageId);
  }
}

/** What a `start` message's `payload.data` holds. */
export interface SubscriptionRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

/** @throws MalformedMessageError */
export function parseSubscriptionRequest(id: string, data: string): SubscriptionRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw new MalformedMessageError('payload.data is not valid JSON.', 'BadRequestException', id);
  }
  const { query, variables, operationName } = (parsed ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof query !== 'string') throw new MalformedMessageError('payload.data must hold a "query" string.', 'BadRequestException', id);
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new MalformedMessageError('"variables" must be a JSON object.', 'BadRequestException', id);
  }
  return {
    query,
    ...(variables == null ? {} : { variables: variables as Record<string, unknown> }),
    ...(typeof operationName === 'string' ? { operationName } : {}),
  };
}

/** The server's messages, serialized. */
export const serverMessages = {
  connectionAck: () => JSON.stringify({ type: 'connection_ack', payload: { connectionTimeoutMs: CONNECTION_TIMEOUT_MS } }),
  keepAlive: () => '{"type":"ka"}',
  connectionError: (errors: readonly ProtocolErrorBody[]) => JSON.stringify({ type: 'connection_error', payload: { errors } }),
  startAck: (id: string) => JSON.stringify({ type: 'start_ack', id }),
  error: (id: string | undefined, errors: readonly unknown[]) => JSON.stringify({ type: 'error', ...(id === undefined ? {} : { id }), payload: { errors } }),
  complete: (id: string) => JSON.stringify({ type: 'complete', id }),
  /** `payloadJson` is the serialized `{ data, errors? }`, shared by every subscriber that gets the same one. */
  data: (id: string, payloadJson: string) => `{"type":"data","id":${JSON.stringify(id)},"payload":${payloadJson}}`,
};

/**
 * AppSync's answer to the 101st `start` on one connection, as it was seen on the wire
 * (aws-amplify/amplify-swift's record of the service's response).
 */
export function maxSubscriptionsError(): ProtocolErrorBody {
  return {
    errorType: 'MaxSubscriptionsReachedError',
    message: `Max number of ${REALTIME_LIMITS.subscriptionsPerConnection} subscriptions reached`,
  };
}
