/**
 * The gateway over HTTP, speaking DynamoDB's JSON protocol (`POST /`, `X-Amz-Target: DynamoDB_20120810.<Op>`,
 * `Content-Type: application/x-amz-json-1.0`), on 127.0.0.1 only. Any AWS SDK DynamoDB client works against it
 * with `endpoint` set to its URL and any credentials: requests must be signed, as DynamoDB requires, but the
 * signature is not verified. Responses carry DynamoDB's headers (request id, CRC32 of the body).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';

import { readBody, type BadRequestError } from '../http/request-body';
import type { JsonObject } from './dynalite-internals';
import { DynamoDbError, type DynamoDbErrorBody } from './errors';

const TARGET_PREFIX = 'DynamoDB_20120810.';
const JSON_CONTENT_TYPES = ['application/x-amz-json-1.0', 'application/json'];
/** DynamoDB's (and dynalite's) limit on a request body. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

/** What the endpoint needs from the gateway. */
export interface SerializingGateway {
  callSerialized(operation: string, input: JsonObject): Promise<string>;
}

export interface HttpEndpoint {
  /** `http://127.0.0.1:<port>`, for an SDK client's `endpoint`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests and closes open connections. */
  close(): Promise<void>;
}

export async function startHttpEndpoint(gateway: SerializingGateway, port: number): Promise<HttpEndpoint> {
  const server = createServer((request, response) => {
    readBody(request, MAX_REQUEST_BYTES).then(
      (body) => handle(gateway, request, body.toString('utf8')).then((reply) => send(response, reply)),
      (refusal: BadRequestError) => send(response, { status: refusal.statusCode, body: '' }),
    );
  });
  await listen(server, port);
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // SDK clients keep connections alive; without this, close would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}

interface Reply {
  readonly status: number;
  readonly body: string;
}

async function handle(gateway: SerializingGateway, request: IncomingMessage, body: string): Promise<Reply> {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0].trim();
  if (request.method !== 'POST' || !JSON_CONTENT_TYPES.includes(contentType)) {
    return errorReply(new DynamoDbError(404, DynamoDbError.protocol('UnknownOperationException').body));
  }
  const target = request.headers['x-amz-target'] ?? '';
  const operation = typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  if (!operation) return errorReply(DynamoDbError.protocol('UnknownOperationException'));
  if (!isSigned(request)) {
    return errorReply(DynamoDbError.protocol('MissingAuthenticationTokenException', 'Request is missing Authentication Token'));
  }
  const input = parseJsonObject(body);
  if (!input) return errorReply(DynamoDbError.protocol('SerializationException'));
  try {
    return { status: 200, body: await gateway.callSerialized(operation, input) };
  } catch (error) {
    return errorReply(error instanceof DynamoDbError ? error : DynamoDbError.internal(String((error as Error)?.message ?? error)));
  }
}

/** Signed by header or by query string (presigned); the signature itself is not checked. */
function isSigned(request: IncomingMessage): boolean {
  if (request.headers.authorization?.trim().startsWith('AWS4-')) return true;
  return new URL(request.url ?? '/', `http://${LOOPBACK}`).searchParams.has('X-Amz-Algorithm');
}

function parseJsonObject(body: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

function errorReply(error: DynamoDbError): Reply {
  const body: DynamoDbErrorBody = error.body;
  return { status: error.statusCode, body: JSON.stringify(body) };
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, {
    'Content-Type': 'application/x-amz-json-1.0',
    'Content-Length': Buffer.byteLength(reply.body),
    'x-amzn-RequestId': randomBytes(39).toString('base64url').toUpperCase().slice(0, 52),
    'x-amz-crc32': String(crc32(reply.body)),
  });
  response.end(reply.body);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
