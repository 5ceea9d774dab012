import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createToyApiClient, CreateItemDocument, OnItemCreatedDocument, OnItemDeletedDocument, ToyApiError, type OnItemCreatedSubscription } from '../../client';
import { authorizationHeader, createToyApiSubscriptions, realtimeUrlOf, type ToyApiSubscriptions } from '../../client/subscriptions';
import { startToyApi, type ToyApiUnderTest } from '../api/toyapi';

describe('realtimeUrlOf', () => {
  it('maps an AppSync GraphQL URL to its real-time host, as the AppSync links do', () => {
    expect(realtimeUrlOf('https://abcdefghijklmnopqrstuvwxyz.appsync-api.eu-west-1.amazonaws.com/graphql')).toBe(
      'wss://abcdefghijklmnopqrstuvwxyz.appsync-realtime-api.eu-west-1.amazonaws.com/graphql',
    );
  });

  it('appends /realtime to any other URL: a custom domain, the local engine', () => {
    expect(realtimeUrlOf('https://api.example.com/graphql')).toBe('wss://api.example.com/graphql/realtime');
    expect(realtimeUrlOf('http://127.0.0.1:4000/graphql')).toBe('ws://127.0.0.1:4000/graphql/realtime');
  });
});

describe('authorizationHeader', () => {
  const at = new Date(Date.UTC(2030, 5, 1, 12, 30, 5, 123));

  it('the API key with host and x-amz-date; tokens and developer keys in Authorization', async () => {
    expect(await authorizationHeader({ apiKey: 'da2-k' }, 'h:1', at)).toEqual({ host: 'h:1', 'x-amz-date': '20300601T123005Z', 'x-api-key': 'da2-k' });
    expect(await authorizationHeader({ idToken: 'jwt' }, 'h', at)).toEqual({ Authorization: 'jwt', host: 'h' });
    expect(await authorizationHeader({ getIdToken: async () => 'fresh' }, 'h', at)).toEqual({ Authorization: 'fresh', host: 'h' });
    expect(await authorizationHeader({ developerKey: 'toy_x' }, 'h', at)).toEqual({ Authorization: 'toy_x', host: 'h' });
  });
});

/** The helper against ToyApi on the local engine: the endpoint AppSync's protocol is implemented by. */
describe('createToyApiSubscriptions against ToyApi', () => {
  let toy: ToyApiUnderTest;
  const opened: ToyApiSubscriptions[] = [];
  beforeAll(async () => {
    toy = await startToyApi({ realtime: { keepAliveIntervalMs: 200 } });
  });
  afterAll(async () => {
    opened.forEach((subscriptions) => subscriptions.close());
    await toy.close();
  });

  const open = (auth: Parameters<typeof createToyApiSubscriptions>[0]['auth']) => {
    const subscriptions = createToyApiSubscriptions({ url: toy.api.graphqlUrl, auth });
    opened.push(subscriptions);
    return subscriptions;
  };

  it('delivers events typed by the document; unsubscribe stops them', async () => {
    const bob = open({ getIdToken: () => toy.as('bob').authorization });
    const events: OnItemCreatedSubscription[] = [];
    const lastEvents: OnItemCreatedSubscription[] = [];
    const first = bob.subscribe(OnItemCreatedDocument, { teamId: 'eng' }, { next: (data) => events.push(data) });
    let lastArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (lastArrived = resolve));
    const second = bob.subscribe(OnItemCreatedDocument, { accessLevel: 'PUBLIC' }, {
      next: (data) => {
        lastEvents.push(data);
        if (data.onItemCreated?.message === 'last') lastArrived();
      },
    });
    await Promise.all([first.ready, second.ready]);

    const alice = createToyApiClient({ url: toy.api.graphqlUrl, auth: { idToken: toy.as('alice').authorization } });
    const created = (await alice.request(CreateItemDocument, { input: { message: 'for eng', teamId: 'eng' } })).createItem;
    first.unsubscribe();
    await alice.request(CreateItemDocument, { input: { message: 'after unsubscribe', teamId: 'eng' } });
    await alice.request(CreateItemDocument, { input: { message: 'last', accessLevel: 'PUBLIC' } });
    await arrived;

    expect(events).toEqual([{ onItemCreated: created }]);
    expect(lastEvents.map((data) => data.onItemCreated?.message)).toEqual(['last']);
  });

  it('a refused subscription rejects `ready` and calls `error`, with AppSync’s error', async () => {
    const errors: ToyApiError[] = [];
    const subscription = open({ apiKey: toy.api.apiKey! }).subscribe(OnItemDeletedDocument, { accessLevel: 'TEAM' }, { next: () => undefined, error: (error) => errors.push(error) });
    const refusal = await subscription.ready.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ToyApiError);
    expect(refusal).toMatchObject({ errorType: 'Unauthorized' });
    expect(errors).toEqual([refusal]);
  });

  it('a refused connection fails every subscription waiting on it (connection_error)', async () => {
    const rejected = open({ idToken: 'not-a-token' });
    const outcomes = await Promise.all([
      rejected.subscribe(OnItemCreatedDocument, {}, { next: () => undefined }).ready.catch((error: unknown) => error),
      rejected.subscribe(OnItemDeletedDocument, {}, { next: () => undefined }).ready.catch((error: unknown) => error),
    ]);
    for (const outcome of outcomes) expect(outcome).toMatchObject({ errorType: 'UnauthorizedException', status: 401 });
  });
});

/** A real WebSocket server playing a misbehaving AppSync, to see what the helper sends and how it gives up. */
describe('createToyApiSubscriptions and the connection', () => {
  let server: WebSocketServer;
  let url: string;
  let behave: (socket: WebSocket, request: IncomingMessage) => void;
  beforeAll(async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: (protocols) => (protocols.has('graphql-ws') ? 'graphql-ws' : false) });
    server.on('connection', (socket, request) => behave(socket, request));
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('opens with the header subprotocol, then sends connection_init and starts with authorization', async () => {
    const received: unknown[] = [];
    let protocols: string[] = [];
    behave = (socket, request) => {
      protocols = String(request.headers['sec-websocket-protocol']).split(',').map((protocol) => protocol.trim());
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        received.push(message);
        if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } }));
        if (message.type === 'start') socket.send(JSON.stringify({ type: 'start_ack', id: message.id }));
      });
    };
    const client = createToyApiSubscriptions({ url, auth: { apiKey: 'da2-k' }, now: () => new Date(Date.UTC(2030, 0, 2, 3, 4, 5)), newId: () => 'sub-1' });
    await client.subscribe(OnItemCreatedDocument, { ownerId: 'u1' }, { next: () => undefined }).ready;
    client.close();

    const header = { host: new URL(url).host, 'x-amz-date': '20300102T030405Z', 'x-api-key': 'da2-k' };
    expect(protocols).toEqual(['graphql-ws', `header-${Buffer.from(JSON.stringify(header)).toString('base64url')}`]);
    expect(received[0]).toEqual({ type: 'connection_init' });
    expect(received[1]).toMatchObject({ type: 'start', id: 'sub-1', payload: { extensions: { authorization: header } } });
    expect(JSON.parse((received[1] as { payload: { data: string } }).payload.data)).toMatchObject({
      operationName: 'OnItemCreated',
      variables: { ownerId: 'u1' },
      query: expect.stringContaining('onItemCreated(ownerId: $ownerId'),
    });
  });

  it('gives up on a connection without keep-alive for connectionTimeoutMs', async () => {
    behave = (socket) => {
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack', payload: { connectionTimeoutMs: 100 } }));
        if (message.type === 'start') socket.send(JSON.stringify({ type: 'start_ack', id: message.id }));
      });
    };
    const client = createToyApiSubscriptions({ url, auth: { apiKey: 'k' } });
    const failed = new Promise<ToyApiError>((resolve) => client.subscribe(OnItemCreatedDocument, {}, { next: () => undefined, error: resolve }));
    expect((await failed).message).toBe('no keep-alive from the server within 100 ms');
    client.close();
  });

  it('reports a server it cannot reach, and credentials it cannot get, then tries again on the next subscribe', async () => {
    const closed = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve) => closed.once('listening', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = createToyApiSubscriptions({ url: `http://127.0.0.1:${port}/graphql`, auth: { apiKey: 'k' } });
    await expect(unreachable.subscribe(OnItemCreatedDocument, {}, { next: () => undefined }).ready).rejects.toThrow(/the real-time connection closed/);

    let tokens = 0;
    behave = (socket) => {
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } }));
        if (message.type === 'start') socket.send(JSON.stringify({ type: 'start_ack', id: message.id }));
      });
    };
    const getIdToken = async () => {
      tokens += 1;
      if (tokens === 1) throw new Error('the session expired');
      return 'jwt';
    };
    const client = createToyApiSubscriptions({ url, auth: { getIdToken } });
    await expect(client.subscribe(OnItemCreatedDocument, {}, { next: () => undefined }).ready).rejects.toThrow('no credentials: the session expired');
    await expect(client.subscribe(OnItemCreatedDocument, {}, { next: () => undefined }).ready).resolves.toBeUndefined();
    client.close();
  });

  it('reports a connection the server closes to every subscription', async () => {
    behave = (socket) => {
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } }));
        if (message.type === 'start') {
          socket.send(JSON.stringify({ type: 'start_ack', id: message.id }));
          socket.close(1011);
        }
      });
    };
    const client = createToyApiSubscriptions({ url, auth: { apiKey: 'k' } });
    const failed = new Promise<ToyApiError>((resolve) => client.subscribe(OnItemCreatedDocument, {}, { next: () => undefined, error: resolve }));
    expect((await failed).message).toBe('the real-time connection closed (1011)');
    client.close();
  });
});
