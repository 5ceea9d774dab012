import type { Util } from '@aws-appsync/utils';
import type { HandlerCall } from '../call-scope';
import { requireObject } from './arguments';
import type { RuntimeDeps } from './deps';

/**
 * `util.http`: forwarding request headers and setting custom response headers.
 * https://docs.aws.amazon.com/appsync/latest/devguide/http-helpers-in-utils-http-js.html
 */
export function createHttpUtils({ scope }: RuntimeDeps): Util['http'] {
  const addResponseHeader = (name: unknown, value: unknown) => setResponseHeader(scope.current(), name, value);
  return {
    copyHeaders(headers) {
      const source = requireObject('util.http.copyHeaders', headers);
      return Object.fromEntries(Object.entries(source).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
    },
    addResponseHeader,
    addResponseHeaders(headers) {
      for (const [name, value] of Object.entries(requireObject('util.http.addResponseHeaders', headers))) {
        addResponseHeader(name, value);
      }
    },
  };
}

/** The headers `copyHeaders` leaves out, as the documentation lists them. */
const HOP_BY_HOP: ReadonlySet<string> = new Set([
  'transfer-encoding',
  'connection',
  'host',
  'expect',
  'keep-alive',
  'upgrade',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'content-length',
]);

/** Names a custom response header cannot take: the list above plus the CORS headers, Vary, Content-Type. */
const RESTRICTED_RESPONSE_HEADERS: ReadonlySet<string> = new Set([
  ...HOP_BY_HOP,
  'access-control-allow-credentials',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'access-control-max-age',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'vary',
  'content-type',
]);

const RESTRICTED_PREFIXES = ['x-amzn-', 'x-amz-'];

/** Custom response headers, names and values together, may not exceed 4 KB. */
const MAX_RESPONSE_HEADER_BYTES = 4096;

/**
 * Records one custom response header on the call. A header AppSync refuses (empty or restricted name,
 * null value, over the size limit) is ignored and reported as a `ResponseHeaderError` in the
 * operation's errors, without stopping the handler.
 */
function setResponseHeader(call: HandlerCall, name: unknown, value: unknown): void {
  const refusal = refuse(name, value);
  if (refusal !== undefined) {
    call.appendedErrors.push({ message: refusal, errorType: 'ResponseHeaderError' });
    return;
  }
  const headerName = name as string;
  const headerValue = headerText(value);
  // A later definition replaces an earlier one; HTTP header names are case-insensitive.
  const others = Object.entries(call.responseHeaders).filter(([key]) => key.toLowerCase() !== headerName.toLowerCase());
  const size = [...others, [headerName, headerValue]].reduce((sum, [k, v]) => sum + byteLength(`${k}${v}`), 0);
  if (size > MAX_RESPONSE_HEADER_BYTES) {
    call.appendedErrors.push({
      message: `Response header '${headerName}' was not added: custom response headers may not exceed ${MAX_RESPONSE_HEADER_BYTES} bytes`,
      errorType: 'ResponseHeaderError',
    });
    return;
  }
  for (const key of Object.keys(call.responseHeaders)) {
    if (key.toLowerCase() === headerName.toLowerCase()) delete call.responseHeaders[key];
  }
  call.responseHeaders[headerName] = headerValue;
}

function refuse(name: unknown, value: unknown): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return 'Response header name must be a non-empty string';
  const lower = name.toLowerCase();
  if (RESTRICTED_RESPONSE_HEADERS.has(lower)) return `Response header '${name}' is restricted and cannot be set`;
  if (RESTRICTED_PREFIXES.some((prefix) => lower.startsWith(prefix))) {
    return `Response header '${name}' uses a restricted prefix (${RESTRICTED_PREFIXES.join(', ')})`;
  }
  if (value === null || value === undefined) return `Response header '${name}' must have a non-null value`;
  return undefined;
}

/** Header values are text: strings as they are, other values in their JSON form (7 → "7"). */
function headerText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
