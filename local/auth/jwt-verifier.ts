import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import {
  CognitoJwtInvalidClientIdError,
  JwtBaseError,
  JwtInvalidAudienceError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtParseError,
  JwtWithoutValidKidError,
  KidNotFoundInJwksError,
} from 'aws-jwt-verify/error';
import { SimpleJwksCache, type Jwks, type PenaltyBox } from 'aws-jwt-verify/jwk';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { AuthorizationRefusal, UNAUTHORIZED_MESSAGES, unauthorized } from './errors';
import { compileFullMatch } from './full-match';
import type { JwtClaims } from './identity';
import { JWKS_PATH } from './local-issuer';

/**
 * Verification of the JWTs of the AMAZON_COGNITO_USER_POOLS and OPENID_CONNECT modes with aws-jwt-verify:
 * signature against the issuer's JWKS, issuer, then AppSync's own settings (appIdClientRegex; clientId,
 * iatTTL, authTTL). The JWKS comes from a function in process (the local issuer), never from the network.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_UserPoolConfig.html
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_OpenIDConnectConfig.html
 */

/** The user pool settings AppSync applies to a token. */
export interface CognitoUserPoolConfig {
  readonly userPoolId: string;
  /** Matched against the app client id (`aud` of an ID token, `client_id` of an access token). */
  readonly appIdClientRegex?: string;
}

/** The OIDC settings AppSync applies to a token. */
export interface OpenIdConnectConfig {
  /** Must equal the token's `iss` exactly. */
  readonly issuer: string;
  /** A regular expression matched against `aud`. */
  readonly clientId?: string;
  /** Milliseconds a token stays valid after `iat`. */
  readonly iatTTL?: number;
  /** Milliseconds a token stays valid after `auth_time`. */
  readonly authTTL?: number;
}

export interface TokenVerifierDeps {
  /** The issuer's current key set (e.g. `() => localIssuer.jwks()`); asked again when a `kid` is unknown. */
  readonly jwks: () => Jwks;
  /** Milliseconds since the epoch; all time claims are checked against it. @default Date.now */
  readonly now?: () => number;
}

export interface TokenVerifier {
  /** The `iss` values this verifier accepts, so a request can be routed to it before verification. */
  readonly issuers: readonly string[];
  /** The verified claims, or an `AuthorizationRefusal` (rejected promise). */
  verify(token: string): Promise<JwtClaims>;
}

export function cognitoTokenVerifier(config: CognitoUserPoolConfig, deps: TokenVerifierDeps): TokenVerifier {
  const now = deps.now ?? Date.now;
  const clientMatches =
    config.appIdClientRegex === undefined ? undefined : compileFullMatch(config.appIdClientRegex, 'appIdClientRegex');
  const verifier = CognitoJwtVerifier.create(
    {
      userPoolId: config.userPoolId,
      // AppSync takes both token kinds; which app client is checked below, against the regex.
      tokenUse: null,
      clientId: null,
      ...TIME_CHECKED_BELOW,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'id' && payload.token_use !== 'access') throw unauthorized('wrong-token-use');
        const client = payload.token_use === 'id' ? payload.aud : payload.client_id;
        if (clientMatches !== undefined && !(typeof client === 'string' && clientMatches(client))) {
          throw unauthorized('wrong-audience');
        }
        checkTokenTimes(payload, now(), {});
      },
    },
    { jwksCache: inProcessJwksCache(deps.jwks) },
  );
  const region = config.userPoolId.split('_')[0];
  // Cognito signs with its regional issuer; aws-jwt-verify also accepts the newer global form.
  const issuers = [
    `https://cognito-idp.${region}.amazonaws.com/${config.userPoolId}`,
    `https://issuer-cognito-idp.${region}.amazonaws.com/${config.userPoolId}`,
  ];
  return { issuers, verify: (token) => verifyWith(issuers, token, () => verifier.verify(token)) };
}

export function openIdConnectTokenVerifier(config: OpenIdConnectConfig, deps: TokenVerifierDeps): TokenVerifier {
  const now = deps.now ?? Date.now;
  const clientMatches = config.clientId === undefined ? undefined : compileFullMatch(config.clientId, 'clientId');
  const verifier = JwtVerifier.create(
    {
      issuer: config.issuer,
      // Only a cache key here: the in-process cache below never fetches it.
      jwksUri: `${config.issuer.replace(/\/$/, '')}${JWKS_PATH}`,
      audience: null,
      ...TIME_CHECKED_BELOW,
      customJwtCheck: ({ payload }) => {
        if (clientMatches !== undefined && !audiences(payload).some(clientMatches)) {
          throw unauthorized('wrong-audience');
        }
        checkTokenTimes(payload, now(), config);
      },
    },
    { jwksCache: inProcessJwksCache(deps.jwks) },
  );
  const issuers = [config.issuer];
  return { issuers, verify: (token) => verifyWith(issuers, token, () => verifier.verify(token)) };
}

/**
 * The token in an `Authorization` header. AppSync takes the raw token; a `Bearer ` scheme is accepted too
 * (security-authz: "the OIDC token can be a Bearer scheme"), though older answers from AWS said it was not.
 */
export function tokenFromAuthorizationHeader(header: string): string {
  return header.trim().replace(/^bearer\s+/i, '');
}

/** The `iss` of a token that parses as a JWT (unverified: only used to pick a verifier), else undefined. */
export function unverifiedIssuer(token: string): string | undefined {
  try {
    const { iss } = decomposeUnverifiedJwt(token).payload;
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return undefined;
  }
}

/**
 * aws-jwt-verify reads the process clock for `exp`/`nbf`; an infinite grace turns those checks off so that
 * `checkTokenTimes` can make them against the injected clock, the same one the local issuer signs with.
 */
const TIME_CHECKED_BELOW = { graceSeconds: Number.POSITIVE_INFINITY } as const;

interface TokenLifetimes {
  readonly iatTTL?: number;
  readonly authTTL?: number;
}

function checkTokenTimes(payload: JwtPayload, nowMs: number, lifetimes: TokenLifetimes): void {
  if (typeof payload.exp === 'number' && nowMs >= payload.exp * 1000) {
    throw unauthorized('expired-token', UNAUTHORIZED_MESSAGES.expiredToken);
  }
  if (typeof payload.nbf === 'number' && nowMs < payload.nbf * 1000) throw unauthorized('token-not-yet-valid');
  checkLifetime(payload.iat, lifetimes.iatTTL, nowMs);
  checkLifetime(payload.auth_time, lifetimes.authTTL, nowMs);
}

/** A TTL of 0 or none means the setting is off; when on, a token without the claim cannot satisfy it. */
function checkLifetime(claimSeconds: unknown, ttlMs: number | undefined, nowMs: number): void {
  if (ttlMs === undefined || ttlMs <= 0) return;
  if (typeof claimSeconds !== 'number' || nowMs > claimSeconds * 1000 + ttlMs) {
    throw unauthorized('expired-token', UNAUTHORIZED_MESSAGES.expiredToken);
  }
}

function audiences(payload: JwtPayload): string[] {
  if (typeof payload.aud === 'string') return [payload.aud];
  return Array.isArray(payload.aud) ? payload.aud : [];
}

/** The key set is in memory, so a miss costs nothing: no back-off between look-ups. */
const NO_PENALTY: PenaltyBox = {
  wait: async () => undefined,
  registerFailedAttempt: () => undefined,
  registerSuccessfulAttempt: () => undefined,
};

function inProcessJwksCache(jwks: () => Jwks): SimpleJwksCache {
  return new SimpleJwksCache({
    penaltyBox: NO_PENALTY,
    fetcher: { fetch: async () => new TextEncoder().encode(JSON.stringify(jwks())).buffer },
  });
}

async function verifyWith(
  issuers: readonly string[],
  token: string,
  verify: () => Promise<JwtPayload>,
): Promise<JwtClaims> {
  // Said here, not left to aws-jwt-verify: for an issuer it was not configured with it only reports a
  // parameter error.
  const issuer = unverifiedIssuer(token);
  if (issuer !== undefined && !issuers.includes(issuer)) throw unauthorized('wrong-issuer');
  try {
    return await verify();
  } catch (error) {
    throw refusalFor(error);
  }
}

function refusalFor(error: unknown): unknown {
  if (error instanceof AuthorizationRefusal) return error;
  if (error instanceof JwtParseError) return unauthorized('malformed-token', UNAUTHORIZED_MESSAGES.unparseableToken);
  if (error instanceof JwtInvalidSignatureError || error instanceof JwtInvalidSignatureAlgorithmError) {
    return unauthorized('invalid-signature');
  }
  if (error instanceof KidNotFoundInJwksError || error instanceof JwtWithoutValidKidError) {
    return unauthorized('unknown-key-id');
  }
  if (error instanceof JwtInvalidIssuerError) return unauthorized('wrong-issuer');
  if (error instanceof JwtInvalidAudienceError || error instanceof CognitoJwtInvalidClientIdError) {
    return unauthorized('wrong-audience');
  }
  if (error instanceof JwtBaseError) return unauthorized('invalid-token');
  return error;
}
