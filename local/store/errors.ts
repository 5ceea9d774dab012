/**
 * Errors of the DynamoDB store. `DynamoDbError` is an error as DynamoDB sends it (HTTP status plus JSON body
 * with `__type` and a message), so the HTTP endpoint can send it as is and SDK clients throw the matching
 * named exception; the others are the store's own failures.
 */

/** The `__type` namespace of DynamoDB's own exceptions. */
const DYNAMODB_NAMESPACE = 'com.amazonaws.dynamodb.v20120810#';
/** The `__type` namespace of request validation, as DynamoDB spells it. */
const VALIDATION_NAMESPACE = 'com.amazon.coral.validate#';
/** The `__type` namespace of the protocol layer (unknown operation, bad JSON, missing signature). */
const PROTOCOL_NAMESPACE = 'com.amazon.coral.service#';

export interface DynamoDbErrorBody {
  readonly __type: string;
  readonly message?: string;
  /** Some DynamoDB errors (SerializationException, TransactionCanceledException) spell it with a capital. */
  readonly Message?: string;
  readonly [member: string]: unknown;
}

/** An error response of the DynamoDB API. */
export class DynamoDbError extends Error {
  override readonly name = 'DynamoDbError';
  /** The exception name without namespace, e.g. `ConditionalCheckFailedException`. */
  readonly type: string;

  constructor(
    readonly statusCode: number,
    readonly body: DynamoDbErrorBody,
  ) {
    super(body.message ?? body.Message ?? '');
    this.type = body.__type.slice(body.__type.indexOf('#') + 1);
  }

  /** A DynamoDB exception such as `ResourceNotFoundException`, with optional extra members. */
  static service(type: string, message: string, extra: Record<string, unknown> = {}): DynamoDbError {
    return new DynamoDbError(400, { __type: DYNAMODB_NAMESPACE + type, message, ...extra });
  }

  static validation(message: string): DynamoDbError {
    return new DynamoDbError(400, { __type: `${VALIDATION_NAMESPACE}ValidationException`, message });
  }

  static protocol(type: string, message?: string): DynamoDbError {
    return new DynamoDbError(400, { __type: PROTOCOL_NAMESPACE + type, ...(message === undefined ? {} : { message }) });
  }

  static internal(message: string): DynamoDbError {
    return new DynamoDbError(500, { __type: `${DYNAMODB_NAMESPACE}InternalServerError`, message });
  }
}

/** The store was used after `close()`. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor() {
    super('The DynamoDB store is closed');
  }
}

/** Store options that contradict each other or cannot work. */
export class StoreConfigError extends Error {
  override readonly name = 'StoreConfigError';
}

/** The data directory could not be opened (another process holds it, no permission, …). */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  constructor(
    readonly dataDir: string,
    options: { cause: unknown },
  ) {
    super(`Cannot open the DynamoDB data directory ${dataDir}: ${String((options.cause as Error)?.message ?? options.cause)}`, options);
  }
}

/** A table exists with settings a table definition cannot be reconciled with. */
export class TableSetupError extends Error {
  override readonly name = 'TableSetupError';
}
