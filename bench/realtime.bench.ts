/**
 * `npm run bench:realtime`: the local real-time endpoint under fan-out. 1,000 subscribers over 10
 * WebSocket connections (AppSync's 100 per connection) subscribe to one room; a stream of mutations is
 * posted over HTTP, a few at a time; every event must reach every subscriber. Prints delivered events per
 * second, the p95 latency from posting a mutation to an event's arrival, and the heap each subscription
 * adds (server and clients share this process; a connection's own cost is spread over its 100). Bounded:
 * it stops after its mutations, or fails after a deadline.
 */
import path from 'node:path';
import WebSocket from 'ws';
import { startLocalApi, type LocalApi } from '../local/server/local-api';

const CONNECTIONS = 10;
const SUBSCRIPTIONS_PER_CONNECTION = 100;
const MUTATIONS = 200;
/** Mutations in flight at once, as a few writers would post them. */
const CONCURRENT_MUTATIONS = 4;
const DEADLINE_MS = 120_000;
const ROOM = 'bench';
const SUBSCRIPTION = 'subscription OnMessage($roomId: ID) { onMessage(roomId: $roomId) { id roomId author text priority } }';
const MUTATION = 'mutation Post($input: MessageInput!) { postMessage(input: $input) { id roomId author text priority } }';

interface Connection {
  readonly socket: WebSocket;
  /** Resolves once every start of this connection was acknowledged. */
  readonly started: Promise<void>;
}

async function main(): Promise<void> {
  const api = await startLocalApi({ apiDirectory: path.join(__dirname, '..', 'test', 'local', 'fixtures', 'chat-api'), port: 0, log: () => undefined });
  const deadline = setTimeout(() => {
    console.error(`bench:realtime did not finish within ${DEADLINE_MS / 1000} s`);
    process.exit(1);
  }, DEADLINE_MS);
  const authorization = { host: new URL(api.graphqlUrl).host, 'x-api-key': api.apiKey! };
  const postedAt = new Map<string, number>();
  const latencies: number[] = [];
  let delivered = 0;
  let allDelivered: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allDelivered = resolve));
  const expected = CONNECTIONS * SUBSCRIPTIONS_PER_CONNECTION * MUTATIONS;

  const onEvent = (message: { type: string; payload?: { data: { onMessage: { id: string } } } }) => {
    if (message.type !== 'data') return;
    latencies.push(performance.now() - postedAt.get(message.payload!.data.onMessage.id)!);
    delivered += 1;
    if (delivered === expected) allDelivered();
  };

  try {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const connections = await Promise.all(Array.from({ length: CONNECTIONS }, () => connect(api, authorization, onEvent)));
    await Promise.all(connections.map((connection) => connection.started));
    collectGarbage();
    const heapPerSubscription = (process.memoryUsage().heapUsed - heapBefore) / (CONNECTIONS * SUBSCRIPTIONS_PER_CONNECTION);

    const started = performance.now();
    let next = 0;
    const writer = async () => {
      while (next < MUTATIONS) {
        const id = `m${(next += 1)}`;
        postedAt.set(id, performance.now());
        await post(api, { id, roomId: ROOM, author: 'bench', text: `event ${id}`, priority: next });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_MUTATIONS }, writer));
    await done;
    const seconds = (performance.now() - started) / 1000;

    latencies.sort((a, b) => a - b);
    console.log(`subscribers              ${CONNECTIONS * SUBSCRIPTIONS_PER_CONNECTION} over ${CONNECTIONS} connections`);
    console.log(`mutations                ${MUTATIONS}, ${CONCURRENT_MUTATIONS} at a time`);
    console.log(`delivered events/s       ${Math.round(delivered / seconds).toLocaleString('en-US')} (${delivered.toLocaleString('en-US')} in ${seconds.toFixed(2)} s)`);
    console.log(`p95 delivery latency     ${latencies[Math.floor(latencies.length * 0.95)].toFixed(1)} ms (p50 ${latencies[Math.floor(latencies.length / 2)].toFixed(1)} ms)`);
    console.log(`heap per subscription    ${(heapPerSubscription / 1024).toFixed(1)} KiB`);
    connections.forEach((connection) => connection.socket.terminate());
  } finally {
    clearTimeout(deadline);
    await api.close();
  }
}

/** Opens one connection with the header subprotocol and starts its subscriptions. */
function connect(api: LocalApi, authorization: Record<string, string>, onEvent: (message: { type: string }) => void): Promise<Connection> {
  const header = `header-${Buffer.from(JSON.stringify(authorization)).toString('base64url')}`;
  const socket = new WebSocket(api.realtimeUrl, ['graphql-ws', header]);
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      let acknowledged = 0;
      let allStarted: () => void = () => undefined;
      const started = new Promise<void>((done) => (allStarted = done));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string };
        if (message.type === 'start_ack' && (acknowledged += 1) === SUBSCRIPTIONS_PER_CONNECTION) allStarted();
        else if (message.type === 'error' || message.type === 'connection_error') reject(new Error(String(data)));
        else onEvent(message);
      });
      socket.send(JSON.stringify({ type: 'connection_init' }));
      const data = JSON.stringify({ query: SUBSCRIPTION, variables: { roomId: ROOM } });
      for (let i = 0; i < SUBSCRIPTIONS_PER_CONNECTION; i += 1) {
        socket.send(JSON.stringify({ type: 'start', id: `s${i}`, payload: { data, extensions: { authorization } } }));
      }
      resolve({ socket, started });
    });
  });
}

async function post(api: LocalApi, input: Record<string, unknown>): Promise<void> {
  const response = await fetch(api.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.apiKey! },
    body: JSON.stringify({ query: MUTATION, variables: { input } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`the mutation failed: ${JSON.stringify(body.errors)}`);
}

/** A full collection when the script runs with --expose-gc, so heap figures hold live objects only. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
