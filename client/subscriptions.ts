import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import WebSocket from 'ws';
import { authHeaders, type ToyApiAuth } from './auth';
import { ToyApiError, type AppSyncErrorEntry } from './errors';

/**
 * What the helper needs of a WebSocket: the WHATWG API that browsers and the `ws` package share. Event
 * parameters are `never` because the two type their events differently; the helper reads only `data`/`code`.
 */
export interface WebSocketLike {
  send(data: string): void;
  close(code?: number): void;
  onopen: ((event: never) => void) | null;
  onmessage: ((event: never) => void) | null;
  onclose: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
}

export type WebSocketConstructor = new (url: string, protocols: string[]) => WebSocketLike;

export interface ToyApiSubscriptionsOptions {
  /** The GraphQL endpoint, as for `createToyApiClient`: the real-time URL and the handshake's `host` come from it. */
  readonly url: string;
  /** @default {@link realtimeUrlOf}(url) */
  readonly realtimeUrl?: string;
  /** How to authorize the connection and each subscription (a token, a developer key or the API key). */
  readonly auth: ToyApiAuth;
  /** @default the `ws` package (in a browser, pass `WebSocket`) */
  readonly WebSocket?: WebSocketConstructor;
  /** The clock of the API key's `x-amz-date`. @default () => new Date() */
  readonly now?: () => Date;
  /** Subscription ids, unique on the connection. @default crypto.randomUUID */
  readonly newId?: () => string;
}

export interface SubscriptionHandlers<TResult> {
  /** One event, typed by the document. `errors` is set when part of it failed (a field the mutation did not select). */
  next(data: TResult, errors?: readonly AppSyncErrorEntry[]): void;
  /** The subscription was refused, or the connection failed; no event follows. */
  error?(error: ToyApiError): void;
  /** The server ended the subscription (for example, the developer key it was made with was revoked). */
  complete?(): void;
}

export interface ToyApiSubscription {
  /**
   * Settles when the server answered the start: resolves on `start_ack` (mutations from then on reach the
   * subscription), rejects with the refusal's {@link ToyApiError}, which also goes to `error`.
   */
  readonly ready: Promise<void>;
  /** Stops the subscription (`stop`); its handlers get nothing more. */
  unsubscribe(): void;
}

export interface ToyApiSubscriptions {
  /** Starts a subscription of the generated documents (`OnItemCreatedDocument`, …) on the shared connection. */
  subscribe<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    handlers: SubscriptionHandlers<TResult>,
  ): ToyApiSubscription;
  /** Closes the connection; active subscriptions end without a call to their handlers. */
  close(): void;
}

/** AppSync's real-time URL for a GraphQL URL: its own `appsync-realtime-api` host, else (custom domain, local) `<url>/realtime`. */
export function realtimeUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (url.hostname.endsWith('.amazonaws.com') && url.hostname.includes('.appsync-api.')) {
    url.hostname = url.hostname.replace('.appsync-api.', '.appsync-realtime-api.');
  } else {
    url.pathname = `${url.pathname.replace(/\/$/, '')}/realtime`;
  }
  return url.toString();
}

/**
 * The header object AppSync's real-time protocol authorizes with, for the handshake and each `start`: the
 * GraphQL endpoint's `host` and the credentials (API key with `x-amz-date`; tokens and developer keys in
 * `Authorization`). https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 */
export async function authorizationHeader(auth: ToyApiAuth, host: string, now: Date): Promise<Record<string, string>> {
  const headers = await authHeaders(auth);
  if (headers['x-api-key'] !== undefined) return { host, 'x-amz-date': amzDate(now), 'x-api-key': headers['x-api-key'] };
  return { Authorization: headers.authorization, host };
}

interface ServerMessage {
  readonly type: string;
  readonly id?: string;
  readonly payload?: {
    readonly data?: unknown;
    readonly errors?: readonly ProtocolError[];
    readonly connectionTimeoutMs?: number;
  };
}

interface ProtocolError {
  readonly errorType?: string | null;
  readonly message?: string;
  readonly errorCode?: number;
}

interface ActiveSubscription {
  readonly handlers: SubscriptionHandlers<unknown>;
  readonly acknowledge: () => void;
  readonly refuse: (error: ToyApiError) => void;
}

/**
 * A subscription client for ToyApi over AppSync's real-time WebSocket protocol (subprotocol `graphql-ws`,
 * the header subprotocol handshake, `connection_init`/`ack`, `ka`, `start`/`stop`): one connection, opened
 * with the first subscription, carries them all. It does not reconnect: when the connection fails every
 * subscription gets `error`, and subscribing again opens a new connection.
 */
export function createToyApiSubscriptions(options: ToyApiSubscriptionsOptions): ToyApiSubscriptions {
  const host = new URL(options.url).host;
  const realtimeUrl = options.realtimeUrl ?? realtimeUrlOf(options.url);
  const SocketClass = options.WebSocket ?? (WebSocket as unknown as WebSocketConstructor);
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const active = new Map<string, ActiveSubscription>();
  let connection: Promise<WebSocketLike> | undefined;
  let socket: WebSocketLike | undefined;
  let keepAlive: ReturnType<typeof setTimeout> | undefined;

  const header = () => authorizationHeader(options.auth, host, now());

  function failAll(error: ToyApiError): void {
    const ended = [...active.values()];
    active.clear();
    ended.forEach((subscription) => subscription.refuse(error));
  }

  function disconnect(): void {
    clearTimeout(keepAlive);
    socket?.close();
    socket = undefined;
    connection = undefined;
  }

  /** AppSync's rule: a connection without `ka` for connectionTimeoutMs is dead. */
  function watchKeepAlive(timeoutMs: number): void {
    clearTimeout(keepAlive);
    keepAlive = setTimeout(() => {
      disconnect();
      failAll(clientError(`no keep-alive from the server within ${timeoutMs} ms`));
    }, timeoutMs);
    (keepAlive as { unref?: () => void }).unref?.();
  }

  function connect(): Promise<WebSocketLike> {
    if (connection !== undefined) return connection;
    const pending = header().then(
      (handshake) =>
        new Promise<WebSocketLike>((resolve, reject) => {
          const opened = new SocketClass(realtimeUrl, ['graphql-ws', `header-${base64Url(JSON.stringify(handshake))}`]);
          socket = opened;
          let timeoutMs = 0;
          opened.onopen = () => opened.send(JSON.stringify({ type: 'connection_init' }));
          // A close event follows every error (an unreachable server, a refused upgrade): handled there.
          opened.onerror = () => undefined;
          opened.onmessage = (event: { data: unknown }) => {
            const message = JSON.parse(String(event.data)) as ServerMessage;
            if (message.type === 'connection_ack') {
              timeoutMs = message.payload?.connectionTimeoutMs ?? 300_000;
              watchKeepAlive(timeoutMs);
              resolve(opened);
            } else if (message.type === 'ka') {
              watchKeepAlive(timeoutMs);
            } else if (message.type === 'connection_error') {
              const error = protocolError(message.payload?.errors);
              disconnect();
              reject(error);
              failAll(error);
            } else {
              dispatch(message);
            }
          };
          opened.onclose = (event: { code?: number }) => {
            if (socket !== opened) return;
            const error = clientError(`the real-time connection closed (${event.code ?? 'no code'})`);
            disconnect();
            reject(error);
            failAll(error);
          };
        }),
    );
    // Credentials that could not be had (a failing getIdToken) leave no connection behind to reuse.
    pending.catch(() => {
      if (connection === pending) connection = undefined;
    });
    connection = pending;
    return pending;
  }

  function dispatch(message: ServerMessage): void {
    const subscription = message.id === undefined ? undefined : active.get(message.id);
    if (subscription === undefined) return;
    if (message.type === 'start_ack') subscription.acknowledge();
    else if (message.type === 'data') {
      const errors = message.payload?.errors as readonly AppSyncErrorEntry[] | undefined;
      subscription.handlers.next(message.payload?.data, errors);
    } else if (message.type === 'error') {
      active.delete(message.id!);
      subscription.refuse(protocolError(message.payload?.errors));
    } else if (message.type === 'complete') {
      active.delete(message.id!);
      subscription.handlers.complete?.();
    }
  }

  return {
    subscribe(document, variables, handlers) {
      const id = newId();
      let settle: { resolve: () => void; reject: (error: ToyApiError) => void } | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        settle = { resolve, reject };
      });
      // A refusal also reaches `handlers.error`: a caller that never awaits `ready` must not see it unhandled.
      ready.catch(() => undefined);
      active.set(id, {
        handlers: handlers as SubscriptionHandlers<unknown>,
        acknowledge: () => settle!.resolve(),
        refuse: (error) => {
          settle!.reject(error);
          handlers.error?.(error);
        },
      });
      const data = JSON.stringify({ query: print(document), variables, operationName: getOperationAST(document)?.name?.value });
      void Promise.all([connect(), header()])
        .then(([opened, authorization]) => {
          if (active.has(id)) opened.send(JSON.stringify({ type: 'start', id, payload: { data, extensions: { authorization } } }));
        })
        .catch((error: unknown) => {
          // A failed connection reached every subscription through failAll already; this one may remain.
          const subscription = active.get(id);
          if (subscription === undefined) return;
          active.delete(id);
          subscription.refuse(error instanceof ToyApiError ? error : clientError(`no credentials: ${(error as Error).message}`));
        });
      return {
        ready,
        unsubscribe() {
          if (!active.delete(id)) return;
          socket?.send(JSON.stringify({ type: 'stop', id }));
        },
      };
    },
    close() {
      active.clear();
      disconnect();
    },
  };
}

/** `x-amz-date`: the ISO 8601 basic format AWS signatures use, `20300601T120000Z`. */
function amzDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** base64url without padding, with what browsers and Node both have. */
function base64Url(text: string): string {
  let binary = '';
  new TextEncoder().encode(text).forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function protocolError(errors: readonly ProtocolError[] | undefined): ToyApiError {
  const entries = (errors ?? []).map((error) => ({ errorType: error.errorType ?? null, message: error.message ?? error.errorType ?? 'error', path: null }));
  // A real-time error has no HTTP status; connection and authorization errors carry one as errorCode.
  return new ToyApiError(entries.length > 0 ? entries : [{ errorType: null, message: 'The server refused without a reason', path: null }], errors?.[0]?.errorCode ?? 0);
}

function clientError(message: string): ToyApiError {
  return new ToyApiError([{ errorType: null, message, path: null }], 0);
}
