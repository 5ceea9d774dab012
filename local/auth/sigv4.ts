import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import {
  SIGNATURE_MISMATCH_MESSAGE,
  SIGV4_ERROR_TYPES,
  UNRECOGNIZED_CLIENT_MESSAGE,
  signatureRefusal,
  type AuthorizationRefusal,
  type RefusalReason,
} from './errors';
import { headerValue, type HttpHeaders } from './headers';
import type { IamCaller } from './identity';

/**
 * AWS_IAM: a request signed with Signature Version 4 for the service `appsync`, checked against locally
 * configured credentials. The request is signed again with @smithy/signature-v4 (the signer the AWS SDKs
 * use) over exactly the headers the caller signed, and the two signatures are compared in constant time.
 * Refusals use the exception names and messages every AWS service answers SigV4 failures with.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-iam-authorization
 */

export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';
const SERVICE = 'appsync';
const SCOPE_TERMINATOR = 'aws4_request';
const CONTENT_SHA256_HEADER = 'x-amz-content-sha256';
/** "In most cases, a request must reach AWS within five minutes of the time stamp in the request." */
const DEFAULT_MAX_SKEW_MINUTES = 5;

/** A locally configured access key and the caller it stands for. */
export interface IamCredential extends IamCaller {
  readonly secretAccessKey: string;
  /** For temporary credentials: the request must carry this `x-amz-security-token`. */
  readonly sessionToken?: string;
}

export interface SigV4VerifierOptions {
  /** Access key id → credential. */
  readonly credentials: Readonly<Record<string, IamCredential>>;
  /** The API's region: the credential scope must name it. @default 'us-east-1' */
  readonly region?: string;
  /** Milliseconds since the epoch. @default Date.now */
  readonly now?: () => number;
  /** How far `x-amz-date` may be from `now`, either way. @default 5 */
  readonly maxSkewMinutes?: number;
}

/** The parts of an HTTP request a SigV4 signature covers. */
export interface SignedRequest {
  readonly method: string;
  /** Path and query string as received, e.g. `/graphql` or `/graphql/connect`. */
  readonly path: string;
  readonly headers: HttpHeaders;
  /** The body exactly as received. */
  readonly body?: string | Uint8Array;
}

export interface VerifiedIamRequest {
  readonly accessKeyId: string;
  readonly caller: IamCaller;
}

/** Whether an `Authorization` value is a SigV4 one (and so belongs to AWS_IAM, never to a Lambda authorizer). */
export function isSigV4Authorization(authorization: string): boolean {
  return authorization.startsWith(`${SIGV4_ALGORITHM} `);
}

export class SigV4Verifier {
  private readonly credentials: Readonly<Record<string, IamCredential>>;
  private readonly region: string;
  private readonly now: () => number;
  private readonly maxSkewMinutes: number;

  constructor(options: SigV4VerifierOptions) {
    this.credentials = options.credentials;
    this.region = options.region ?? 'us-east-1';
    this.now = options.now ?? Date.now;
    this.maxSkewMinutes = options.maxSkewMinutes ?? DEFAULT_MAX_SKEW_MINUTES;
  }

  /** The verified caller, or an `AuthorizationRefusal` (rejected promise). */
  async verify(request: SignedRequest): Promise<VerifiedIamRequest> {
    const authorization = headerValue(request.headers, 'authorization') ?? '';
    const amzDate = headerValue(request.headers, 'x-amz-date');
    const parts = parseAuthorization(authorization, amzDate);
    const scope = parseCredentialScope(parts.credential);
    const credential = Object.hasOwn(this.credentials, scope.accessKeyId)
      ? this.credentials[scope.accessKeyId]
      : undefined;
    if (credential === undefined) throw unrecognizedClient('unknown-access-key');
    this.checkScope(scope);
    const signingDate = parseAmzDate(parts.amzDate);
    if (scope.date !== parts.amzDate.slice(0, 8)) {
      throw invalidSignature(
        'wrong-credential-scope',
        `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: ` +
          `'${scope.date}' != '${parts.amzDate.slice(0, 8)}', from '${parts.amzDate}'.`,
      );
    }
    this.checkSkew(signingDate);
    if (headerValue(request.headers, 'x-amz-security-token') !== credential.sessionToken) {
      throw unrecognizedClient('invalid-session-token');
    }
    checkPayloadHash(request);
    const expected = await signAgain(request, parts.signedHeaders, {
      accessKeyId: scope.accessKeyId,
      secretAccessKey: credential.secretAccessKey,
      region: scope.region,
      signingDate,
    });
    if (expected.signedHeaders !== parts.signedHeaders.join(';') || !sameHex(expected.signature, parts.signature)) {
      throw invalidSignature('signature-mismatch', SIGNATURE_MISMATCH_MESSAGE);
    }
    const { secretAccessKey: _secret, sessionToken: _token, ...caller } = credential;
    return { accessKeyId: scope.accessKeyId, caller };
  }

  private checkScope(scope: CredentialScope): void {
    if (scope.terminator !== SCOPE_TERMINATOR) {
      throw invalidSignature(
        'wrong-credential-scope',
        `Credential should be scoped with a valid terminator: '${SCOPE_TERMINATOR}', not '${scope.terminator}'.`,
      );
    }
    if (scope.region !== this.region) {
      throw invalidSignature(
        'wrong-credential-scope',
        `Credential should be scoped to a valid region, not '${scope.region}'.`,
      );
    }
    if (scope.service !== SERVICE) {
      throw invalidSignature('wrong-credential-scope', `Credential should be scoped to correct service: '${SERVICE}'.`);
    }
  }

  private checkSkew(signingDate: Date): void {
    const now = this.now();
    const skewMs = this.maxSkewMinutes * 60_000;
    const signedAt = toAmzDate(signingDate.getTime());
    const serverTime = toAmzDate(now);
    if (signingDate.getTime() < now - skewMs) {
      const earliest = toAmzDate(now - skewMs);
      throw invalidSignature(
        'signature-expired',
        `Signature expired: ${signedAt} is now earlier than ${earliest} (${serverTime} - ${this.maxSkewMinutes} min.)`,
      );
    }
    if (signingDate.getTime() > now + skewMs) {
      const latest = toAmzDate(now + skewMs);
      throw invalidSignature(
        'signature-not-yet-current',
        `Signature not yet current: ${signedAt} is still later than ${latest} (${serverTime} + ${this.maxSkewMinutes} min.)`,
      );
    }
  }
}

interface AuthorizationParts {
  readonly amzDate: string;
  readonly credential: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`; every missing piece is named, as AWS does. */
function parseAuthorization(authorization: string, amzDate: string | undefined): AuthorizationParts {
  const params = new Map<string, string>();
  for (const param of authorization.slice(SIGV4_ALGORITHM.length).split(',')) {
    const separator = param.indexOf('=');
    if (separator > 0) params.set(param.slice(0, separator).trim(), param.slice(separator + 1).trim());
  }
  const missing = ['Credential', 'Signature', 'SignedHeaders']
    .filter((name) => !params.get(name))
    .map((name) => `Authorization header requires '${name}' parameter.`);
  if (amzDate === undefined) {
    missing.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  }
  if (!isSigV4Authorization(authorization) || amzDate === undefined || missing.length > 0) {
    throw signatureRefusal(
      SIGV4_ERROR_TYPES.incomplete,
      `${missing.join(' ')} Authorization=${authorization}`.trim(),
      'incomplete-signature',
    );
  }
  const signedHeaders = (params.get('SignedHeaders') as string).split(';');
  if (!signedHeaders.includes('host')) {
    throw invalidSignature(
      'incomplete-signature',
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
  }
  return {
    amzDate,
    credential: params.get('Credential') as string,
    signedHeaders,
    signature: params.get('Signature') as string,
  };
}

interface CredentialScope {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
  readonly terminator: string;
}

function parseCredentialScope(credential: string): CredentialScope {
  const elements = credential.split('/');
  if (elements.length !== 5) {
    throw signatureRefusal(
      SIGV4_ERROR_TYPES.incomplete,
      `Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '${credential}'`,
      'incomplete-signature',
    );
  }
  const [accessKeyId, date, region, service, terminator] = elements;
  return { accessKeyId, date, region, service, terminator };
}

/** `yyyyMMdd'T'HHmmss'Z'`, the only form the SDK signers write. */
function parseAmzDate(amzDate: string): Date {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (match === null) {
    throw signatureRefusal(
      SIGV4_ERROR_TYPES.incomplete,
      `X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd'T'HHmmss'Z'", got '${amzDate}'`,
      'incomplete-signature',
    );
  }
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

function toAmzDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/** A signed payload hash is only as good as the body it claims to describe. */
function checkPayloadHash(request: SignedRequest): void {
  const claimed = headerValue(request.headers, CONTENT_SHA256_HEADER);
  if (claimed === undefined) return;
  const actual = createHash('sha256')
    .update(request.body ?? '')
    .digest('hex');
  if (claimed !== actual) {
    throw invalidSignature(
      'payload-hash-mismatch',
      `The provided '${CONTENT_SHA256_HEADER}' header does not match what was computed.`,
    );
  }
}

interface SigningInput {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly signingDate: Date;
}

async function signAgain(
  request: SignedRequest,
  signedHeaders: readonly string[],
  input: SigningInput,
): Promise<{ signedHeaders: string; signature: string }> {
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = headerValue(request.headers, name);
    if (value !== undefined) headers[name] = value;
  }
  const [pathname, queryString = ''] = request.path.split('?', 2);
  const signer = new SignatureV4({
    service: SERVICE,
    region: input.region,
    credentials: { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey },
    sha256: Sha256,
    // Sign exactly what the caller signed: no x-amz-content-sha256 unless it is among the signed headers.
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: request.method.toUpperCase(),
      path: pathname,
      query: parseQuery(queryString),
      headers,
      body: request.body,
    }),
    { signingDate: input.signingDate, signableHeaders: new Set(signedHeaders) },
  );
  const authorization = signed.headers.authorization;
  return {
    signedHeaders: /SignedHeaders=([^,]+)/.exec(authorization)?.[1] ?? '',
    signature: /Signature=([0-9a-f]+)/.exec(authorization)?.[1] ?? '',
  };
}

function parseQuery(queryString: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(queryString)) {
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

function sameHex(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function invalidSignature(reason: RefusalReason, message: string): AuthorizationRefusal {
  return signatureRefusal(SIGV4_ERROR_TYPES.invalid, message, reason);
}

function unrecognizedClient(reason: RefusalReason): AuthorizationRefusal {
  return signatureRefusal(SIGV4_ERROR_TYPES.unrecognizedClient, UNRECOGNIZED_CLIENT_MESSAGE, reason);
}
