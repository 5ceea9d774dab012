import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startLocalApi, type LocalApi } from '../../../local/server/local-api';
import { FIXTURES, graphqlClient } from './client';

/**
 * The NONE, AWS_LAMBDA and HTTP data sources through resolvers over HTTP. The Lambda handler runs in the
 * engine's process; the HTTP data source calls a real server on loopback.
 */
describe('data sources over HTTP', () => {
  let api: LocalApi;
  let weather: Server;
  let gql: ReturnType<typeof graphqlClient>;
  const received: IncomingMessage[] = [];

  beforeAll(async () => {
    weather = createServer((request, response) => {
      received.push(request);
      const city = decodeURIComponent((request.url ?? '').split('?')[0].replace('/forecast/', ''));
      if (city === 'Atlantis') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('no forecast for Atlantis');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ city, sky: 'clear', requestedWith: request.headers['x-requested-with'] }));
    });
    await new Promise<void>((resolve) => weather.listen(0, '127.0.0.1', resolve));
    process.env.NOTES_API_WEATHER_ENDPOINT = `http://127.0.0.1:${(weather.address() as AddressInfo).port}`;
    api = await startLocalApi({ apiDirectory: path.join(FIXTURES, 'notes-api'), port: 0, store: { inMemory: true }, log: () => {} });
    gql = graphqlClient(api.graphqlUrl, () => ({ 'x-api-key': api.apiKey! }));
  });
  afterAll(async () => {
    await api.close();
    await new Promise((resolve) => weather.close(resolve));
    delete process.env.NOTES_API_WEATHER_ENDPOINT;
  });

  it('NONE: the request payload is the result', async () => {
    expect((await gql('{ echo(message: "none") { message } }')).data).toEqual({ echo: { message: 'none' } });
  });

  describe('AWS_LAMBDA (https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html)', () => {
    it('Invoke: the payload goes to the handler, which has its configured environment', async () => {
      const answer = await gql('{ word(text: "quiet") { text prefix notesInStore } }');
      expect(answer.data).toEqual({ word: { text: 'QUIET', prefix: 'words:', notesInStore: null } });
    });

    it('a handler reaches the local store with an unmodified AWS SDK client', async () => {
      await gql('mutation { addNote(text: "counted") { id } }');
      const answer = await gql('{ word(text: "count", action: "count") { notesInStore } }');
      // The seeded note and the one just added.
      expect(answer.data).toEqual({ word: { notesInStore: 2 } });
    });

    it('BatchInvoke: the handler gets a list of payloads; without a batch size, each is a batch of one', async () => {
      const answer = await gql('{ notes { items { text shout } } }');
      expect(answer.errors).toBeUndefined();
      const items = answer.data!.notes.items as { text: string; shout: string }[];
      expect(items.length).toBeGreaterThanOrEqual(2);
      for (const item of items) expect(item.shout).toBe(`${item.text.toUpperCase()} (batch of 1)`);
    });
  });

  describe('HTTP (https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-http-js.html)', () => {
    it('sends method, path, query and headers; the response handler reads status and body', async () => {
      const answer = await gql('{ forecast(city: "Oslo") { city sky requestedWith } }');
      expect(answer.data).toEqual({ forecast: { city: 'Oslo', sky: 'clear', requestedWith: 'appsync-local' } });
      const request = received.at(-1)!;
      expect(request.method).toBe('GET');
      expect(request.url).toBe('/forecast/Oslo?units=metric');
    });

    it('a non-2xx answer is a result too: here the handler turns it into an error', async () => {
      const answer = await gql('{ forecast(city: "Atlantis") { city } }');
      expect(answer.data).toEqual({ forecast: null });
      expect(answer.errors).toEqual([expect.objectContaining({ errorType: 'HTTP404', message: 'no forecast for Atlantis' })]);
    });
  });
});
