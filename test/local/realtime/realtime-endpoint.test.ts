import WebSocket from 'ws';
import type { LocalApi } from '../../../local/server/local-api';
import { CONNECTION_TIMEOUT_MS } from '../../../local/realtime/protocol';
import {
  apiKeyHeader,
  headerProtocol,
  mutate,
  openConnection,
  ProtocolClient,
  queryHandshakeUrl,
  startChatApi,
} from './protocol-client';

/**
 * The real-time endpoint's protocol over real WebSockets, message by message, as the guide describes it.
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 */
describe('real-time endpoint: protocol', () => {
  let api: LocalApi;
  const clients: ProtocolClient[] = [];
  const track = (client: ProtocolClient) => (clients.push(client), client);

  beforeAll(async () => {
    api = await startChatApi({ realtime: { keepAliveIntervalMs: 100 } });
  });
  afterEach(() => Promise.all(clients.splice(0).map((client) => client.close())));
  afterAll(() => api.close());

  const ON_MESSAGE = 'subscription OnMessage($roomId: ID) { onMessage(roomId: $roomId) { id roomId text } }';
  const POST = 'mutation Post($input: MessageInput!) { postMessage(input: $input) { id roomId text } }';

  it('serves the path of the local API config: ws://<host>/graphql/realtime', () => {
    expect(api.realtimeUrl).toBe(`${api.url.replace('http', 'ws')}/graphql/realtime`);
  });

  it('handshake with the header subprotocol: connection_init → connection_ack with connectionTimeoutMs, then ka', async () => {
    const client = track(await ProtocolClient.open(api.realtimeUrl, ['graphql-ws', headerProtocol(apiKeyHeader(api))]));
    expect(client.socket.protocol).toBe('graphql-ws');
    expect(await client.init()).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: CONNECTION_TIMEOUT_MS } });
    expect(CONNECTION_TIMEOUT_MS).toBe(300000);
    expect(await client.next()).toEqual({ type: 'ka' });
  });

  it('handshake with the header and payload query parameters (base64 JSON, payload=e30=)', async () => {
    const client = track(await ProtocolClient.open(queryHandshakeUrl(api.realtimeUrl, apiKeyHeader(api)), ['graphql-ws']));
    expect((await client.init()).type).toBe('connection_ack');
    expect((await client.start('1', ON_MESSAGE, apiKeyHeader(api))).type).toBe('start_ack');
  });

  it('sends ka periodically (the interval is configurable; AppSync sends one about every minute)', async () => {
    const client = track(await openConnection(api));
    await client.next((message) => message.type === 'ka');
    await client.next((message) => message.type === 'ka');
    await client.next((message) => message.type === 'ka');
  });

  it('refuses a connection without the graphql-ws subprotocol: connection_error NoProtocolError (400)', async () => {
    const client = track(await ProtocolClient.open(queryHandshakeUrl(api.realtimeUrl, apiKeyHeader(api))));
    client.send({ type: 'connection_init' });
    const refusal = await client.next();
    expect(refusal).toEqual({ type: 'connection_error', payload: { errors: [expect.objectContaining({ errorType: 'NoProtocolError', errorCode: 400 })] } });
    await expect(client.next()).rejects.toThrow(/closed/);
  });

  it('refuses another subprotocol with SubProtocolNotSupportedError, after accepting it so the client reads why', async () => {
    const client = track(await ProtocolClient.open(api.realtimeUrl, ['graphql-transport-ws', headerProtocol(apiKeyHeader(api))]));
    expect(client.socket.protocol).toBe('graphql-transport-ws');
    expect(await client.init()).toEqual({
      type: 'connection_error',
      payload: { errors: [expect.objectContaining({ errorType: 'SubProtocolNotSupportedError', errorCode: 400 })] },
    });
  });

  it('answers other paths of the server with 404', async () => {
    const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, ['graphql-ws']);
    const status = await new Promise<number | undefined>((resolve) => {
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('error', () => resolve(undefined));
    });
    expect(status).toBe(404);
  });

  it('start → start_ack, mutation → data, stop → complete, and nothing after the stop', async () => {
    const client = track(await openConnection(api));
    expect(await client.start('sub-1', ON_MESSAGE, apiKeyHeader(api), { roomId: 'r1' })).toEqual({ type: 'start_ack', id: 'sub-1' });
    const posted = await mutate(api, POST, { input: { roomId: 'r1', text: 'hello' } });
    const event = await client.next((message) => message.type === 'data');
    expect(event).toEqual({ type: 'data', id: 'sub-1', payload: { data: { onMessage: posted.data.postMessage } } });

    client.send({ type: 'stop', id: 'sub-1' });
    expect(await client.next((message) => message.type !== 'ka')).toEqual({ type: 'complete', id: 'sub-1' });
    await mutate(api, POST, { input: { roomId: 'r1', text: 'after the stop' } });
    // A second subscription on the same connection shows the first is gone: its event comes alone.
    await client.start('sub-2', ON_MESSAGE, apiKeyHeader(api), { roomId: 'r1' });
    await mutate(api, POST, { input: { roomId: 'r1', text: 'later' } });
    const later = await client.next((message) => message.type === 'data');
    expect(later).toMatchObject({ id: 'sub-2', payload: { data: { onMessage: { text: 'later' } } } });
    expect(client.events('sub-1')).toEqual([]);
  });

  it('answers a start whose document is invalid, or not a subscription, with an error for that id', async () => {
    const client = track(await openConnection(api));
    const invalid = await client.start('bad', 'subscription { onMessage { nope } }', apiKeyHeader(api));
    expect(invalid).toEqual({
      type: 'error',
      id: 'bad',
      payload: { errors: [expect.objectContaining({ errorType: 'ValidationError', message: 'Cannot query field "nope" on type "Message".' })] },
    });
    const query = await client.start('query', '{ ping }', apiKeyHeader(api));
    expect(query.payload.errors).toEqual([expect.objectContaining({ errorType: 'UnsupportedOperation', message: 'query not supported through the realtime channel' })]);
  });

  it('answers malformed messages and unknown types with an error, and keeps the connection', async () => {
    const client = track(await openConnection(api));
    client.send('not json');
    expect(await client.next((message) => message.type === 'error')).toEqual({
      type: 'error',
      payload: { errors: [{ errorType: 'BadRequestException', message: 'The message is not valid JSON.' }] },
    });
    client.send({ type: 'subscribe', id: 'x' });
    expect(await client.next((message) => message.type === 'error')).toMatchObject({ id: 'x', payload: { errors: [{ errorType: 'UnsupportedOperation' }] } });
    expect((await client.start('ok', ON_MESSAGE, apiKeyHeader(api))).type).toBe('start_ack');
  });

  it('refuses a second start with an id already in use on the connection', async () => {
    const client = track(await openConnection(api));
    await client.start('same', ON_MESSAGE, apiKeyHeader(api));
    expect((await client.start('same', ON_MESSAGE, apiKeyHeader(api))).payload.errors).toEqual([
      expect.objectContaining({ errorType: 'DuplicateSubscriptionError' }),
    ]);
  });

  it('allows 100 subscriptions per connection; the 101st gets MaxSubscriptionsReachedError', async () => {
    const client = track(await openConnection(api));
    const acks = await Promise.all(Array.from({ length: 100 }, (_, i) => client.start(`s${i}`, ON_MESSAGE, apiKeyHeader(api))));
    expect(acks.every((ack) => ack.type === 'start_ack')).toBe(true);
    expect(await client.start('s100', ON_MESSAGE, apiKeyHeader(api))).toEqual({
      type: 'error',
      id: 's100',
      payload: { errors: [{ errorType: 'MaxSubscriptionsReachedError', message: 'Max number of 100 subscriptions reached' }] },
    });
    // A stop frees a place.
    client.send({ type: 'stop', id: 's0' });
    expect((await client.start('s101', ON_MESSAGE, apiKeyHeader(api))).type).toBe('start_ack');
  });

  it('ends the subscriptions of a closed connection', async () => {
    const closing = await openConnection(api);
    await closing.start('gone', ON_MESSAGE, apiKeyHeader(api), { roomId: 'closing' });
    await closing.close();
    const watcher = track(await openConnection(api));
    await watcher.start('w', ON_MESSAGE, apiKeyHeader(api), { roomId: 'closing' });
    await mutate(api, POST, { input: { roomId: 'closing', text: 'x' } });
    expect((await watcher.next((message) => message.type === 'data')).id).toBe('w');
  });
});
