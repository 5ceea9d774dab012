/**
 * Named errors of the authorization layer. A refused REQUEST (no resolver runs) carries the HTTP status and
 * the single error AppSync puts in the body; a refused FIELD is an ordinary GraphQL error with errorType
 * `Unauthorized` (see `deniedFieldError` in directives.ts).
 *
 * Messages are the ones AppSync is seen to return; the `reason` is ours, for logs and tests, because AppSync
 * answers several different failures with the same words.
 */

/** Refusal messages AppSync returns with HTTP 401 and errorType `UnauthorizedException`. */
export const UNAUTHORIZED_MESSAGES = {
  /** No usable credential in the request (no header, or one no configured mode accepts). */
  missingCredentials: 'Valid authorization header not provided.',
  /** A credential was presented and refused (bad API key, bad token, Lambda said no). */
  notAuthorized: 'You are not authorized to make this call.',
  expiredToken: 'Token has expired.',
  unparseableToken: 'Unable to parse JWT token.',
} as const;

/** SigV4 failures are answered the way every AWS service answers them (HTTP 403). */
export const SIGV4_ERROR_TYPES = {
  incomplete: 'IncompleteSignatureException',
  invalid: 'InvalidSignatureException',
  unrecognizedClient: 'UnrecognizedClientException',
} as const;

export const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

export const UNRECOGNIZED_CLIENT_MESSAGE = 'The security token included in the request is invalid.';

/** Why a request was refused, in our words: stable identifiers for tests and logs. */
export type RefusalReason =
  | 'missing-credentials'
  | 'unknown-api-key'
  | 'expired-api-key'
  | 'malformed-token'
  | 'expired-token'
  | 'token-not-yet-valid'
  | 'invalid-signature'
  | 'unknown-key-id'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'wrong-token-use'
  | 'invalid-token'
  | 'incomplete-signature'
  | 'unknown-access-key'
  | 'invalid-session-token'
  | 'wrong-credential-scope'
  | 'signature-expired'
  | 'signature-not-yet-current'
  | 'payload-hash-mismatch'
  | 'signature-mismatch'
  | 'identity-validation-failed'
  | 'lambda-denied'
  | 'lambda-failed';

/** The body AppSync sends with a refused request. */
export interface RefusalBody {
  readonly errors: readonly { readonly errorType: string; readonly message: string }[];
}

/** A request AppSync refuses before running any resolver. */
export class AuthorizationRefusal extends Error {
  override readonly name = 'AuthorizationRefusal';
  constructor(
    readonly errorType: string,
    message: string,
    readonly statusCode: number,
    readonly reason: RefusalReason,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** The JSON body AppSync returns: `{ errors: [{ errorType, message }] }`. */
  toBody(): RefusalBody {
    return { errors: [{ errorType: this.errorType, message: this.message }] };
  }
}

/** An `UnauthorizedException` (HTTP 401), the refusal of the API key, JWT and Lambda modes. */
export function unauthorized(
  reason: RefusalReason,
  message: string = UNAUTHORIZED_MESSAGES.notAuthorized,
  options?: ErrorOptions,
): AuthorizationRefusal {
  return new AuthorizationRefusal('UnauthorizedException', message, 401, reason, options);
}

/** A SigV4 refusal (HTTP 403). */
export function signatureRefusal(errorType: string, message: string, reason: RefusalReason): AuthorizationRefusal {
  return new AuthorizationRefusal(errorType, message, 403, reason);
}

/** Configuration AppSync itself would reject (an API key validity out of bounds, a bad regex, …). */
export class AuthConfigurationError extends Error {
  override readonly name = 'AuthConfigurationError';
  constructor(readonly errorType: string, message: string) {
    super(message);
  }
}

/** A field error as AppSync reports it in `errors[]` (the engine adds `path` and `locations`). */
export interface FieldAuthorizationError {
  readonly message: string;
  readonly errorType: 'Unauthorized';
  readonly data: null;
  readonly errorInfo: null;
}
