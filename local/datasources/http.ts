/**
 * The HTTP data source: `{ method, resourcePath, params: { query, headers, body } }` sent to the configured
 * endpoint, the answer as `{ statusCode, headers, body }` whatever its status (the response handler judges
 * it). Only a request that gets no answer at all (refused connection, unknown host) is a `ctx.error`.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-http-js.html
 */
import { isPlainObject } from '../runtime/attribute-values';
import type { DataSource, DataSourceResult } from './data-source';
import { InvalidRequestError } from './errors';

export interface HttpDataSourceOptions {
  /** Scheme, host and optional port (and base path), e.g. `https://api.example.com`. */
  readonly endpoint: string;
  /** @default the global fetch */
  readonly fetch?: typeof fetch;
}

/** The local engine's `ctx.error` type for a request that got no HTTP answer. */
export const HTTP_REQUEST_FAILED = 'HTTP:RequestFailed';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const REQUEST_ELEMENTS = new Set(['method', 'resourcePath', 'params', 'version']);

export function createHttpDataSource(options: HttpDataSourceOptions): DataSource {
  const send = options.fetch ?? fetch;
  const endpoint = options.endpoint.replace(/\/+$/, '');
  return {
    invoke: async (request): Promise<DataSourceResult> => {
      const { method, url, headers, body } = toHttpRequest(request, endpoint);
      let response: Response;
      try {
        response = await send(url, { method, headers, body, redirect: 'manual' });
      } catch (error) {
        const cause = (error as { cause?: { message?: string } }).cause?.message;
        return { error: { message: `${(error as Error).message}${cause ? `: ${cause}` : ''}`, type: HTTP_REQUEST_FAILED } };
      }
      return { result: { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.text() } };
    },
  };
}

interface HttpRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

function toHttpRequest(request: unknown, endpoint: string): HttpRequest {
  if (!isPlainObject(request)) throw new InvalidRequestError('The request object of an HTTP data source must be an object.');
  const unknown = Object.keys(request).find((name) => !REQUEST_ELEMENTS.has(name));
  if (unknown !== undefined) throw new InvalidRequestError(`Unsupported element '$[${unknown}]'.`);
  const { method, resourcePath } = request;
  if (typeof method !== 'string' || !METHODS.has(method)) {
    throw new InvalidRequestError(`Unsupported method '${String(method)}': expected GET, POST, PUT, PATCH or DELETE.`);
  }
  if (typeof resourcePath !== 'string' || !resourcePath.startsWith('/')) {
    throw new InvalidRequestError("The element '$[resourcePath]' must be a path starting with '/'.");
  }
  const params = request.params ?? {};
  if (!isPlainObject(params)) throw new InvalidRequestError("The element '$[params]' must be an object.");
  const url = new URL(endpoint + resourcePath);
  for (const [name, value] of Object.entries(optionalMap(params.query, 'query'))) {
    // A list repeats the parameter (`?id=1&id=2`).
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
  }
  const headers = Object.fromEntries(Object.entries(optionalMap(params.headers, 'headers')).map(([name, value]) => [name, String(value)]));
  const body = params.body === undefined || params.body === null ? undefined : typeof params.body === 'string' ? params.body : JSON.stringify(params.body);
  return { method, url: url.toString(), headers, body };
}

function optionalMap(value: unknown, name: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw new InvalidRequestError(`The element '$[params][${name}]' must be an object.`);
  return value;
}
