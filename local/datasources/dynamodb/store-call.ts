/**
 * How the DynamoDB data source reaches the store, and how the store's errors become the `ctx.error` AppSync
 * reports. AppSync calls DynamoDB with the AWS SDK for Java v2: its messages end with the SDK's
 * `(Service: DynamoDb, Status Code: …, Request ID: …)`, and an exception the SDK does not model by name
 * (ValidationException above all) surfaces as the SDK's generic `DynamoDbException`.
 */
import { isPlainObject } from '../../runtime/attribute-values';
import type { DataSourceError, DataSourceResult } from '../data-source';

/**
 * Calls the store with a DynamoDB JSON-protocol input (`operation` as in `X-Amz-Target`, e.g. `GetItem`),
 * resolving to its output. A DynamoDB error is thrown as an error carrying the exception name (`__type`,
 * a store error's `type`, or an SDK exception's `name`) and the message.
 */
export type DynamoDbCall = (operation: string, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** What a data source operation needs besides its request. */
export interface OperationEnv {
  /** The data source's table, for the operations that do not name tables themselves. */
  readonly tableName: string;
  readonly call: DynamoDbCall;
  /** The request ID quoted in error messages. */
  readonly requestId: () => string;
}

/** One entry of a TransactionCanceledException's `CancellationReasons`. */
export interface ApiCancellationReason {
  readonly Code?: string;
  readonly Message?: string | null;
  readonly Item?: Record<string, { readonly [type: string]: unknown }>;
}

/** A DynamoDB error the store threw, read from whichever form it came in. */
export interface StoreFailure {
  /** The exception name without namespace, e.g. `ConditionalCheckFailedException`. */
  readonly exception: string;
  readonly message: string;
  readonly statusCode: number;
  readonly cancellationReasons?: readonly ApiCancellationReason[];
}

/**
 * The DynamoDB error in `error`, or undefined when it is not one (a fault of the store itself, such as a
 * TypeError). The exception name comes from a DynamoDB JSON body's `__type` (raw, or as the store gateway's
 * DynamoDbError carries it), or from an AWS SDK service exception's `name`.
 */
export function readStoreFailure(error: unknown): StoreFailure | undefined {
  if (!isPlainObject(error) && !(error instanceof Error)) return undefined;
  const raw = error as Record<string, unknown>;
  const body = isPlainObject(raw.body) ? raw.body : {};
  const sdkName = isPlainObject(raw.$metadata) || String(raw.name).endsWith('Exception') ? raw.name : undefined;
  const typeName = [raw.__type, body.__type, sdkName].find((candidate): candidate is string => typeof candidate === 'string' && candidate.length > 0);
  if (typeName === undefined) return undefined;
  const exception = typeName.slice(typeName.indexOf('#') + 1);
  const metadata = isPlainObject(raw.$metadata) ? raw.$metadata : {};
  const statusCode = [raw.statusCode, metadata.httpStatusCode].find((code): code is number => typeof code === 'number');
  const message = [raw.message, body.message, body.Message, raw.Message].find((text): text is string => typeof text === 'string' && text !== '');
  const reasons = [raw.CancellationReasons, body.CancellationReasons].find(Array.isArray) as ApiCancellationReason[] | undefined;
  return {
    exception,
    message: message ?? exception,
    statusCode: statusCode ?? (exception === 'InternalServerError' ? 500 : 400),
    ...(reasons ? { cancellationReasons: reasons } : {}),
  };
}

/** Wire names whose SDK exception class is spelled differently. */
const SDK_CLASS_OF: Readonly<Record<string, string>> = {
  InternalServerError: 'InternalServerErrorException',
  RequestLimitExceeded: 'RequestLimitExceededException',
};

/** Exceptions the SDK models by name; every other one is a generic DynamoDbException. */
const MODELED_EXCEPTIONS = new Set([
  'ConditionalCheckFailedException',
  'DuplicateItemException',
  'IdempotentParameterMismatchException',
  'InternalServerErrorException',
  'ItemCollectionSizeLimitExceededException',
  'LimitExceededException',
  'ProvisionedThroughputExceededException',
  'ReplicatedWriteConflictException',
  'RequestLimitExceededException',
  'ResourceInUseException',
  'ResourceNotFoundException',
  'ThrottlingException',
  'TransactionCanceledException',
  'TransactionConflictException',
  'TransactionInProgressException',
]);

/** The `ctx.error` AppSync reports for a store failure; `data` is what `ctx.result` holds beside it. */
export function failureError(failure: StoreFailure, env: OperationEnv, data?: unknown): DataSourceError {
  const sdkClass = SDK_CLASS_OF[failure.exception] ?? failure.exception;
  const type = MODELED_EXCEPTIONS.has(sdkClass) ? sdkClass : 'DynamoDbException';
  return {
    message: `${failure.message} (Service: DynamoDb, Status Code: ${failure.statusCode}, Request ID: ${env.requestId()})`,
    type: `DynamoDB:${type}`,
    ...(data === undefined ? {} : { data }),
  };
}

/**
 * Runs `work` against the store: its value becomes the result, a DynamoDB error becomes `ctx.error` (or
 * what `recover` makes of it). Errors that are not DynamoDB errors are faults of the store and propagate.
 */
export async function settle(
  env: OperationEnv,
  work: () => Promise<unknown>,
  recover?: (failure: StoreFailure) => Promise<DataSourceResult>,
): Promise<DataSourceResult> {
  try {
    return { result: await work() };
  } catch (error) {
    const failure = readStoreFailure(error);
    if (!failure) throw error;
    return recover ? recover(failure) : { error: failureError(failure, env) };
  }
}
