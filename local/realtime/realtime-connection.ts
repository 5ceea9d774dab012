import type { IncomingMessage } from 'node:http';
import { WebSocket } from 'ws';
import { AuthorizationRefusal } from '../auth/errors';
import { flattenHeaders } from '../auth/headers';
import type { ExecutionEngine } from '../execution/engine';
import type { AuthSetup } from '../server/auth-setup';
import { readHandshake, stringEntries, type HandshakeHeader } from './handshake';
import {
  MalformedMessageError,
  maxSubscriptionsError,
  parseClientMessage,
  parseSubscriptionRequest,
  serverMessages,
  type ClientMessage,
  type ProtocolErrorBody,
  type SubscriptionRequest,
} from './protocol';
import { authorizeConnection, authorizeSubscription, type RealtimeAuthContext, type SubscriberAuthorization } from './request-authorization';
import type { ActiveSubscription, SubscriptionRegistry } from './subscription-registry';

export interface RealtimeConnectionOptions {
  readonly engine: ExecutionEngine;
  readonly auth: AuthSetup;
  readonly registry: SubscriptionRegistry;
  /** The GraphQL endpoint's path: IAM signatures name it. */
  readonly graphqlPath: string;
  readonly keepAliveIntervalMs: number;
  readonly maxSubscriptions: number;
  readonly log: (line: string) => void;
}

/**
 * One client connection of the real-time endpoint. Its opening request is authorized once (any of the
 * API's modes); a refused connection answers its first message with `connection_error` and closes.
 * `connection_init` gets `connection_ack`, `ka` follows at a fixed interval, and each `start` is authorized
 * and subscribed on its own. Messages are handled one at a time, in order, so a `stop` always finds the
 * subscription its `start` made.
 */
export class RealtimeConnection {
  private readonly subscriptions = new Map<string, ActiveSubscription>();
  private readonly context: RealtimeAuthContext;
  /** Why the connection is refused, once its handshake has been checked; undefined when it is open. */
  private readonly refusal: Promise<ProtocolErrorBody | undefined>;
  private queue: Promise<void> = Promise.resolve();
  private keepAlive?: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    request: IncomingMessage,
    private readonly options: RealtimeConnectionOptions,
  ) {
    this.context = { auth: options.auth, graphqlPath: options.graphqlPath, remoteAddress: request.socket.remoteAddress ?? '127.0.0.1' };
    const handshake = readHandshake(request);
    this.refusal = handshake.protocolError ? Promise.resolve(handshake.protocolError) : this.authorizeHandshake(handshake.header);
    socket.on('message', (data) => this.enqueue(() => this.receive(String(data))));
    socket.on('close', () => this.dispose());
    socket.on('error', (error) => options.log(`realtime: connection error: ${error.message}`));
  }

  /** Closes the connection from the server's side (the endpoint is shutting down). */
  terminate(): void {
    this.socket.terminate();
    this.dispose();
  }

  private async authorizeHandshake(header: HandshakeHeader): Promise<ProtocolErrorBody | undefined> {
    try {
      await authorizeConnection(this.context, header);
    } catch (error) {
      if (!(error instanceof AuthorizationRefusal)) {
        // Settled here: the client may never send the message that would read this refusal.
        this.options.log(`error: ${(error as Error).stack ?? String(error)}`);
        return INTERNAL_FAILURE;
      }
      this.options.log(`realtime: connection refused: ${error.errorType} ${error.message}`);
      return refusalError(error);
    }
    if (!this.closed) this.keepAlive = setInterval(() => this.send(serverMessages.keepAlive()), this.options.keepAliveIntervalMs);
    return undefined;
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((error: unknown) => {
      this.options.log(`error: ${(error as Error).stack ?? String(error)}`);
      this.send(serverMessages.error(undefined, [INTERNAL_FAILURE]));
    });
  }

  private async receive(text: string): Promise<void> {
    const refusal = await this.refusal;
    if (refusal) {
      this.send(serverMessages.connectionError([refusal]));
      this.socket.close();
      return;
    }
    let message: ClientMessage;
    try {
      message = parseClientMessage(text);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      this.send(serverMessages.error(error.id, [{ errorType: error.errorType, message: error.message }]));
      return;
    }
    switch (message.type) {
      case 'connection_init':
        this.send(serverMessages.connectionAck());
        this.send(serverMessages.keepAlive());
        return;
      case 'start':
        return this.start(message);
      case 'stop':
        this.end(message.id);
        return;
    }
  }

  private async start({ id, payload }: Extract<ClientMessage, { type: 'start' }>): Promise<void> {
    if (this.subscriptions.has(id)) {
      this.send(serverMessages.error(id, [{ errorType: 'DuplicateSubscriptionError', message: `A subscription with id ${id} is already active on this connection.` }]));
      return;
    }
    if (this.subscriptions.size >= this.options.maxSubscriptions) {
      this.send(serverMessages.error(id, [maxSubscriptionsError()]));
      return;
    }
    let request: SubscriptionRequest;
    try {
      request = parseSubscriptionRequest(id, payload.data);
    } catch (error) {
      if (!(error instanceof MalformedMessageError)) throw error;
      this.send(serverMessages.error(id, [{ errorType: error.errorType, message: error.message }]));
      return;
    }
    const authorization = stringEntries(payload.extensions?.authorization);
    let subscriber: SubscriberAuthorization;
    try {
      subscriber = await authorizeSubscription(this.context, authorization, payload.data, request);
    } catch (error) {
      if (!(error instanceof AuthorizationRefusal)) throw error;
      this.send(serverMessages.error(id, [refusalError(error)]));
      return;
    }
    const outcome = await this.options.engine.subscribe({ ...request, headers: flattenHeaders(authorization) }, subscriber.request);
    if ('errors' in outcome) {
      this.send(serverMessages.error(id, outcome.errors));
      return;
    }
    if (this.closed) return;
    const active: ActiveSubscription = {
      id,
      subscription: outcome.subscription,
      subscriber,
      eventKey: JSON.stringify([request.query, request.operationName ?? null, request.variables ?? null, subscriber.accessKey]),
      send: (message) => this.send(message),
      invalidate: () => this.end(id),
    };
    this.subscriptions.set(id, active);
    this.options.registry.add(active);
    this.send(serverMessages.startAck(id));
    this.options.log(`realtime: start ${outcome.subscription.fieldName} ${subscriber.authorized.mode}`);
  }

  /** `stop` and invalidation: the subscription ends and the client is told with `complete`. */
  private end(id: string): void {
    const active = this.subscriptions.get(id);
    if (active) {
      this.subscriptions.delete(id);
      this.options.registry.remove(active);
    }
    this.send(serverMessages.complete(id));
  }

  private dispose(): void {
    this.closed = true;
    clearInterval(this.keepAlive);
    for (const active of this.subscriptions.values()) this.options.registry.remove(active);
    this.subscriptions.clear();
  }

  private send(message: string): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(message);
  }
}

/** A failure of the engine itself, as the HTTP endpoint reports one. */
const INTERNAL_FAILURE: ProtocolErrorBody = { errorType: 'InternalFailure', message: 'Internal error in the local engine.' };

/** A refused credential as the real-time channel reports it: AppSync's errorType and message, and its HTTP status as `errorCode`. */
function refusalError(refusal: AuthorizationRefusal): ProtocolErrorBody {
  return { errorType: refusal.errorType, message: refusal.message, errorCode: refusal.statusCode };
}
