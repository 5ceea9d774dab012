/**
 * Errors the data sources THROW. Everything a data source can fail at while doing its work is returned as
 * `{ error }` instead (see `data-source.ts`); these are for requests and configurations that are wrong in
 * themselves.
 */

/**
 * A request object AppSync would refuse before calling the data source (an unknown operation, a missing
 * key, an element the operation does not have). AppSync ends the field with this error; the response
 * handler does not run.
 */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
  /** The `errorType` AppSync reports for a request object it cannot use. */
  readonly errorType = 'MappingTemplate';
}

/** A feature AppSync has that the local engine does not provide (Sync, custom conflict handlers, …). */
export class UnsupportedLocallyError extends Error {
  override readonly name = 'UnsupportedLocallyError';
  readonly errorType = 'UnsupportedOperation';
}

/** A data source configuration that cannot work (a handler module without the named export, …). */
export class DataSourceConfigError extends Error {
  override readonly name = 'DataSourceConfigError';
}
