import path from 'node:path';
import type { AppSyncError } from '../../../local/execution/errors';
import { signRequest } from '../auth/signing';

/** The test fixtures' API directories. */
export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface GraphqlBody {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

/** A GraphQL answer as AppSync sends it, with the HTTP status and headers. */
export interface GraphqlAnswer {
  readonly status: number;
  readonly headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the assertions check the response's shape
  readonly data?: Record<string, any> | null;
  readonly errors?: (AppSyncError & { readonly errorType: string })[];
}

/** POSTs a GraphQL request with plain fetch, as any client would. */
export async function postGraphql(url: string, body: GraphqlBody | string, headers: Record<string, string>): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const parsed = (await response.json()) as Omit<GraphqlAnswer, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...parsed };
}

/** A client bound to one endpoint and one set of credentials. */
export function graphqlClient(url: string, headers: () => Record<string, string> | Promise<Record<string, string>>) {
  return async (query: string, variables?: Record<string, unknown>) => postGraphql(url, { query, variables }, await headers());
}

export interface SigningCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/**
 * The headers of a POST of `body` to `url` signed with Signature Version 4 for AppSync, as the AWS SDKs
 * sign it. fetch sends `host` itself, with the value signed here.
 */
export async function sigV4Headers(url: string, body: string, credential: SigningCredential, signingDate: Date): Promise<Record<string, string>> {
  const target = new URL(url);
  const signed = await signRequest({ ...credential, signingDate, path: target.pathname, headers: { host: target.host }, body });
  const { host: _host, ...headers } = signed.headers;
  return headers;
}
