import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { JWKS_PATH } from '../auth/local-issuer';
import type { ExecutionEngine } from '../execution/engine';
import type { AuthSetup } from './auth-setup';
import { COGNITO_TARGET_PREFIX, handleCognito } from './cognito-endpoint';
import { graphiqlPage } from './graphiql-page';
import { handleGraphql } from './graphql-endpoint';
import { BadRequestError } from '../http/request-body';
import { readJsonBody, sendJson, sendText } from './http';
import { SignInError, type LocalSignIn } from './sign-in';
import { staticAsset } from './static-assets';

export const GRAPHQL_PATH = '/graphql';
export const SIGN_IN_PATH = '/local/sign-in';
export const API_CONFIG_PATH = '/api-config';

export interface RouterParts {
  readonly engine: ExecutionEngine;
  readonly auth: AuthSetup;
  readonly signIn?: LocalSignIn;
  readonly apiName: string;
  /** What `GET /api-config` answers. */
  readonly apiConfig: () => Record<string, unknown>;
  readonly log: (line: string) => void;
}

/** Headers browsers need to call the API from another origin, as AppSync allows. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'content-type, x-api-key, authorization, x-amz-date, x-amz-security-token, x-amz-user-agent, x-amz-content-sha256',
  'access-control-max-age': '86400',
};

const CORS_HEADER_ENTRIES = Object.entries(CORS_HEADERS);

/** Routes one HTTP request of the local endpoint and writes one log line for it. */
export async function route(request: IncomingMessage, response: ServerResponse, parts: RouterParts): Promise<void> {
  const started = performance.now();
  const path = pathOf(request.url ?? '/');
  for (const [name, value] of CORS_HEADER_ENTRIES) response.setHeader(name, value);
  let detail = '';
  let status: number;
  try {
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      status = 204;
    } else if (request.method === 'POST' && path === GRAPHQL_PATH) {
      const outcome = await handleGraphql(request, response, parts.engine, parts.auth);
      status = outcome.statusCode;
      detail = ` ${outcome.operationName ?? '(anonymous)'}${outcome.authMode ? ` ${outcome.authMode}` : ''}${outcome.errorCount ? ` errors=${outcome.errorCount}` : ''}`;
    } else if (request.method === 'POST' && String(request.headers['x-amz-target'] ?? '').startsWith(COGNITO_TARGET_PREFIX)) {
      status = await handleCognito(request, response, parts.signIn);
    } else if (request.method === 'POST' && path === SIGN_IN_PATH) {
      status = await signIn(request, response, parts.signIn);
    } else if (request.method === 'GET' && path === '/') {
      const headers: Record<string, string> = parts.auth.apiKey ? { 'x-api-key': parts.auth.apiKey } : {};
      sendText(
        response,
        200,
        graphiqlPage({ title: `${parts.apiName} · local AppSync`, defaultHeaders: headers, signInPath: parts.signIn ? SIGN_IN_PATH : undefined }),
        'text/html; charset=utf-8',
      );
      status = 200;
    } else if (request.method === 'GET' && path === API_CONFIG_PATH) {
      sendJson(response, 200, parts.apiConfig());
      status = 200;
    } else if (request.method === 'GET' && path === JWKS_PATH) {
      const keys = [parts.auth.userPoolIssuer, parts.auth.oidcIssuer].flatMap((issuer) => issuer?.jwks().keys ?? []);
      sendJson(response, 200, { keys } satisfies Jwks);
      status = 200;
    } else {
      const asset = request.method === 'GET' ? staticAsset(path) : undefined;
      if (asset) sendText(response, 200, asset.body, asset.type);
      else sendJson(response, 404, { errors: [{ errorType: 'NotFound', message: `No route for ${request.method} ${path}` }] });
      status = asset ? 200 : 404;
    }
  } catch (error) {
    status = error instanceof BadRequestError ? error.statusCode : 500;
    const message = error instanceof BadRequestError ? error.message : 'Internal error in the local engine.';
    if (!(error instanceof BadRequestError)) parts.log(`error: ${(error as Error).stack ?? String(error)}`);
    if (!response.headersSent) sendJson(response, status, { errors: [{ errorType: status === 500 ? 'InternalFailure' : 'BadRequestException', message }] });
  }
  parts.log(`${request.method} ${path}${detail} ${status} ${Math.round(performance.now() - started)}ms`);
}

async function signIn(request: IncomingMessage, response: ServerResponse, signInService: LocalSignIn | undefined): Promise<number> {
  if (!signInService) {
    sendJson(response, 404, { message: 'This API has no local users.' });
    return 404;
  }
  const body = (await readJsonBody(request, 64 * 1024)) as { username?: unknown; password?: unknown };
  try {
    sendJson(response, 200, signInService.signIn(body.username, body.password));
    return 200;
  } catch (error) {
    if (!(error instanceof SignInError)) throw error;
    sendJson(response, 401, { message: error.message });
    return 401;
  }
}

/** The path of a request URL: what comes before its query string. */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
