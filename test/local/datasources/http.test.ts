import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { InvalidRequestError } from '../../../local/datasources/errors';
import { createHttpDataSource, HTTP_REQUEST_FAILED } from '../../../local/datasources/http';
import { buildContext } from '../../../local/runtime/context';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('HTTP data source', () => {
  let server: Server;
  let endpoint: string;
  const received: Received[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        if (req.url?.startsWith('/missing')) {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('no such thing');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', 'x-trace': 't-1' }).end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (received.length = 0));

  const ctx = buildContext({});

  // https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-http-js.html
  it('sends method, path, query, headers and body to the endpoint and answers { statusCode, headers, body }', async () => {
    const source = createHttpDataSource({ endpoint: `${endpoint}/` });
    const answer = await source.invoke(
      {
        method: 'POST',
        resourcePath: '/v1/users',
        params: { query: { limit: 2, tag: ['a', 'b'] }, headers: { 'Content-Type': 'text/plain' }, body: 'this is an example of text body' },
      },
      ctx,
    );
    expect(received).toEqual([
      expect.objectContaining({ method: 'POST', url: '/v1/users?limit=2&tag=a&tag=b', body: 'this is an example of text body' }),
    ]);
    expect(received[0]!.headers['content-type']).toBe('text/plain');
    expect(answer).toEqual({ result: { statusCode: 200, headers: expect.objectContaining({ 'content-type': 'application/json', 'x-trace': 't-1' }), body: '{"ok":true}' } });
  });

  it('sends an object body as JSON', async () => {
    await createHttpDataSource({ endpoint }).invoke({ method: 'PUT', resourcePath: '/things/1', params: { body: { name: 'x' } } }, ctx);
    expect(received[0]).toMatchObject({ method: 'PUT', body: '{"name":"x"}' });
  });

  it('answers an error status as a result, for the response handler to judge', async () => {
    const answer = await createHttpDataSource({ endpoint }).invoke({ method: 'GET', resourcePath: '/missing' }, ctx);
    expect(answer).toEqual({ result: { statusCode: 404, headers: expect.objectContaining({ 'content-type': 'text/plain' }), body: 'no such thing' } });
  });

  it('answers a request that gets no answer as ctx.error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const answer = await createHttpDataSource({ endpoint: `http://127.0.0.1:${port}` }).invoke({ method: 'GET', resourcePath: '/' }, ctx);
    expect(answer).toEqual({ error: { message: expect.stringContaining('ECONNREFUSED'), type: HTTP_REQUEST_FAILED } });
  });

  it('refuses request objects AppSync would refuse', async () => {
    const source = createHttpDataSource({ endpoint });
    await expect(source.invoke({ method: 'HEAD', resourcePath: '/' }, ctx)).rejects.toThrow(InvalidRequestError);
    await expect(source.invoke({ method: 'GET', resourcePath: 'relative' }, ctx)).rejects.toThrow(/must be a path starting with/);
    await expect(source.invoke({ method: 'GET', resourcePath: '/', param: {} }, ctx)).rejects.toThrow("Unsupported element '$[param]'.");
    expect(received).toEqual([]);
  });
});
