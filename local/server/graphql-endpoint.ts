import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorizeRequest } from '../auth/auth-mode-selection';
import { AuthorizationRefusal } from '../auth/errors';
import type { ExecutionEngine } from '../execution/engine';
import type { AuthSetup } from './auth-setup';
import { BadRequestError, readBody } from '../http/request-body';
import { sendJson, singleValueHeaders } from './http';

/** AppSync's limit on a request body. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

export interface GraphqlRequestBody {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

/** What one request did, for the request log. */
export interface GraphqlOutcome {
  readonly operationName?: string;
  readonly authMode?: string;
  readonly statusCode: number;
  readonly errorCount: number;
}

/**
 * `POST /graphql`: read the body, authorize the request as a whole (refusals are HTTP 401/403 with
 * AppSync's body), then execute with the request's field rules. GraphQL errors are HTTP 200, as on AppSync.
 */
export async function handleGraphql(
  request: IncomingMessage,
  response: ServerResponse,
  engine: ExecutionEngine,
  auth: AuthSetup,
): Promise<GraphqlOutcome> {
  const rawBody = await readBody(request, MAX_REQUEST_BYTES);
  let body: GraphqlRequestBody;
  try {
    body = parseGraphqlBody(rawBody);
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error;
    sendJson(response, error.statusCode, { errors: [{ errorType: 'MalformedHttpRequestException', message: error.message }] });
    return { statusCode: error.statusCode, errorCount: 1 };
  }
  const operationName = body.operationName ?? undefined;
  let authorized;
  try {
    authorized = await authorizeRequest(auth.authorization, {
      method: request.method ?? 'POST',
      path: request.url ?? '/graphql',
      headers: request.headers,
      body: rawBody,
      remoteAddress: request.socket.remoteAddress ?? '127.0.0.1',
      graphql: { query: body.query, operationName, variables: body.variables ?? undefined },
    });
  } catch (error) {
    if (!(error instanceof AuthorizationRefusal)) throw error;
    sendJson(response, error.statusCode, error.toBody());
    return { operationName, statusCode: error.statusCode, errorCount: 1 };
  }
  const fields = auth.fields.forRequest(authorized);
  const outcome = await engine.run(
    { query: body.query, variables: body.variables, operationName, headers: singleValueHeaders(request), domainName: null },
    { identity: authorized.identity, authType: authorized.authTypeLabel, isFieldAllowed: fields.isFieldAllowed },
  );
  // Headers from util.http.addResponseHeader(s); the runtime has already refused the restricted names.
  sendJson(response, 200, outcome.response, outcome.headers);
  return {
    operationName: outcome.operationName ?? operationName,
    authMode: authorized.mode,
    statusCode: 200,
    errorCount: outcome.response.errors?.length ?? 0,
  };
}

function parseGraphqlBody(raw: Buffer): GraphqlRequestBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BadRequestError('Unable to parse the request body as JSON.');
  }
  const body = parsed as Partial<GraphqlRequestBody> | null;
  if (typeof body !== 'object' || body === null || typeof body.query !== 'string') {
    throw new BadRequestError('The request body must be a JSON object with a "query" string.');
  }
  if (body.variables != null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) {
    throw new BadRequestError('"variables" must be a JSON object.');
  }
  if (body.operationName != null && typeof body.operationName !== 'string') {
    throw new BadRequestError('"operationName" must be a string.');
  }
  return body as GraphqlRequestBody;
}

