import { randomUUID as cryptoRandomUUID } from 'node:crypto';
import { unauthorized, AuthConfigurationError } from './errors';
import { compileFullMatch } from './full-match';
import { flattenHeaders, type HttpHeaders } from './headers';

/**
 * AWS_LAMBDA: AppSync calls the API's authorizer function with the request's token and operation, and
 * lets the request through when it answers `isAuthorized: true`. Here the function is a handler in this
 * process. Results are cached per token for `ttlOverride` seconds, or else the API's
 * `authorizerResultTtlInSeconds` (default 0: no caching); tokens not matching
 * `identityValidationExpression` are refused without calling the function.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_LambdaAuthorizerConfig.html
 */

/** The `operationName` AppSync sends when the authorizer is called for a real-time WebSocket connection. */
export const WEBSOCKET_CONNECT_OPERATION_NAME = 'DeepDish:Connect';

/** "Lambda authorizers have a timeout of 10 seconds." */
const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_RESULT_TTL_SECONDS = 3600;
/** "The total size of this JSON object must not exceed 5MB." */
const MAX_RESOLVER_CONTEXT_BYTES = 5 * 1024 * 1024;

export interface LambdaAuthorizerEvent {
  readonly authorizationToken: string;
  readonly requestContext: {
    readonly apiId: string;
    readonly accountId: string;
    readonly requestId: string;
    readonly queryString: string;
    readonly operationName?: string;
    readonly variables: Readonly<Record<string, unknown>>;
  };
  readonly requestHeaders: Readonly<Record<string, string>>;
}

export interface LambdaAuthorizerResult {
  readonly isAuthorized: boolean;
  /** Becomes `ctx.identity.resolverContext`: flat key-value pairs. */
  readonly resolverContext?: Readonly<Record<string, unknown>>;
  /** `TypeName.fieldName`, or the field's full ARN; these fields resolve to null. */
  readonly deniedFields?: readonly string[];
  /** Seconds to cache this result; 0 means do not cache. */
  readonly ttlOverride?: number;
}

export type LambdaAuthorizerHandler = (
  event: LambdaAuthorizerEvent,
) => LambdaAuthorizerResult | Promise<LambdaAuthorizerResult>;

export interface LambdaAuthorizerOptions {
  readonly handler: LambdaAuthorizerHandler;
  readonly apiId: string;
  readonly accountId: string;
  /** 0 to 3600. @default 0 */
  readonly authorizerResultTtlInSeconds?: number;
  readonly identityValidationExpression?: string;
  /** Milliseconds since the epoch. @default Date.now */
  readonly now?: () => number;
  /** For `requestContext.requestId`. @default crypto.randomUUID */
  readonly randomUUID?: () => string;
  /** @default 10000 */
  readonly timeoutMs?: number;
}

export interface LambdaAuthorizerRequest {
  readonly authorizationToken: string;
  readonly queryString: string;
  readonly operationName?: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly headers: HttpHeaders;
}

export interface LambdaAuthorization {
  readonly resolverContext: Readonly<Record<string, unknown>>;
  /** `TypeName.fieldName` of every field denied to this request. */
  readonly deniedFields: ReadonlySet<string>;
}

interface CachedResult {
  readonly result: LambdaAuthorizerResult;
  readonly expiresAt: number;
}

export class LambdaAuthorizer {
  private readonly cache = new Map<string, CachedResult>();
  private readonly tokenIsValid: ((token: string) => boolean) | undefined;
  private readonly defaultTtlSeconds: number;
  private readonly now: () => number;
  private readonly randomUUID: () => string;

  constructor(private readonly options: LambdaAuthorizerOptions) {
    this.defaultTtlSeconds = options.authorizerResultTtlInSeconds ?? 0;
    if (
      !Number.isInteger(this.defaultTtlSeconds) ||
      this.defaultTtlSeconds < 0 ||
      this.defaultTtlSeconds > MAX_RESULT_TTL_SECONDS
    ) {
      throw new AuthConfigurationError(
        'BadRequestException',
        `authorizerResultTtlInSeconds must be an integer from 0 to ${MAX_RESULT_TTL_SECONDS}, got ${this.defaultTtlSeconds}`,
      );
    }
    this.tokenIsValid =
      options.identityValidationExpression === undefined
        ? undefined
        : compileFullMatch(options.identityValidationExpression, 'identityValidationExpression');
    this.now = options.now ?? Date.now;
    this.randomUUID = options.randomUUID ?? cryptoRandomUUID;
  }

  /** What the authorizer granted, or an `AuthorizationRefusal` (rejected promise). */
  async authorize(request: LambdaAuthorizerRequest): Promise<LambdaAuthorization> {
    const token = request.authorizationToken;
    if (this.tokenIsValid !== undefined && !this.tokenIsValid(token)) throw unauthorized('identity-validation-failed');
    const result = this.cachedResult(token) ?? (await this.invoke(request));
    if (!result.isAuthorized) throw unauthorized('lambda-denied');
    return {
      resolverContext: result.resolverContext ?? {},
      deniedFields: parseDeniedFields(result.deniedFields ?? [], this.options.apiId),
    };
  }

  private cachedResult(token: string): LambdaAuthorizerResult | undefined {
    const cached = this.cache.get(token);
    if (cached === undefined) return undefined;
    if (this.now() < cached.expiresAt) return cached.result;
    this.cache.delete(token);
    return undefined;
  }

  private async invoke(request: LambdaAuthorizerRequest): Promise<LambdaAuthorizerResult> {
    const event: LambdaAuthorizerEvent = {
      authorizationToken: request.authorizationToken,
      requestContext: {
        apiId: this.options.apiId,
        accountId: this.options.accountId,
        requestId: this.randomUUID(),
        queryString: request.queryString,
        operationName: request.operationName,
        variables: request.variables ?? {},
      },
      requestHeaders: flattenHeaders(request.headers),
    };
    let result: LambdaAuthorizerResult;
    try {
      result = validResult(
        await withTimeout(Promise.resolve(this.options.handler(event)), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      );
    } catch (error) {
      throw unauthorized('lambda-failed', undefined, { cause: error });
    }
    const ttlSeconds = result.ttlOverride ?? this.defaultTtlSeconds;
    if (ttlSeconds > 0) {
      this.dropExpired();
      this.cache.set(request.authorizationToken, { result, expiresAt: this.now() + ttlSeconds * 1000 });
    }
    return result;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [token, cached] of this.cache) if (now >= cached.expiresAt) this.cache.delete(token);
  }
}

/** The response contract of the authorizer function; anything else is a broken authorizer. */
function validResult(value: unknown): LambdaAuthorizerResult {
  if (typeof value !== 'object' || value === null) throw new TypeError('the authorizer returned no object');
  const result = value as Record<string, unknown>;
  if (typeof result.isAuthorized !== 'boolean') throw new TypeError('isAuthorized must be a boolean');
  if (
    result.ttlOverride !== undefined &&
    !(Number.isInteger(result.ttlOverride) && (result.ttlOverride as number) >= 0)
  ) {
    throw new TypeError('ttlOverride must be a whole number of seconds');
  }
  if (
    result.deniedFields !== undefined &&
    !(Array.isArray(result.deniedFields) && result.deniedFields.every((f) => typeof f === 'string'))
  ) {
    throw new TypeError('deniedFields must be a list of strings');
  }
  const context = result.resolverContext;
  if (context !== undefined) {
    if (typeof context !== 'object' || context === null || Array.isArray(context)) {
      throw new TypeError('resolverContext must be an object');
    }
    if (Object.values(context).some((entry) => typeof entry === 'object' && entry !== null)) {
      throw new TypeError('resolverContext only supports key-value pairs; nested keys are not supported');
    }
    if (Buffer.byteLength(JSON.stringify(context)) > MAX_RESOLVER_CONTEXT_BYTES) {
      throw new TypeError('resolverContext exceeds 5MB');
    }
  }
  return result as unknown as LambdaAuthorizerResult;
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the authorizer did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const FIELD_ARN =
  /^arn:aws:appsync:[^:]*:[^:]*:apis\/([^/]+)\/types\/([_A-Za-z][_0-9A-Za-z]*)\/fields\/([_A-Za-z][_0-9A-Za-z]*)$/;
const SHORT_FIELD = /^([_A-Za-z][_0-9A-Za-z]*)\.([_A-Za-z][_0-9A-Za-z]*)$/;

/**
 * Both forms AppSync accepts, as `TypeName.fieldName`. A full ARN names one API, so an ARN of another API
 * sharing the authorizer is not this API's business.
 */
export function parseDeniedFields(entries: readonly string[], apiId: string): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const entry of entries) {
    const arn = FIELD_ARN.exec(entry);
    if (arn !== null) {
      if (arn[1] === apiId) fields.add(`${arn[2]}.${arn[3]}`);
      continue;
    }
    const short = SHORT_FIELD.exec(entry);
    if (short !== null) fields.add(`${short[1]}.${short[2]}`);
  }
  return fields;
}
