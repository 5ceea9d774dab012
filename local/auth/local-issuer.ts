import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes as cryptoRandomBytes,
  randomUUID as cryptoRandomUUID,
  sign,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { AuthConfigurationError } from './errors';

/**
 * A local stand-in for a Cognito user pool's token endpoint: it signs ID and access tokens shaped like the
 * ones Cognito issues (RS256, `kid` header, the same claims), so the JWT verifier checks them exactly as it
 * would check real ones. The key pair is made locally; give `keyFile` to keep it (and so every token
 * issued) valid across restarts.
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
 * https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
 */

/** Where Cognito publishes a pool's public keys, relative to the issuer URL; the engine serves `jwks()` there. */
export const JWKS_PATH = '/.well-known/jwks.json';

/** Cognito's default lifetime of ID and access tokens. */
const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

/** The scope Cognito puts in access tokens issued by a user-password sign-in. */
const COGNITO_SIGN_IN_SCOPE = 'aws.cognito.signin.user.admin';

/** RFC 4122 URL namespace: `sub` is a name-based UUID so a user keeps the same `sub` across restarts. */
const UUID_URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

export interface LocalIssuerOptions {
  /** @default 'us-east-1' */
  readonly region?: string;
  /** Must look like a Cognito pool id (`<region>_<letters and digits>`). @default `${region}_localpool` */
  readonly userPoolId?: string;
  /** The app client id: `aud` of ID tokens, `client_id` of access tokens. @default 'localappclient' */
  readonly clientId?: string;
  /** The `iss` claim. @default `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`, as Cognito */
  readonly issuerUrl?: string;
  /** A PKCS#8 PEM file holding the RSA private key: read if it exists, otherwise created. */
  readonly keyFile?: string;
  /** Milliseconds since the epoch. @default Date.now */
  readonly now?: () => number;
  /** @default crypto.randomUUID */
  readonly randomUUID?: () => string;
  /** @default crypto.randomBytes */
  readonly randomBytes?: (size: number) => Uint8Array;
}

export interface IssueTokensInput {
  readonly username: string;
  /** @default a UUID derived from the issuer URL and the username */
  readonly sub?: string;
  /** Becomes `cognito:groups` (omitted when empty, as Cognito does). */
  readonly groups?: readonly string[];
  readonly email?: string;
  /** Extra ID-token claims (e.g. `custom:tenant`); the standard claims above win on a name clash. */
  readonly extraClaims?: Readonly<Record<string, unknown>>;
  /** @default 3600 */
  readonly expiresInSeconds?: number;
}

/** Named after the fields of Cognito's `AuthenticationResult`. */
export interface IssuedTokens {
  readonly idToken: string;
  readonly accessToken: string;
  /** Opaque, as Cognito's: only the issuer can read it, and this one never does. */
  readonly refreshToken: string;
  readonly expiresIn: number;
  readonly tokenType: 'Bearer';
}

export class LocalIssuer {
  readonly region: string;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly issuerUrl: string;
  /** RFC 7638 thumbprint of the public key: stable for a persisted key. */
  readonly keyId: string;
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Jwks['keys'][number];
  private readonly now: () => number;
  private readonly randomUUID: () => string;
  private readonly randomBytes: (size: number) => Uint8Array;

  constructor(options: LocalIssuerOptions = {}) {
    this.region = options.region ?? 'us-east-1';
    this.userPoolId = options.userPoolId ?? `${this.region}_localpool`;
    this.clientId = options.clientId ?? 'localappclient';
    this.issuerUrl = options.issuerUrl ?? `https://cognito-idp.${this.region}.amazonaws.com/${this.userPoolId}`;
    this.now = options.now ?? Date.now;
    this.randomUUID = options.randomUUID ?? cryptoRandomUUID;
    this.randomBytes = options.randomBytes ?? ((size) => cryptoRandomBytes(size));
    this.privateKey = options.keyFile === undefined ? generateRsaKey() : loadOrCreateRsaKey(options.keyFile);
    const { n, e } = createPublicKey(this.privateKey).export({ format: 'jwk' });
    if (n === undefined || e === undefined) throw new AuthConfigurationError('BadRequestException', 'not an RSA key');
    this.keyId = rsaThumbprint(n, e);
    this.publicJwk = { kty: 'RSA', alg: 'RS256', use: 'sig', kid: this.keyId, n, e };
  }

  /** The JSON Web Key Set to serve at `<issuerUrl>${JWKS_PATH}`. */
  jwks(): Jwks {
    return { keys: [{ ...this.publicJwk }] };
  }

  /** The `sub` this issuer gives `username` when none is passed: stable across restarts. */
  subjectOf(username: string): string {
    return nameBasedUuid(`${this.issuerUrl}#${username}`);
  }

  issueTokens(input: IssueTokensInput): IssuedTokens {
    const expiresIn = input.expiresInSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS;
    if (!Number.isInteger(expiresIn) || expiresIn <= 0) {
      throw new AuthConfigurationError(
        'BadRequestException',
        `expiresInSeconds must be a positive integer, got ${expiresIn}`,
      );
    }
    const issuedAt = Math.floor(this.now() / 1000);
    const sub = input.sub ?? this.subjectOf(input.username);
    const groups = input.groups !== undefined && input.groups.length > 0 ? { 'cognito:groups': [...input.groups] } : {};
    // One sign-in: the ID and access token share origin_jti and event_id, as Cognito's do.
    const session = { origin_jti: this.randomUUID(), event_id: this.randomUUID() };
    const times = { auth_time: issuedAt, iat: issuedAt, exp: issuedAt + expiresIn };
    const email = input.email === undefined ? {} : { email: input.email, email_verified: true };

    const idClaims = {
      ...input.extraClaims,
      sub,
      ...groups,
      ...email,
      iss: this.issuerUrl,
      'cognito:username': input.username,
      ...session,
      aud: this.clientId,
      token_use: 'id',
      ...times,
      jti: this.randomUUID(),
    };
    const accessClaims = {
      sub,
      ...groups,
      iss: this.issuerUrl,
      client_id: this.clientId,
      ...session,
      token_use: 'access',
      scope: COGNITO_SIGN_IN_SCOPE,
      ...times,
      jti: this.randomUUID(),
      username: input.username,
    };
    return {
      idToken: this.signJwt(idClaims),
      accessToken: this.signJwt(accessClaims),
      refreshToken: Buffer.from(this.randomBytes(48)).toString('base64url'),
      expiresIn,
      tokenType: 'Bearer',
    };
  }

  private signJwt(claims: Record<string, unknown>): string {
    const signingInput = `${base64UrlJson({ kid: this.keyId, alg: 'RS256' })}.${base64UrlJson(claims)}`;
    const signature = sign('sha256', Buffer.from(signingInput), this.privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
  }
}

function generateRsaKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

function loadOrCreateRsaKey(keyFile: string): KeyObject {
  if (existsSync(keyFile)) {
    const key = createPrivateKey(readFileSync(keyFile));
    if (key.asymmetricKeyType !== 'rsa') {
      throw new AuthConfigurationError('BadRequestException', `${keyFile} does not hold an RSA private key`);
    }
    return key;
  }
  const key = generateRsaKey();
  mkdirSync(dirname(keyFile), { recursive: true });
  // Owner-only: whoever reads this file can sign tokens the local API accepts.
  writeFileSync(keyFile, key.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  return key;
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
function rsaThumbprint(n: string, e: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ e, kty: 'RSA', n }))
    .digest('base64url');
}

/** RFC 4122 version 5 (SHA-1, name-based) UUID in the URL namespace. */
function nameBasedUuid(name: string): string {
  const hash = createHash('sha1').update(UUID_URL_NAMESPACE).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
