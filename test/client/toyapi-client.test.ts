import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import { createToyApiClient, ItemDocument, MeDocument, MyItemsDocument, ToyApiError, type ToyApiClient } from '../../client';

/** What the test server received, and what it answers next. */
interface Exchange {
  headers?: IncomingHttpHeaders;
  body?: { query: string; variables: unknown; operationName?: string };
  reply: { status: number; contentType: string; text: string };
}

/** A real HTTP server standing in for AppSync: records each request and sends a set answer. */
describe('createToyApiClient', () => {
  let server: Server;
  let url: string;
  const exchange: Exchange = { reply: { status: 200, contentType: 'application/json', text: '{}' } };

  beforeAll(async () => {
    server = createServer((request, response) => {
      let raw = '';
      request.on('data', (chunk) => (raw += chunk));
      request.on('end', () => {
        exchange.headers = request.headers;
        exchange.body = JSON.parse(raw);
        response.writeHead(exchange.reply.status, { 'content-type': exchange.reply.contentType }).end(exchange.reply.text);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const answer = (status: number, body: unknown) => {
    exchange.reply = { status, contentType: 'application/json', text: JSON.stringify(body) };
  };

  it('posts the printed document, its operation name and the variables, and resolves to data', async () => {
    answer(200, { data: { myItems: { items: [], nextToken: null } } });
    const client = createToyApiClient({ url, auth: { apiKey: 'da2-key' } });
    await expect(client.request(MyItemsDocument, { limit: 5 })).resolves.toEqual({ myItems: { items: [], nextToken: null } });
    expect(exchange.body).toMatchObject({ operationName: 'MyItems', variables: { limit: 5 } });
    expect(parse(exchange.body!.query).definitions.map((d) => d.kind)).toEqual(['OperationDefinition', 'FragmentDefinition', 'FragmentDefinition']);
    expect(exchange.headers?.['content-type']).toBe('application/json');
  });

  it.each([
    ['an API key', { apiKey: 'da2-key' }, { 'x-api-key': 'da2-key' }],
    ['an id token, raw', { idToken: 'eyJ.id.token' }, { authorization: 'eyJ.id.token' }],
    ['a developer key', { developerKey: 'toy_secret' }, { authorization: 'toy_secret' }],
    ['a token asked for on each call', { getIdToken: async () => 'eyJ.fresh' }, { authorization: 'eyJ.fresh' }],
  ] as const)('authenticates with %s', async (_kind, auth, expected) => {
    answer(200, { data: { me: null } });
    await createToyApiClient({ url, auth }).request(MeDocument);
    expect(exchange.headers).toMatchObject(expected);
  });

  it('sends no credentials when none are given', async () => {
    answer(200, { data: { me: null } });
    await createToyApiClient({ url }).request(MeDocument);
    expect(exchange.headers?.authorization).toBeUndefined();
    expect(exchange.headers?.['x-api-key']).toBeUndefined();
  });

  it('uses the fetch it is given', async () => {
    answer(200, { data: { me: null } });
    const seen: string[] = [];
    const client = createToyApiClient({ url, fetch: (input, init) => (seen.push(String(input)), fetch(input, init)) });
    await client.request(MeDocument);
    expect(seen).toEqual([url]);
  });

  it('rejects with AppSync’s errors, the HTTP status and the partial data', async () => {
    const errors = [{ path: ['item'], data: null, errorType: 'NotFound', errorInfo: null, locations: [{ line: 2, column: 3, sourceName: null }], message: "Item 'x' not found." }];
    answer(200, { data: { item: null }, errors });
    const error = await createToyApiClient({ url }).request(ItemDocument, { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToyApiError);
    expect(error).toMatchObject({ name: 'ToyApiError', status: 200, errors, data: { item: null }, errorType: 'NotFound', message: "NotFound: Item 'x' not found." });
    expect((error as ToyApiError).errorsAt('item')).toEqual(errors);
    expect((error as ToyApiError).errorsAt('other')).toEqual([]);
  });

  it('rejects a refused request (HTTP 401) with its error', async () => {
    answer(401, { errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }] });
    const error = (await createToyApiClient({ url }).request(MeDocument).catch((e: unknown) => e)) as ToyApiError;
    expect([error.status, error.errorType, error.data]).toEqual([401, 'UnauthorizedException', null]);
  });

  it('rejects an answer that is not GraphQL, saying what came', async () => {
    exchange.reply = { status: 502, contentType: 'text/html', text: '<html>Bad gateway</html>' };
    const notJson = (await createToyApiClient({ url }).request(MeDocument).catch((e: unknown) => e)) as ToyApiError;
    expect([notJson.status, notJson.message]).toEqual([502, 'HTTP 502: the response is not JSON: <html>Bad gateway</html>']);
    answer(500, {});
    const noData = (await createToyApiClient({ url }).request(MeDocument).catch((e: unknown) => e)) as ToyApiError;
    expect([noData.status, noData.message]).toEqual([500, 'HTTP 500 without data']);
  });

  it('types variables and results from the document (checked by tsc)', () => {
    const typed = async (client: ToyApiClient) => {
      // @ts-expect-error item needs its id
      await client.request(ItemDocument);
      // @ts-expect-error limit is a number
      await client.request(MyItemsDocument, { limit: 'ten' });
      const { myItems } = await client.request(MyItemsDocument);
      // @ts-expect-error items have no secret field
      return myItems.items[0].secret;
    };
    expect(typed).toBeInstanceOf(Function);
  });
});
