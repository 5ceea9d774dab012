import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { startLocalApi, type LocalApi } from '../../../local/server/local-api';

const FIXTURE = path.join(__dirname, '../fixtures/notes-api');

/** POSTs JSON over https, trusting only the given certificate. */
function postJson(url: string, body: unknown, headers: Record<string, string>, ca: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', ca, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('TLS mode', () => {
  let api: LocalApi;
  let stateDirectory: string;
  let certificate: string;

  beforeAll(async () => {
    stateDirectory = mkdtempSync(path.join(os.tmpdir(), 'local-tls-'));
    api = await startLocalApi({ apiDirectory: FIXTURE, port: 0, store: { inMemory: true }, stateDirectory, tls: true, log: () => {} });
    certificate = readFileSync(path.join(stateDirectory, 'tls-cert.pem'), 'utf8');
  });
  afterAll(async () => {
    await api.close();
    rmSync(stateDirectory, { recursive: true, force: true });
  });

  it('serves https and wss URLs', () => {
    expect(api.graphqlUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(api.realtimeUrl).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/graphql\/realtime$/);
  });

  it('answers GraphQL over https to a client that trusts the local certificate', async () => {
    const answer = await postJson(api.graphqlUrl, { query: '{ echo(message: "over tls") { message } }' }, { 'x-api-key': api.apiKey! }, certificate);
    expect(answer).toEqual({ status: 200, body: { data: { echo: { message: 'over tls' } } } });
  });

  it('refuses a client that does not trust it, as a real certificate check would', async () => {
    await expect(postJson(api.graphqlUrl, { query: '{ __typename }' }, {}, '')).rejects.toThrow(/self[- ]signed|unable to verify/i);
  });

  it('accepts real-time connections over wss', async () => {
    const header = Buffer.from(JSON.stringify({ host: new URL(api.graphqlUrl).host, 'x-api-key': api.apiKey })).toString('base64');
    const socket = new WebSocket(`${api.realtimeUrl}?header=${header}&payload=e30=`, 'graphql-ws', { ca: certificate });
    const firstMessage = new Promise<{ type: string }>((resolve, reject) => {
      socket.once('message', (data) => resolve(JSON.parse(String(data))));
      socket.once('error', reject);
    });
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    await expect(firstMessage).resolves.toMatchObject({ type: 'connection_ack' });
    socket.close();
  });

  it('keeps the certificate in the state directory, so a restart reuses it', async () => {
    const again = await startLocalApi({ apiDirectory: FIXTURE, port: 0, store: { inMemory: true }, stateDirectory, tls: true, log: () => {} });
    try {
      const answer = await postJson(again.graphqlUrl, { query: '{ echo(message: "again") { message } }' }, { 'x-api-key': again.apiKey! }, certificate);
      expect(answer.status).toBe(200);
    } finally {
      await again.close();
    }
  });
});
