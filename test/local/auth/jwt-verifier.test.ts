import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthConfigurationError } from '../../../local/auth/errors';
import {
  cognitoTokenVerifier,
  openIdConnectTokenVerifier,
  tokenFromAuthorizationHeader,
  unverifiedIssuer,
} from '../../../local/auth/jwt-verifier';
import { LocalIssuer } from '../../../local/auth/local-issuer';
import { refusal } from './refusal';

const ISSUED_AT = Date.UTC(2025, 0, 15, 12, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Changes one claim of a signed token and keeps the original signature. */
function withClaim(token: string, name: string, value: unknown): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  const changed = Buffer.from(JSON.stringify({ ...claims, [name]: value })).toString('base64url');
  return `${header}.${changed}.${signature}`;
}

let now = ISSUED_AT;
const clock = () => now;
beforeEach(() => {
  now = ISSUED_AT;
});

describe('AMAZON_COGNITO_USER_POOLS tokens', () => {
  const issuer = new LocalIssuer({ now: clock });
  const verifier = cognitoTokenVerifier({ userPoolId: issuer.userPoolId }, { jwks: () => issuer.jwks(), now: clock });

  it('accepts the ID token and the access token of a sign-in', async () => {
    const { idToken, accessToken } = issuer.issueTokens({ username: 'alice', groups: ['admin'] });
    await expect(verifier.verify(idToken)).resolves.toMatchObject({ token_use: 'id', 'cognito:username': 'alice' });
    await expect(verifier.verify(accessToken)).resolves.toMatchObject({ token_use: 'access', username: 'alice' });
  });

  it('names the issuers it accepts, so requests can be routed to it', () => {
    expect(verifier.issuers).toContain(issuer.issuerUrl);
    expect(unverifiedIssuer(issuer.issueTokens({ username: 'alice' }).idToken)).toBe(issuer.issuerUrl);
    expect(unverifiedIssuer('not a token')).toBeUndefined();
  });

  it('accepts the token with or without a Bearer scheme in the header', async () => {
    const { idToken } = issuer.issueTokens({ username: 'alice' });
    expect(tokenFromAuthorizationHeader(idToken)).toBe(idToken);
    expect(tokenFromAuthorizationHeader(`Bearer ${idToken}`)).toBe(idToken);
    expect(tokenFromAuthorizationHeader(`bearer  ${idToken}`)).toBe(idToken);
    await expect(verifier.verify(tokenFromAuthorizationHeader(`Bearer ${idToken}`))).resolves.toBeDefined();
  });

  it('refuses an expired token with "Token has expired.", on the injected clock', async () => {
    const { idToken } = issuer.issueTokens({ username: 'alice', expiresInSeconds: 60 });
    now = ISSUED_AT + 59 * SECOND;
    await expect(verifier.verify(idToken)).resolves.toBeDefined();
    now = ISSUED_AT + 60 * SECOND;
    const refused = await refusal(verifier.verify(idToken));
    expect(refused).toMatchObject({
      errorType: 'UnauthorizedException',
      message: 'Token has expired.',
      statusCode: 401,
      reason: 'expired-token',
    });
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const { idToken } = issuer.issueTokens({ username: 'alice', groups: ['readers'] });
    const refused = await refusal(verifier.verify(withClaim(idToken, 'cognito:groups', ['admin'])));
    expect(refused).toMatchObject({
      reason: 'invalid-signature',
      message: 'You are not authorized to make this call.',
    });
  });

  it('refuses a token whose signature was changed', async () => {
    const { idToken } = issuer.issueTokens({ username: 'alice' });
    const [header, payload, signature] = idToken.split('.');
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    expect((await refusal(verifier.verify(`${header}.${payload}.${flipped}`))).reason).toBe('invalid-signature');
  });

  it('refuses a token signed by a key the pool does not publish (unknown kid)', async () => {
    const impostor = new LocalIssuer({ now: clock });
    expect((await refusal(verifier.verify(impostor.issueTokens({ username: 'alice' }).idToken))).reason).toBe(
      'unknown-key-id',
    );
  });

  it('picks up a new key when the issuer rotates it (the JWKS is asked again for an unknown kid)', async () => {
    let current = new LocalIssuer({ now: clock });
    const rotating = cognitoTokenVerifier(
      { userPoolId: current.userPoolId },
      { jwks: () => current.jwks(), now: clock },
    );
    await rotating.verify(current.issueTokens({ username: 'alice' }).idToken);
    current = new LocalIssuer({ now: clock });
    await expect(rotating.verify(current.issueTokens({ username: 'alice' }).idToken)).resolves.toBeDefined();
  });

  it('refuses a token of another user pool, even one signed with a key it trusts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jwt-verifier-'));
    try {
      const keyFile = join(dir, 'key.pem');
      const poolA = new LocalIssuer({ keyFile, now: clock });
      const poolB = new LocalIssuer({ keyFile, userPoolId: 'us-east-1_otherpool', now: clock });
      const verifierA = cognitoTokenVerifier(
        { userPoolId: poolA.userPoolId },
        { jwks: () => poolA.jwks(), now: clock },
      );
      expect((await refusal(verifierA.verify(poolB.issueTokens({ username: 'alice' }).idToken))).reason).toBe(
        'wrong-issuer',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies appIdClientRegex to the whole app client id (aud of ID tokens, client_id of access tokens)', async () => {
    const { idToken, accessToken } = issuer.issueTokens({ username: 'alice' });
    const verifierFor = (appIdClientRegex: string) =>
      cognitoTokenVerifier(
        { userPoolId: issuer.userPoolId, appIdClientRegex },
        { jwks: () => issuer.jwks(), now: clock },
      );
    await expect(verifierFor('local.*').verify(idToken)).resolves.toBeDefined();
    await expect(verifierFor('localappclient|web').verify(accessToken)).resolves.toBeDefined();
    expect((await refusal(verifierFor('localapp').verify(idToken))).reason).toBe('wrong-audience');
    expect((await refusal(verifierFor('web').verify(accessToken))).reason).toBe('wrong-audience');
    expect(() => verifierFor('(')).toThrow(AuthConfigurationError);
  });

  it('refuses a token that is not yet valid (nbf in the future)', async () => {
    const { idToken } = issuer.issueTokens({ username: 'alice', extraClaims: { nbf: ISSUED_AT / 1000 + 60 } });
    expect((await refusal(verifier.verify(idToken))).reason).toBe('token-not-yet-valid');
  });

  it('answers "Unable to parse JWT token." for something that is not a JWT', async () => {
    const refused = await refusal(verifier.verify('AWS4-HMAC-SHA256 Credential=x'));
    expect(refused).toMatchObject({
      reason: 'malformed-token',
      message: 'Unable to parse JWT token.',
      statusCode: 401,
    });
  });
});

describe('OPENID_CONNECT tokens', () => {
  const idp = new LocalIssuer({ issuerUrl: 'https://idp.example.com', clientId: 'spa', now: clock });
  const verifierFor = (config: { clientId?: string; iatTTL?: number; authTTL?: number; issuer?: string } = {}) =>
    openIdConnectTokenVerifier({ issuer: idp.issuerUrl, ...config }, { jwks: () => idp.jwks(), now: clock });

  it('accepts a token of the configured issuer', async () => {
    const { idToken } = idp.issueTokens({ username: 'alice' });
    await expect(verifierFor().verify(idToken)).resolves.toMatchObject({ iss: 'https://idp.example.com', aud: 'spa' });
    expect(verifierFor().issuers).toEqual(['https://idp.example.com']);
  });

  it('matches clientId, a regular expression, against aud', async () => {
    const { idToken } = idp.issueTokens({ username: 'alice' });
    await expect(verifierFor({ clientId: 'spa|mobile' }).verify(idToken)).resolves.toBeDefined();
    expect((await refusal(verifierFor({ clientId: 'web' }).verify(idToken))).reason).toBe('wrong-audience');
  });

  it('refuses a token of another issuer', async () => {
    const { idToken } = idp.issueTokens({ username: 'alice' });
    expect((await refusal(verifierFor({ issuer: 'https://other.example.com' }).verify(idToken))).reason).toBe(
      'wrong-issuer',
    );
  });

  it('refuses a token older than iatTTL milliseconds', async () => {
    const { idToken } = idp.issueTokens({ username: 'alice' });
    const verifier = verifierFor({ iatTTL: MINUTE });
    now = ISSUED_AT + MINUTE;
    await expect(verifier.verify(idToken)).resolves.toBeDefined();
    now = ISSUED_AT + MINUTE + SECOND;
    expect(await refusal(verifier.verify(idToken))).toMatchObject({
      reason: 'expired-token',
      message: 'Token has expired.',
    });
  });

  it('refuses a token whose authentication is older than authTTL milliseconds', async () => {
    const { idToken } = idp.issueTokens({ username: 'alice' });
    const verifier = verifierFor({ authTTL: 2 * MINUTE });
    now = ISSUED_AT + 2 * MINUTE + SECOND;
    expect((await refusal(verifier.verify(idToken))).reason).toBe('expired-token');
  });

  it('refuses an expired token', async () => {
    const { idToken } = idp.issueTokens({ username: 'alice' });
    now = ISSUED_AT + 3600 * SECOND;
    expect((await refusal(verifierFor().verify(idToken))).reason).toBe('expired-token');
  });
});
