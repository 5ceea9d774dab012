import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import { authHeaders, type ToyApiAuth } from './auth';
import { ToyApiError, type AppSyncErrorEntry } from './errors';

export interface ToyApiClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql` or the AppSync API's URL. */
  readonly url: string;
  /** @default anonymous */
  readonly auth?: ToyApiAuth;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/** Operations without required variables may be called without a variables object. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface ToyApiClient {
  /**
   * Runs one operation of the generated documents (`generated/operations.ts`) and resolves to its data,
   * typed by the document. Any error in the response rejects with a {@link ToyApiError}.
   */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<TResult>;
}

interface GraphqlResponseBody {
  readonly data?: unknown;
  readonly errors?: readonly AppSyncErrorEntry[];
}

/** A small typed ToyApi client over `fetch`: one POST per operation, AppSync's auth headers, typed results. */
export function createToyApiClient(options: ToyApiClientOptions): ToyApiClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  return {
    async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>) {
      const response = await fetchImpl(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await authHeaders(options.auth)) },
        body: JSON.stringify({ query: printed(document), variables: variables ?? {}, operationName: getOperationAST(document)?.name?.value }),
      });
      const body = await readBody(response);
      if (body.errors !== undefined && body.errors.length > 0) throw new ToyApiError(body.errors, response.status, body.data ?? null);
      if (!response.ok || body.data === undefined || body.data === null) {
        throw new ToyApiError([{ errorType: null, message: `HTTP ${response.status} without data`, path: null }], response.status);
      }
      return body.data as TResult;
    },
  };
}

const printedDocuments = new WeakMap<DocumentNode, string>();

/** Documents are printed once: the generated ones are module constants reused on every call. */
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) {
    text = print(document);
    printedDocuments.set(document, text);
  }
  return text;
}

async function readBody(response: Response): Promise<GraphqlResponseBody> {
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphqlResponseBody;
  } catch {
    throw new ToyApiError([{ errorType: null, message: `HTTP ${response.status}: the response is not JSON: ${text.slice(0, 200)}`, path: null }], response.status);
  }
}
