import { ApiKeyRegistry } from '../../../local/auth/api-keys';
import {
  apiModes,
  authorizeRequest,
  type ApiAuthorization,
  type AuthProvider,
  type IncomingRequest,
} from '../../../local/auth/auth-mode-selection';
import type { HttpHeaders } from '../../../local/auth/headers';
import { cognitoTokenVerifier, openIdConnectTokenVerifier } from '../../../local/auth/jwt-verifier';
import { LambdaAuthorizer, type LambdaAuthorizerEvent } from '../../../local/auth/lambda-authorizer';
import { LocalIssuer } from '../../../local/auth/local-issuer';
import { SigV4Verifier } from '../../../local/auth/sigv4';
import { signRequest } from './signing';
import { refusal } from './refusal';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const clock = () => NOW;
const QUERY = 'query MyQuery { getPost(id: "1") { id } }';
const BODY = JSON.stringify({ query: QUERY });

const userPool = new LocalIssuer({ now: clock });
const idp = new LocalIssuer({ issuerUrl: 'https://idp.example.com', clientId: 'spa', now: clock });
const apiKeys = new ApiKeyRegistry({ now: clock });
const apiKey = apiKeys.create().id;
const lambdaEvents: LambdaAuthorizerEvent[] = [];

const providers = {
  apiKey: { authenticationType: 'API_KEY', apiKeys },
  cognito: {
    authenticationType: 'AMAZON_COGNITO_USER_POOLS',
    verifier: cognitoTokenVerifier({ userPoolId: userPool.userPoolId }, { jwks: () => userPool.jwks(), now: clock }),
  },
  oidc: {
    authenticationType: 'OPENID_CONNECT',
    verifier: openIdConnectTokenVerifier(
      { issuer: idp.issuerUrl, clientId: 'spa' },
      { jwks: () => idp.jwks(), now: clock },
    ),
  },
  iam: {
    authenticationType: 'AWS_IAM',
    verifier: new SigV4Verifier({
      credentials: {
        AKIDDEVELOPER: {
          secretAccessKey: 'secret',
          accountId: '111122223333',
          userArn: 'arn:aws:iam::111122223333:user/dev',
          username: 'AIDADEV',
        },
      },
      now: clock,
    }),
  },
  lambda: {
    authenticationType: 'AWS_LAMBDA',
    authorizer: new LambdaAuthorizer({
      apiId: 'api1',
      accountId: '111122223333',
      now: clock,
      handler: (event) => {
        lambdaEvents.push(event);
        return {
          isAuthorized: event.authorizationToken === 'custom-allow',
          resolverContext: { tenant: 't1' },
          deniedFields: ['Post.secret'],
        };
      },
    }),
  },
} satisfies Record<string, AuthProvider>;

/** API_KEY by default, every other mode as an additional provider. */
const everyMode: ApiAuthorization = {
  defaultProvider: providers.apiKey,
  additionalProviders: [providers.cognito, providers.oidc, providers.iam, providers.lambda],
};

function incoming(headers: HttpHeaders, extra: Partial<IncomingRequest> = {}): IncomingRequest {
  return {
    method: 'POST',
    path: '/graphql',
    headers,
    body: BODY,
    remoteAddress: '127.0.0.1',
    graphql: { query: QUERY, operationName: 'MyQuery' },
    ...extra,
  };
}

beforeEach(() => {
  lambdaEvents.length = 0;
});

describe('authorizeRequest', () => {
  it('API_KEY: x-api-key, identity null', async () => {
    const authorized = await authorizeRequest(everyMode, incoming({ 'x-api-key': apiKey }));
    expect(authorized).toEqual({
      mode: 'API_KEY',
      identity: null,
      authTypeLabel: 'API Key Authorization',
      cognitoGroups: [],
      deniedFields: new Set(),
    });
  });

  it('API_KEY: a wrong key is refused even when a valid token is also sent', async () => {
    const { idToken } = userPool.issueTokens({ username: 'alice' });
    const refused = await refusal(
      authorizeRequest(everyMode, incoming({ 'x-api-key': 'da2-wrong', authorization: idToken })),
    );
    expect(refused).toMatchObject({ errorType: 'UnauthorizedException', reason: 'unknown-api-key' });
  });

  it('a request with both a valid x-api-key and a token is taken as API_KEY', async () => {
    const { idToken } = userPool.issueTokens({ username: 'alice' });
    expect((await authorizeRequest(everyMode, incoming({ 'x-api-key': apiKey, authorization: idToken }))).mode).toBe(
      'API_KEY',
    );
  });

  it('AMAZON_COGNITO_USER_POOLS: the identity AppSync documents, sourceIp with x-forwarded-for', async () => {
    const { idToken } = userPool.issueTokens({ username: 'alice', groups: ['admin'] });
    const authorized = await authorizeRequest(
      everyMode,
      incoming({ authorization: idToken, 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }),
    );
    expect(authorized.mode).toBe('AMAZON_COGNITO_USER_POOLS');
    expect(authorized.authTypeLabel).toBe('User Pool Authorization');
    expect(authorized.cognitoGroups).toEqual(['admin']);
    expect(authorized.identity).toEqual({
      sub: expect.any(String),
      issuer: userPool.issuerUrl,
      username: 'alice',
      claims: expect.objectContaining({ 'cognito:username': 'alice', token_use: 'id' }),
      sourceIp: ['203.0.113.7', '10.0.0.1', '127.0.0.1'],
      defaultAuthStrategy: 'ALLOW',
      groups: ['admin'],
    });
  });

  it('AMAZON_COGNITO_USER_POOLS: an access token with a Bearer scheme; groups null when there are none', async () => {
    const { accessToken } = userPool.issueTokens({ username: 'bob' });
    const authorized = await authorizeRequest(everyMode, incoming({ authorization: `Bearer ${accessToken}` }));
    expect(authorized.identity).toMatchObject({ username: 'bob', groups: null, sourceIp: ['127.0.0.1'] });
  });

  it('AMAZON_COGNITO_USER_POOLS: the default user pool reports its defaultAction as defaultAuthStrategy', async () => {
    const api: ApiAuthorization = { defaultProvider: { ...providers.cognito, defaultAction: 'DENY' } };
    const { idToken } = userPool.issueTokens({ username: 'alice' });
    expect((await authorizeRequest(api, incoming({ authorization: idToken }))).identity).toMatchObject({
      defaultAuthStrategy: 'DENY',
    });
    expect(apiModes(api)).toEqual({
      defaultMode: 'AMAZON_COGNITO_USER_POOLS',
      additionalModes: [],
      cognitoDefaultAction: 'DENY',
    });
  });

  it("OPENID_CONNECT: chosen by the token's issuer; identity is sub, issuer, claims", async () => {
    const { idToken } = idp.issueTokens({ username: 'carol' });
    const authorized = await authorizeRequest(everyMode, incoming({ authorization: idToken }));
    expect(authorized.mode).toBe('OPENID_CONNECT');
    expect(authorized.authTypeLabel).toBe('Open ID Connect Authorization');
    expect(authorized.identity).toEqual({
      sub: expect.any(String),
      issuer: 'https://idp.example.com',
      claims: expect.objectContaining({ aud: 'spa' }),
    });
  });

  it('AWS_IAM: a SigV4 Authorization header; the identity AppSync documents', async () => {
    const signed = await signRequest({
      accessKeyId: 'AKIDDEVELOPER',
      secretAccessKey: 'secret',
      signingDate: new Date(NOW),
      body: BODY,
    });
    const authorized = await authorizeRequest(everyMode, incoming(signed.headers));
    expect(authorized.mode).toBe('AWS_IAM');
    expect(authorized.authTypeLabel).toBe('IAM Authorization');
    expect(authorized.identity).toEqual({
      accountId: '111122223333',
      cognitoIdentityPoolId: null,
      cognitoIdentityId: null,
      sourceIp: ['127.0.0.1'],
      username: 'AIDADEV',
      userArn: 'arn:aws:iam::111122223333:user/dev',
      cognitoIdentityAuthType: null,
      cognitoIdentityAuthProvider: null,
    });
    expect(lambdaEvents).toHaveLength(0);
  });

  it('AWS_LAMBDA: any other token; identity is the resolverContext, deniedFields kept for the field rules', async () => {
    const authorized = await authorizeRequest(everyMode, incoming({ authorization: 'custom-allow' }));
    expect(authorized).toMatchObject({
      mode: 'AWS_LAMBDA',
      authTypeLabel: 'Lambda Authorization',
      identity: { resolverContext: { tenant: 't1' } },
    });
    expect(authorized.deniedFields).toEqual(new Set(['Post.secret']));
    expect(lambdaEvents[0].requestContext).toMatchObject({ queryString: QUERY, operationName: 'MyQuery' });
    expect((await refusal(authorizeRequest(everyMode, incoming({ authorization: 'custom-deny' })))).reason).toBe(
      'lambda-denied',
    );
  });

  // security-authz: "If the API has the AWS_LAMBDA and OPENID_CONNECT … or AMAZON_COGNITO_USER_POOLS
  // authorization mode enabled, then the OIDC token cannot be used as the AWS_LAMBDA authorization token."
  it('never hands a JWT to the Lambda authorizer when a JWT mode is enabled', async () => {
    const stranger = new LocalIssuer({ issuerUrl: 'https://stranger.example.com', now: clock });
    const refused = await refusal(
      authorizeRequest(everyMode, incoming({ authorization: stranger.issueTokens({ username: 'x' }).idToken })),
    );
    expect(refused).toMatchObject({ reason: 'wrong-issuer', message: 'You are not authorized to make this call.' });
    expect(lambdaEvents).toHaveLength(0);
  });

  it('hands a SigV4-looking token to the Lambda authorizer when AWS_IAM is not enabled', async () => {
    const lambdaOnly: ApiAuthorization = { defaultProvider: providers.lambda };
    await refusal(authorizeRequest(lambdaOnly, incoming({ authorization: 'AWS4-HMAC-SHA256 Credential=x' })));
    expect(lambdaEvents.map((event) => event.authorizationToken)).toEqual(['AWS4-HMAC-SHA256 Credential=x']);
  });

  it('refuses a request without credentials: "Valid authorization header not provided."', async () => {
    const refused = await refusal(authorizeRequest(everyMode, incoming({})));
    expect(refused.statusCode).toBe(401);
    expect(refused.toBody()).toEqual({
      errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }],
    });
  });

  it('on a user-pools-only API, refuses what is not a JWT: "Unable to parse JWT token."', async () => {
    const userPoolsOnly: ApiAuthorization = { defaultProvider: providers.cognito };
    expect(
      await refusal(authorizeRequest(userPoolsOnly, incoming({ authorization: 'AWS4-HMAC-SHA256 Credential=x' }))),
    ).toMatchObject({
      message: 'Unable to parse JWT token.',
      reason: 'malformed-token',
    });
  });

  it('ignores x-api-key on an API without API_KEY', async () => {
    const userPoolsOnly: ApiAuthorization = { defaultProvider: providers.cognito };
    const { idToken } = userPool.issueTokens({ username: 'alice' });
    expect(
      (await authorizeRequest(userPoolsOnly, incoming({ 'x-api-key': apiKey, authorization: idToken }))).mode,
    ).toBe('AMAZON_COGNITO_USER_POOLS');
    expect((await refusal(authorizeRequest(userPoolsOnly, incoming({ 'x-api-key': apiKey })))).reason).toBe(
      'missing-credentials',
    );
  });

  it("describes the API's modes for the field rules", () => {
    expect(apiModes(everyMode)).toEqual({
      defaultMode: 'API_KEY',
      additionalModes: ['AMAZON_COGNITO_USER_POOLS', 'OPENID_CONNECT', 'AWS_IAM', 'AWS_LAMBDA'],
      cognitoDefaultAction: 'ALLOW',
    });
  });
});
