import type { IncomingMessage } from 'node:http';
import { GRAPHQL_WS_PROTOCOL, type ProtocolErrorBody } from './protocol';

/** The second subprotocol current clients send: `header-` and the header object as base64url JSON. */
const HEADER_PROTOCOL_PREFIX = 'header-';

/** The authorization headers a client sent to open the connection (`host`, `x-api-key`, `Authorization`, …). */
export type HandshakeHeader = Readonly<Record<string, string>>;

export interface Handshake {
  /** Why the connection cannot be used: answered with `connection_error`. */
  readonly protocolError?: ProtocolErrorBody;
  readonly header: HandshakeHeader;
}

/**
 * Reads the opening request of a connection. AppSync documents two forms for the header object: the
 * query string `?header=<base64 JSON>&payload=e30=`, and the subprotocol `header-<base64url JSON>` beside
 * `graphql-ws` that current clients (aws-appsync-subscription-link, Amplify JS v6) send. Without
 * `graphql-ws` the connection is refused with `NoProtocolError` (no subprotocol at all) or
 * `SubProtocolNotSupportedError` (only others).
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 */
export function readHandshake(request: IncomingMessage): Handshake {
  const protocols = offeredProtocols(request);
  const headerProtocol = protocols.find((protocol) => protocol.startsWith(HEADER_PROTOCOL_PREFIX));
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
  // A base64 query value sent without URL-encoding reads its `+` as a space.
  const encoded = headerProtocol?.slice(HEADER_PROTOCOL_PREFIX.length) ?? query.get('header')?.replace(/ /g, '+');
  const header = encoded === undefined ? {} : decodeHeader(encoded);
  if (protocols.includes(GRAPHQL_WS_PROTOCOL)) return { header };
  const others = protocols.filter((protocol) => protocol !== headerProtocol);
  return {
    header,
    protocolError:
      others.length === 0
        ? { errorType: 'NoProtocolError', message: `The ${GRAPHQL_WS_PROTOCOL} subprotocol is required.`, errorCode: 400 }
        : { errorType: 'SubProtocolNotSupportedError', message: `Subprotocol ${others.join(', ')} is not supported.`, errorCode: 400 },
  };
}

/**
 * The subprotocol to accept the upgrade with: `graphql-ws`, or else one the client offered, so that it
 * opens the connection and reads the `connection_error` that follows instead of failing the upgrade.
 */
export function selectProtocol(offered: ReadonlySet<string>): string | false {
  if (offered.has(GRAPHQL_WS_PROTOCOL)) return GRAPHQL_WS_PROTOCOL;
  return [...offered].find((protocol) => !protocol.startsWith(HEADER_PROTOCOL_PREFIX)) ?? false;
}

function offeredProtocols(request: IncomingMessage): string[] {
  const value = request.headers['sec-websocket-protocol'];
  return (value ?? '')
    .split(',')
    .map((protocol) => protocol.trim())
    .filter((protocol) => protocol.length > 0);
}

/** Base64 or base64url JSON of string values; anything else carries no credentials. */
function decodeHeader(encoded: string): HandshakeHeader {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    return stringEntries(parsed);
  } catch {
    return {};
  }
}

/** The string-valued entries of a JSON object: the shape of the header and authorization objects. */
export function stringEntries(value: unknown): HandshakeHeader {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
