import path from 'node:path';
import WebSocket from 'ws';
import { LOCAL_IAM_CREDENTIAL } from '../../../local/server/auth-setup';
import { startLocalApi, type LocalApi, type LocalApiOptions } from '../../../local/server/local-api';
import { signRequest } from '../auth/signing';

/** The real-time fixture API. */
export const CHAT_API = path.join(__dirname, '..', 'fixtures', 'chat-api');

/** A message of AppSync's real-time protocol, as the server sent it. */
export interface ServerMessage {
  readonly type: string;
  readonly id?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the assertions check the payload's shape
  readonly payload?: any;
}

/** How long a test waits for a message before it fails. */
const WAIT_MS = 3000;

/**
 * A bare client of the real-time protocol over `ws`: it sends what a test tells it and keeps every
 * message it receives, in order, for the test to take.
 */
export class ProtocolClient {
  private readonly received: ServerMessage[] = [];
  private readonly waiters = new Set<() => void>();
  closed?: { code: number };

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as ServerMessage);
      this.waiters.forEach((wake) => wake());
    });
    socket.on('close', (code) => {
      this.closed = { code };
      this.waiters.forEach((wake) => wake());
    });
  }

  /** Opens a connection; `protocols` as the client offers them. */
  static open(url: string, protocols?: string[], options?: WebSocket.ClientOptions): Promise<ProtocolClient> {
    const socket = new WebSocket(url, protocols, options);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new ProtocolClient(socket)));
      socket.once('error', reject);
    });
  }

  send(message: object | string): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Takes the first message received (or still to come) that matches. */
  async next(matches: (message: ServerMessage) => boolean = () => true): Promise<ServerMessage> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const index = this.received.findIndex(matches);
      if (index >= 0) return this.received.splice(index, 1)[0];
      if (this.closed) throw new Error(`the connection closed (${this.closed.code}) before a matching message came`);
      if (Date.now() >= deadline) throw new Error(`no matching message within ${WAIT_MS} ms; received ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, deadline - Date.now());
        this.waiters.add(wake);
      });
    }
  }

  /** Takes every message received so far that matches. */
  take(matches: (message: ServerMessage) => boolean): ServerMessage[] {
    const taken = this.received.filter(matches);
    taken.forEach((message) => this.received.splice(this.received.indexOf(message), 1));
    return taken;
  }

  /** Sends connection_init and takes the connection_ack. */
  async init(): Promise<ServerMessage> {
    this.send({ type: 'connection_init' });
    return this.next((message) => message.type === 'connection_ack' || message.type === 'connection_error');
  }

  /** Sends a start and takes its answer: start_ack or error. */
  async start(id: string, query: string, authorization: Record<string, string>, variables: Record<string, unknown> = {}): Promise<ServerMessage> {
    this.send({ type: 'start', id, payload: { data: JSON.stringify({ query, variables }), extensions: { authorization } } });
    return this.next((message) => message.id === id && (message.type === 'start_ack' || message.type === 'error'));
  }

  /** The data messages of one subscription received so far. */
  events(id: string): ServerMessage['payload'][] {
    return this.take((message) => message.id === id && message.type === 'data').map((message) => message.payload);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}

/** The `header-<base64url JSON>` subprotocol current clients send beside `graphql-ws`. */
export function headerProtocol(header: Record<string, string>): string {
  return `header-${Buffer.from(JSON.stringify(header)).toString('base64url')}`;
}

/** The query-string handshake: `?header=<base64 JSON>&payload=e30=`. */
export function queryHandshakeUrl(realtimeUrl: string, header: Record<string, string>): string {
  return `${realtimeUrl}?header=${Buffer.from(JSON.stringify(header)).toString('base64')}&payload=e30=`;
}

/** The `host` every header object carries: the GraphQL endpoint's. */
export function hostOf(api: LocalApi): string {
  return new URL(api.graphqlUrl).host;
}

/** The API key header object of the guide. */
export function apiKeyHeader(api: LocalApi): Record<string, string> {
  return { host: hostOf(api), 'x-amz-date': '20300601T000000Z', 'x-api-key': api.apiKey! };
}

/** The IAM header object: the SigV4 headers of a POST of `body` to `url`, `host` included, signed now. */
export async function iamHeader(url: string, body: string): Promise<Record<string, string>> {
  const target = new URL(url);
  const signed = await signRequest({ ...LOCAL_IAM_CREDENTIAL, signingDate: new Date(), path: target.pathname, headers: { host: target.host }, body });
  return signed.headers;
}

/** Opens an API-key connection (subprotocol handshake) and has it acknowledged. */
export async function openConnection(api: LocalApi, header = apiKeyHeader(api)): Promise<ProtocolClient> {
  const client = await ProtocolClient.open(api.realtimeUrl, ['graphql-ws', headerProtocol(header)]);
  const ack = await client.init();
  if (ack.type !== 'connection_ack') throw new Error(`the connection was refused: ${JSON.stringify(ack)}`);
  return client;
}

/** Calls a mutation over HTTP, with the API key unless other credentials are given, as any client would. */
export async function mutate(
  api: LocalApi,
  query: string,
  variables: Record<string, unknown> = {},
  credentials: Record<string, string> = { 'x-api-key': api.apiKey! },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the assertions check the response's shape
): Promise<any> {
  const response = await fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...credentials },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Serves the chat fixture on a free port, quietly unless a test reads the log. */
export function startChatApi(options: Partial<LocalApiOptions> = {}): Promise<LocalApi> {
  return startLocalApi({ apiDirectory: CHAT_API, port: 0, store: { inMemory: true }, log: () => {}, ...options });
}
