import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { LocalIssuer } from '../../../local/auth/local-issuer';
import { LOCAL_IAM_CREDENTIAL } from '../../../local/server/auth-setup';
import { startLocalApi, type LocalApi } from '../../../local/server/local-api';
import { FIXTURES, postGraphql, sigV4Headers, type SigningCredential } from './client';

/**
 * Every authorization mode of the notes API with real credentials over HTTP: API keys, signed user pool
 * and OIDC tokens, SigV4 signatures; and the schema's auth directives applied to each caller.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */
describe('authorization over HTTP', () => {
  const start = Date.UTC(2030, 0, 15, 12);
  let clock = start;
  let api: LocalApi;
  let stateDirectory: string;
  const hour = 3600;

  beforeAll(async () => {
    stateDirectory = mkdtempSync(path.join(os.tmpdir(), 'notes-auth-'));
    api = await startLocalApi({
      apiDirectory: path.join(FIXTURES, 'notes-api'),
      port: 0,
      store: { inMemory: true },
      log: () => {},
      now: () => clock,
      stateDirectory,
      apiKeys: [
        { id: 'da2-validvalidvalidvalidvalid', expires: start / 1000 + 7 * 24 * hour },
        { id: 'da2-expiredexpiredexpiredexp', expires: start / 1000 - hour },
      ],
    });
  });
  afterAll(async () => {
    await api.close();
    rmSync(stateDirectory, { recursive: true, force: true });
  });
  afterEach(() => {
    clock = start;
  });

  const WHOAMI = '{ whoami { authType identity } }';
  const call = (headers: Record<string, string>, query = WHOAMI) => postGraphql(api.graphqlUrl, { query }, headers);
  const identityOf = async (headers: Record<string, string>) => {
    const answer = await call(headers);
    expect(answer).toMatchObject({ status: 200 });
    expect(answer.errors).toBeUndefined();
    return { authType: answer.data!.whoami.authType as string, identity: JSON.parse(answer.data!.whoami.identity as string) };
  };
  const REFUSED = { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] };
  const refusalOf = async (headers: Record<string, string>) => {
    const answer = await call(headers);
    return { status: answer.status, body: { errors: answer.errors } };
  };

  describe('API_KEY', () => {
    it('a valid key: util.authType() API Key Authorization, ctx.identity null', async () => {
      expect(await identityOf({ 'x-api-key': 'da2-validvalidvalidvalidvalid' })).toEqual({ authType: 'API Key Authorization', identity: null });
      expect(api.apiKey).toBe('da2-validvalidvalidvalidvalid');
    });

    it('an unknown key and an expired key are refused with 401', async () => {
      expect(await refusalOf({ 'x-api-key': 'da2-unknownunknownunknownunkn' })).toEqual({ status: 401, body: REFUSED });
      expect(await refusalOf({ 'x-api-key': 'da2-expiredexpiredexpiredexp' })).toEqual({ status: 401, body: REFUSED });
    });

    it('the valid key expires too, on the API clock', async () => {
      clock = start + 8 * 24 * hour * 1000;
      expect((await refusalOf({ 'x-api-key': 'da2-validvalidvalidvalidvalid' })).status).toBe(401);
    });

    it('no credential at all', async () => {
      expect(await refusalOf({})).toEqual({
        status: 401,
        body: { errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }] },
      });
    });
  });

  describe('AMAZON_COGNITO_USER_POOLS', () => {
    it('an ID token from the local issuer: the user pools identity', async () => {
      const { idToken } = api.userPoolIssuer!.issueTokens({ username: 'ann', groups: ['admins'], email: 'ann@notes.example' });
      const { authType, identity } = await identityOf({ authorization: idToken });
      expect(authType).toBe('User Pool Authorization');
      expect(identity).toEqual({
        sub: api.userPoolIssuer!.subjectOf('ann'),
        issuer: `https://cognito-idp.us-east-1.amazonaws.com/${api.userPoolIssuer!.userPoolId}`,
        username: 'ann',
        claims: expect.objectContaining({ 'cognito:username': 'ann', email: 'ann@notes.example', token_use: 'id', aud: 'localappclient' }),
        sourceIp: ['127.0.0.1'],
        defaultAuthStrategy: 'ALLOW',
        groups: ['admins'],
      });
    });

    it('an access token works too', async () => {
      const { accessToken } = api.userPoolIssuer!.issueTokens({ username: 'bob' });
      expect((await identityOf({ authorization: accessToken })).identity).toMatchObject({ username: 'bob', groups: null });
    });

    it('POST /local/sign-in with a local user: tokens the API accepts; a wrong password is refused', async () => {
      const signIn = (password: string) =>
        fetch(`${api.url}/local/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bob', password }) });
      const refused = await signIn('wrong');
      expect({ status: refused.status, body: await refused.json() }).toEqual({ status: 401, body: { message: 'Incorrect username or password.' } });
      const signedIn = await signIn('bob-password-1');
      expect(signedIn.status).toBe(200);
      const tokens = (await signedIn.json()) as { idToken: string; userId: string; tokenType: string; expiresIn: number };
      expect(tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600, userId: api.userPoolIssuer!.subjectOf('bob') });
      expect((await identityOf({ authorization: tokens.idToken })).identity).toMatchObject({ username: 'bob', sub: tokens.userId });
    });

    it("Cognito's InitiateAuth on the engine's port, through an unmodified SDK client", async () => {
      const client = new CognitoIdentityProviderClient({ endpoint: api.url, region: 'us-east-1', credentials: LOCAL_IAM_CREDENTIAL });
      const answer = await client.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: api.userPoolIssuer!.clientId,
          AuthParameters: { USERNAME: 'ann', PASSWORD: 'ann-password-1' },
        }),
      );
      expect((await identityOf({ authorization: answer.AuthenticationResult!.IdToken! })).identity).toMatchObject({ username: 'ann', groups: ['admins'] });
      await expect(
        client.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: 'x', AuthParameters: { USERNAME: 'ann', PASSWORD: 'no' } })),
      ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    });

    it('an expired token (on the API clock) is refused: Token has expired.', async () => {
      const { idToken } = api.userPoolIssuer!.issueTokens({ username: 'ann' });
      clock = start + (hour + 1) * 1000;
      expect(await refusalOf({ authorization: idToken })).toEqual({
        status: 401,
        body: { errors: [{ errorType: 'UnauthorizedException', message: 'Token has expired.' }] },
      });
    });

    it('a tampered token (claims changed, signature kept) is refused', async () => {
      const [header, payload, signature] = api.userPoolIssuer!.issueTokens({ username: 'bob' }).idToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admins'] })).toString('base64url');
      expect(await refusalOf({ authorization: `${header}.${forged}.${signature}` })).toEqual({ status: 401, body: REFUSED });
    });

    it('a token for another app client (signed with the right key) fails appIdClientRegex', async () => {
      const otherClient = new LocalIssuer({ keyFile: path.join(stateDirectory, 'user-pool.pem'), clientId: 'otherappclient', now: () => clock });
      const { idToken } = otherClient.issueTokens({ username: 'ann' });
      expect(await refusalOf({ authorization: idToken })).toEqual({ status: 401, body: REFUSED });
    });

    it('@aws_cognito_user_pools(cognito_groups: ["admins"]) admits members of the group only', async () => {
      const admin = api.userPoolIssuer!.issueTokens({ username: 'ann', groups: ['admins'] }).idToken;
      const other = api.userPoolIssuer!.issueTokens({ username: 'bob', groups: ['readers'] }).idToken;
      expect((await call({ authorization: admin }, '{ adminsOnly }')).data).toEqual({ adminsOnly: 'for admins' });
      const denied = await call({ authorization: other }, '{ adminsOnly }');
      expect(denied.data).toEqual({ adminsOnly: null });
      expect(denied.errors).toEqual([expect.objectContaining({ path: ['adminsOnly'], errorType: 'Unauthorized', message: 'Not Authorized to access adminsOnly on type Query' })]);
    });
  });

  describe('OPENID_CONNECT', () => {
    it('a token from the OIDC issuer: the OIDC identity', async () => {
      const { idToken } = api.oidcIssuer!.issueTokens({ username: 'olga' });
      const { authType, identity } = await identityOf({ authorization: `Bearer ${idToken}` });
      expect(authType).toBe('Open ID Connect Authorization');
      expect(identity).toEqual({ sub: api.oidcIssuer!.subjectOf('olga'), issuer: 'https://login.notes.example', claims: expect.objectContaining({ aud: 'notes-web' }) });
    });

    it('a token for another client id is refused; so is an expired one', async () => {
      const otherClient = new LocalIssuer({ keyFile: path.join(stateDirectory, 'oidc.pem'), issuerUrl: 'https://login.notes.example', clientId: 'notes-mobile', now: () => clock });
      expect(await refusalOf({ authorization: otherClient.issueTokens({ username: 'olga' }).idToken })).toEqual({ status: 401, body: REFUSED });
      const { idToken } = api.oidcIssuer!.issueTokens({ username: 'olga', expiresInSeconds: 60 });
      clock = start + 61_000;
      expect((await refusalOf({ authorization: idToken })).body.errors).toEqual([{ errorType: 'UnauthorizedException', message: 'Token has expired.' }]);
    });
  });

  describe('AWS_IAM', () => {
    const signed = async (query: string, credential: SigningCredential = LOCAL_IAM_CREDENTIAL, tamper?: (body: string) => string) => {
      const body = JSON.stringify({ query });
      const headers = await sigV4Headers(api.graphqlUrl, body, credential, new Date(clock));
      return postGraphql(api.graphqlUrl, tamper ? tamper(body) : body, headers);
    };

    it('a request signed with the local credential: the IAM identity', async () => {
      const answer = await signed(WHOAMI);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.whoami.authType).toBe('IAM Authorization');
      expect(JSON.parse(answer.data!.whoami.identity)).toEqual({
        accountId: '000000000000',
        cognitoIdentityPoolId: null,
        cognitoIdentityId: null,
        sourceIp: ['127.0.0.1'],
        username: 'local-developer',
        userArn: 'arn:aws:iam::000000000000:user/local-developer',
        cognitoIdentityAuthType: null,
        cognitoIdentityAuthProvider: null,
      });
    });

    it('a wrong secret, a body changed after signing, and an unknown key are refused with 403', async () => {
      const wrongSecret = await signed(WHOAMI, { ...LOCAL_IAM_CREDENTIAL, secretAccessKey: 'not-the-secret' });
      expect({ status: wrongSecret.status, errorType: wrongSecret.errors?.[0].errorType }).toEqual({ status: 403, errorType: 'InvalidSignatureException' });
      const changed = await signed(WHOAMI, LOCAL_IAM_CREDENTIAL, (body) => body.replace('whoami', 'whoami '));
      expect(changed.status).toBe(403);
      const unknown = await signed(WHOAMI, { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' });
      expect({ status: unknown.status, errors: unknown.errors }).toEqual({
        status: 403,
        errors: [{ errorType: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' }],
      });
    });

    it('a signature older than five minutes on the API clock is refused', async () => {
      const body = JSON.stringify({ query: WHOAMI });
      const headers = await sigV4Headers(api.graphqlUrl, body, LOCAL_IAM_CREDENTIAL, new Date(clock));
      clock = start + 6 * 60_000;
      const late = await postGraphql(api.graphqlUrl, body, headers);
      expect({ status: late.status, errorType: late.errors?.[0].errorType }).toEqual({ status: 403, errorType: 'InvalidSignatureException' });
      expect(late.errors?.[0].message).toMatch(/^Signature expired/);
    });

    it('field directives override the type: only IAM reads Note.internalRef', async () => {
      const note = await postGraphql(api.graphqlUrl, { query: 'mutation { addNote(text: "ref") { id } }' }, { 'x-api-key': 'da2-validvalidvalidvalidvalid' });
      const query = `{ note(id: "${note.data!.addNote.id}") { text internalRef } }`;
      expect((await signed(query)).data).toEqual({ note: { text: 'ref', internalRef: `ref-${note.data!.addNote.id}` } });
      const byKey = await call({ 'x-api-key': 'da2-validvalidvalidvalidvalid' }, query);
      expect(byKey.data).toEqual({ note: { text: 'ref', internalRef: null } });
      expect(byKey.errors).toEqual([
        expect.objectContaining({ path: ['note', 'internalRef'], errorType: 'Unauthorized', message: 'Not Authorized to access internalRef on type Note' }),
      ]);
    });
  });

  describe('directives over HTTP', () => {
    const apiKey = { 'x-api-key': 'da2-validvalidvalidvalidvalid' };
    const user = () => ({ authorization: api.userPoolIssuer!.issueTokens({ username: 'bob' }).idToken });
    const oidc = () => ({ authorization: api.oidcIssuer!.issueTokens({ username: 'olga' }).idToken });

    it('a field without a directive is for the default mode (user pools) only', async () => {
      expect((await call(user(), '{ secret }')).data).toEqual({ secret: 'for the default mode only' });
      for (const headers of [apiKey, oidc()]) {
        const answer = await call(headers, '{ secret }');
        expect(answer.data).toEqual({ secret: null });
        expect(answer.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access secret on type Query' })]);
      }
    });

    it("a field's directives decide on their own: Query.notes does not list OIDC though NotePage does", async () => {
      const answer = await call(oidc(), '{ notes { items { id } } note(id: "welcome") { id } }');
      expect(answer.data).toEqual({ notes: null, note: { id: 'welcome' } });
      expect(answer.errors).toEqual([expect.objectContaining({ path: ['notes'], errorType: 'Unauthorized' })]);
    });

    it('a mutation for user pools only refuses an API key caller before anything is written', async () => {
      const answer = await call(apiKey, 'mutation { removeNote(id: "welcome") { id } }');
      expect(answer.errors).toEqual([expect.objectContaining({ path: ['removeNote'], message: 'Not Authorized to access removeNote on type Mutation' })]);
      expect((await call(apiKey, '{ note(id: "welcome") { id } }')).data).toEqual({ note: { id: 'welcome' } });
    });
  });
});
