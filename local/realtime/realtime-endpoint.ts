import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { ExecutionEngine } from '../execution/engine';
import type { AuthSetup } from '../server/auth-setup';
import { EventPublisher } from './event-publisher';
import { selectProtocol } from './handshake';
import { REALTIME_LIMITS } from './protocol';
import { RealtimeConnection } from './realtime-connection';
import { SubscriptionRegistry } from './subscription-registry';
import { subscriptionTriggers } from './subscription-triggers';

/** What a deployment may tune about its real-time endpoint. */
export interface RealtimeOptions {
  /** Milliseconds between `ka` messages; AppSync sends one about every minute. @default 60000 */
  readonly keepAliveIntervalMs?: number;
  /** @default {@link REALTIME_LIMITS.subscriptionsPerConnection} */
  readonly maxSubscriptionsPerConnection?: number;
}

export interface RealtimeEndpointOptions extends RealtimeOptions {
  readonly engine: ExecutionEngine;
  readonly auth: AuthSetup;
  /** Where clients connect, e.g. `/graphql/realtime`. */
  readonly path: string;
  /** The GraphQL endpoint's path, e.g. `/graphql`. */
  readonly graphqlPath: string;
  readonly log: (line: string) => void;
}

export interface RealtimeEndpoint {
  /** Ends every connection and stops listening for mutations. */
  close(): Promise<void>;
}

/** "Client messages" of AppSync's protocol are small: a start carries one GraphQL document. */
const MAX_CLIENT_MESSAGE_BYTES = 1024 * 1024;

/**
 * Serves AppSync's real-time endpoint on an HTTP server: WebSocket upgrades at `path` speak the `graphql-ws`
 * protocol (see realtime-connection.ts), and every mutation the engine executes is published to the
 * subscriptions its `@aws_subscribe` triggers. Triggers are read when attached, so a schema AppSync would
 * refuse fails here, at start-up.
 * @throws SubscriptionSchemaError
 */
export function attachRealtimeEndpoint(server: Server, options: RealtimeEndpointOptions): RealtimeEndpoint {
  const registry = new SubscriptionRegistry();
  const publisher = new EventPublisher({ schema: options.engine.schema, triggers: subscriptionTriggers(options.engine.schema), registry, log: options.log });
  const stopPublishing = options.engine.onMutation((publications) => {
    try {
      publisher.publish(publications);
    } catch (error) {
      // A failed delivery must not fail the mutation that published it.
      options.log(`error: realtime publish: ${(error as Error).stack ?? String(error)}`);
    }
  });
  const connections = new Set<RealtimeConnection>();
  const webSockets = new WebSocketServer({ noServer: true, handleProtocols: selectProtocol, maxPayload: MAX_CLIENT_MESSAGE_BYTES });
  const connectionOptions = {
    engine: options.engine,
    auth: options.auth,
    registry,
    graphqlPath: options.graphqlPath,
    keepAliveIntervalMs: options.keepAliveIntervalMs ?? 60_000,
    maxSubscriptions: options.maxSubscriptionsPerConnection ?? REALTIME_LIMITS.subscriptionsPerConnection,
    log: options.log,
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((request.url ?? '/').split('?')[0] !== options.path) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    webSockets.handleUpgrade(request, socket, head, (webSocket) => {
      const connection = new RealtimeConnection(webSocket, request, connectionOptions);
      connections.add(connection);
      webSocket.on('close', () => connections.delete(connection));
    });
  };
  server.on('upgrade', onUpgrade);

  return {
    close: async () => {
      stopPublishing();
      server.off('upgrade', onUpgrade);
      for (const connection of connections) connection.terminate();
      connections.clear();
      await new Promise<void>((resolve) => webSockets.close(() => resolve()));
    },
  };
}
