import path from 'node:path';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { startLocalApi, type LocalApi } from '../../../local/server/local-api';
import { FIXTURES, postGraphql } from './client';

/** What the local endpoint serves besides GraphQL: the explorer, its config, the issuers' keys, CORS. */
describe('the HTTP surface of the local endpoint', () => {
  let api: LocalApi;
  const logLines: string[] = [];

  beforeAll(async () => {
    api = await startLocalApi({
      apiDirectory: path.join(FIXTURES, 'notes-api'),
      port: 0,
      store: { inMemory: true },
      log: (line) => logLines.push(line),
    });
  });
  afterAll(() => api.close());

  it('GET / serves GraphiQL with the API key in its headers, and every asset it loads', async () => {
    const page = await fetch(`${api.url}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain(`"x-api-key":"${api.apiKey}"`);
    expect(html).toContain('"signInPath":"/local/sign-in"');
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((match) => match[1]);
    expect(assets.sort()).toEqual(['/graphiql/graphiql.css', '/graphiql/graphiql.js', '/graphiql/react-dom.js', '/graphiql/react.js']);
    for (const asset of assets) {
      const response = await fetch(`${api.url}${asset}`);
      expect({ asset, status: response.status, type: response.headers.get('content-type') }).toEqual({
        asset,
        status: 200,
        type: asset.endsWith('.css') ? 'text/css' : 'text/javascript',
      });
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('GET /api-config tells a client where and how to connect', async () => {
    const config = await (await fetch(`${api.url}/api-config`)).json();
    expect(config).toEqual({
      graphqlUrl: api.graphqlUrl,
      realtimeUrl: api.realtimeUrl,
      region: 'us-east-1',
      defaultAuthMode: 'AMAZON_COGNITO_USER_POOLS',
      authModes: ['AMAZON_COGNITO_USER_POOLS', 'API_KEY', 'AWS_IAM', 'OPENID_CONNECT'],
      apiKey: api.apiKey,
      userPool: { userPoolId: 'us-east-1_localpool', clientId: 'localappclient', endpoint: api.url, signInPath: '/local/sign-in' },
    });
  });

  it("GET /.well-known/jwks.json publishes both issuers' keys: a token verifies against it", async () => {
    const jwks = (await (await fetch(`${api.url}/.well-known/jwks.json`)).json()) as Jwks;
    expect(jwks.keys.map((key) => key.kid).sort()).toEqual([api.userPoolIssuer!.keyId, api.oidcIssuer!.keyId].sort());
    const verifier = JwtRsaVerifier.create({ issuer: 'https://login.notes.example', audience: 'notes-web', jwksUri: `${api.url}/.well-known/jwks.json` });
    verifier.cacheJwks(jwks);
    await expect(verifier.verify(api.oidcIssuer!.issueTokens({ username: 'olga' }).idToken)).resolves.toMatchObject({ aud: 'notes-web' });
  });

  it('answers a CORS preflight and puts CORS headers on answers, refusals included', async () => {
    const preflight = await fetch(api.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-api-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toEqual(expect.stringContaining('x-api-key'));
    const refused = await postGraphql(api.graphqlUrl, { query: '{ echo(message: "x") { message } }' }, { origin: 'http://localhost:5173' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a body that is not a GraphQL request, and unknown routes', async () => {
    const malformed = await postGraphql(api.graphqlUrl, '{"query": ', { 'x-api-key': api.apiKey! });
    expect({ status: malformed.status, errors: malformed.errors }).toEqual({
      status: 400,
      errors: [{ errorType: 'MalformedHttpRequestException', message: 'Unable to parse the request body as JSON.' }],
    });
    const missing = await fetch(`${api.url}/nowhere`);
    expect(missing.status).toBe(404);
  });

  it('writes one log line per request: method, path, operation, mode, status', async () => {
    logLines.length = 0;
    await postGraphql(api.graphqlUrl, { query: 'query Hello { echo(message: "log") { message } }', operationName: 'Hello' }, { 'x-api-key': api.apiKey! });
    expect(logLines).toEqual([expect.stringMatching(/^POST \/graphql Hello API_KEY 200 \d+ms$/)]);
  });
});
