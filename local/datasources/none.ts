import { isPlainObject } from '../runtime/attribute-values';
import type { DataSource } from './data-source';

/**
 * The NONE data source: nothing is called; the request's `payload` comes back as `ctx.result`, synchronously.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-none-js.html
 */
export function createNoneDataSource(): DataSource {
  return {
    invoke: (request) => ({ result: isPlainObject(request) ? (request.payload ?? null) : null }),
  };
}
