import type { IncomingMessage, ServerResponse } from 'node:http';
import { flattenHeaders } from '../auth/headers';
import { BadRequestError, readBody } from '../http/request-body';

/** Reads a JSON body of at most `limit` bytes. */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const text = (await readBody(request, limit)).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestError('The request body is not valid JSON.');
  }
}

/**
 * A request's headers with one string value each, as resolvers get them in `ctx.request.headers`. Node has
 * already lower-cased the names and joined repeated headers, all but `set-cookie`: unless a value is still
 * an array, Node's own object is what `flattenHeaders` would build, without its work on every request. It
 * is not copied here: handlers get their copy in the sandbox realm, Lambda handlers theirs in the event.
 */
export function singleValueHeaders(request: IncomingMessage): Readonly<Record<string, string>> {
  const headers = request.headers;
  for (const name in headers) if (typeof headers[name] !== 'string') return flattenHeaders(headers);
  return headers as Record<string, string>;
}

export function sendJson(response: ServerResponse, statusCode: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  response.writeHead(statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  response.end(payload);
}

export function sendText(response: ServerResponse, statusCode: number, body: string | Buffer, type: string): void {
  response.writeHead(statusCode, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
