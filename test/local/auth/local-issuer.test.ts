import { createPublicKey, generateKeyPairSync, verify, type JsonWebKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthConfigurationError } from '../../../local/auth/errors';
import { JWKS_PATH, LocalIssuer } from '../../../local/auth/local-issuer';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const NOW_SECONDS = NOW / 1000;

function decode(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString()),
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString()),
  };
}

/** Checks a token's RS256 signature with node:crypto alone, against the key the JWKS publishes. */
function signatureIsValid(token: string, issuer: LocalIssuer): boolean {
  const [header, payload, signature] = token.split('.');
  const jwk = issuer.jwks().keys.find((key) => key.kid === decode(token).header.kid);
  if (jwk === undefined) return false;
  const publicKey = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  return verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'));
}

describe('LocalIssuer', () => {
  const issuer = new LocalIssuer({ now: () => NOW });

  it('defaults to a Cognito-shaped pool: issuer URL, pool id, client id', () => {
    expect(issuer.userPoolId).toBe('us-east-1_localpool');
    expect(issuer.issuerUrl).toBe('https://cognito-idp.us-east-1.amazonaws.com/us-east-1_localpool');
    expect(issuer.clientId).toBe('localappclient');
    expect(JWKS_PATH).toBe('/.well-known/jwks.json');
  });

  it('publishes one RS256 signing key, public parts only, under its thumbprint', () => {
    const { keys } = issuer.jwks();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toEqual({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: issuer.keyId,
      n: expect.any(String),
      e: 'AQAB',
    });
    expect(issuer.keyId).toMatch(/^[\w-]{43}$/);
  });

  it('issues a Cognito-shaped ID token', () => {
    const { idToken } = issuer.issueTokens({
      username: 'alice',
      groups: ['admin', 'readers'],
      email: 'alice@example.com',
    });
    const { header, payload } = decode(idToken);
    expect(header).toEqual({ kid: issuer.keyId, alg: 'RS256' });
    expect(payload).toEqual({
      sub: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      'cognito:groups': ['admin', 'readers'],
      email: 'alice@example.com',
      email_verified: true,
      iss: issuer.issuerUrl,
      'cognito:username': 'alice',
      origin_jti: expect.any(String),
      event_id: expect.any(String),
      aud: 'localappclient',
      token_use: 'id',
      auth_time: NOW_SECONDS,
      iat: NOW_SECONDS,
      exp: NOW_SECONDS + 3600,
      jti: expect.any(String),
    });
    expect(signatureIsValid(idToken, issuer)).toBe(true);
  });

  it('issues a Cognito-shaped access token from the same sign-in', () => {
    const { idToken, accessToken } = issuer.issueTokens({ username: 'alice', groups: ['admin'] });
    const id = decode(idToken).payload;
    const { payload } = decode(accessToken);
    expect(payload).toEqual({
      sub: id.sub,
      'cognito:groups': ['admin'],
      iss: issuer.issuerUrl,
      client_id: 'localappclient',
      origin_jti: id.origin_jti,
      event_id: id.event_id,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: NOW_SECONDS,
      iat: NOW_SECONDS,
      exp: NOW_SECONDS + 3600,
      jti: expect.any(String),
      username: 'alice',
    });
    expect(payload.jti).not.toBe(id.jti);
    expect(signatureIsValid(accessToken, issuer)).toBe(true);
  });

  it('omits cognito:groups for a user in no group, as Cognito does', () => {
    const { idToken, accessToken } = issuer.issueTokens({ username: 'bob' });
    expect(decode(idToken).payload).not.toHaveProperty('cognito:groups');
    expect(decode(accessToken).payload).not.toHaveProperty('cognito:groups');
  });

  it("keeps a user's sub stable for the same issuer, and honours an explicit sub", () => {
    const again = new LocalIssuer({ now: () => NOW });
    const sub = (i: LocalIssuer, username: string) => decode(i.issueTokens({ username }).idToken).payload.sub;
    expect(sub(again, 'alice')).toBe(sub(issuer, 'alice'));
    expect(sub(issuer, 'alice')).not.toBe(sub(issuer, 'bob'));
    expect(decode(issuer.issueTokens({ username: 'c', sub: 'fixed-sub' }).idToken).payload.sub).toBe('fixed-sub');
  });

  it('adds extra claims to the ID token without letting them replace standard ones', () => {
    const { idToken } = issuer.issueTokens({
      username: 'alice',
      extraClaims: { 'custom:tenant': 't1', token_use: 'access' },
    });
    expect(decode(idToken).payload).toMatchObject({ 'custom:tenant': 't1', token_use: 'id' });
  });

  it('honours expiresInSeconds and refuses a non-positive lifetime', () => {
    const tokens = issuer.issueTokens({ username: 'alice', expiresInSeconds: 60 });
    expect(tokens.expiresIn).toBe(60);
    expect(decode(tokens.idToken).payload.exp).toBe(NOW_SECONDS + 60);
    expect(() => issuer.issueTokens({ username: 'alice', expiresInSeconds: 0 })).toThrow(AuthConfigurationError);
  });

  it('returns an opaque refresh token, different on each sign-in', () => {
    const first = issuer.issueTokens({ username: 'alice' });
    const second = issuer.issueTokens({ username: 'alice' });
    expect(first.refreshToken).not.toContain('.');
    expect(first.refreshToken).not.toBe(second.refreshToken);
    expect(first.tokenType).toBe('Bearer');
  });

  it('takes region, pool, client and issuer URL from options', () => {
    const custom = new LocalIssuer({
      region: 'eu-west-1',
      clientId: 'web',
      issuerUrl: 'https://idp.example.com',
      now: () => NOW,
    });
    expect(custom.userPoolId).toBe('eu-west-1_localpool');
    const { payload } = decode(custom.issueTokens({ username: 'alice' }).idToken);
    expect(payload).toMatchObject({ iss: 'https://idp.example.com', aud: 'web' });
  });

  describe('with a key file', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'local-issuer-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('creates the key once and reuses it, so tokens survive a restart', () => {
      const keyFile = join(dir, 'nested', 'issuer-key.pem');
      const first = new LocalIssuer({ keyFile, now: () => NOW });
      expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      const restarted = new LocalIssuer({ keyFile, now: () => NOW });
      expect(restarted.keyId).toBe(first.keyId);
      expect(signatureIsValid(first.issueTokens({ username: 'alice' }).idToken, restarted)).toBe(true);
    });

    it('refuses a key file that does not hold an RSA key', () => {
      const keyFile = join(dir, 'ec.pem');
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }));
      expect(() => new LocalIssuer({ keyFile })).toThrow(AuthConfigurationError);
    });
  });
});
