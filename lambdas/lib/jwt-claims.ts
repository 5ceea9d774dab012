/**
 * The claims of a JWT, read without checking its signature. Only for tokens this code just received from
 * the issuer itself over TLS (a Cognito InitiateAuth answer), as OpenID Connect Core 3.1.3.7 allows; never
 * for tokens a caller sends.
 */
export function unverifiedClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (payload === undefined) throw new TypeError('not a JWT: it has no payload part');
  const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) throw new TypeError('not a JWT: its payload is not a JSON object');
  return claims as Record<string, unknown>;
}
