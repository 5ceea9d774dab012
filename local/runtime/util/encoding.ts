import type { Util } from '@aws-appsync/utils';
import { RuntimeArgumentError } from '../errors';
import { requireString } from './arguments';

type EncodingUtils = Pick<Util, 'escapeJavaScript' | 'urlEncode' | 'urlDecode' | 'base64Encode' | 'base64Decode'>;

/**
 * The encoding helpers of `util`. AppSync documents them in one line each ("all utilities use the UTF-8
 * character set"); the exact escaping follows the Java libraries AppSync's utilities mirror: Apache
 * Commons' `escapeEcmaScript`, `java.net.URLEncoder`/`URLDecoder` and `java.util.Base64`.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
export function createEncodingUtils(): EncodingUtils {
  return {
    escapeJavaScript: (value) => escapeJavaScript(requireString('util.escapeJavaScript', value)),
    urlEncode: (value) => urlEncode(requireString('util.urlEncode', value)),
    urlDecode: (value) => urlDecode(requireString('util.urlDecode', value)),
    base64Encode: (value) => Buffer.from(utf8Bytes(requireString('util.base64Encode', value))).toString('base64'),
    base64Decode: (value) => base64Decode(requireString('util.base64Decode', value)),
  };
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  "'": "\\'",
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\n': '\\n',
  '\t': '\\t',
  '\f': '\\f',
  '\r': '\\r',
};

/** Quotes, backslash and slash get a short escape; other controls and all non-ASCII get `\uXXXX`. */
function escapeJavaScript(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i] as string;
    const code = char.charCodeAt(0);
    const short = SHORT_ESCAPES[char];
    if (short !== undefined) out += short;
    else if (code < 0x20 || code > 0x7f) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += char;
  }
  return out;
}

/** Bytes `URLEncoder` leaves as they are: ASCII letters, digits and `.-*_`. */
const URL_SAFE = /^[A-Za-z0-9.\-*_]$/;

function urlEncode(value: string): string {
  let out = '';
  for (const byte of utf8Bytes(value)) {
    const char = String.fromCharCode(byte);
    if (char === ' ') out += '+';
    else if (byte < 0x80 && URL_SAFE.test(char)) out += char;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function urlDecode(value: string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const char = value[i] as string;
    if (char === '+') {
      out += ' ';
      i += 1;
    } else if (char === '%') {
      // A run of escapes is one UTF-8 byte sequence: a character may span several of them.
      const bytes: number[] = [];
      while (value[i] === '%') {
        bytes.push(hexByte(value, i));
        i += 3;
      }
      out += UTF8.decode(Uint8Array.from(bytes));
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

function hexByte(value: string, at: number): number {
  const hex = value.slice(at + 1, at + 3);
  if (hex.length < 2) throw new RuntimeArgumentError('util.urlDecode: incomplete trailing escape (%) pattern');
  if (!/^[0-9A-Fa-f]{2}$/.test(hex)) {
    throw new RuntimeArgumentError(`util.urlDecode: illegal hex characters in escape (%) pattern: %${hex}`);
  }
  return parseInt(hex, 16);
}

/** The basic Base64 alphabet, padding optional (as `java.util.Base64.getDecoder()` accepts). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

function base64Decode(value: string): string {
  if (!BASE64.test(value)) throw new RuntimeArgumentError('util.base64Decode: the input is not a valid base64 string');
  return UTF8.decode(Buffer.from(value, 'base64'));
}

/** Malformed sequences decode to U+FFFD, as Java's `new String(bytes, UTF_8)` does. */
const UTF8 = new TextDecoder('utf-8');

/**
 * UTF-8 bytes of a string the way Java's `String.getBytes(UTF_8)` makes them: a lone surrogate, which has
 * no UTF-8 form, becomes `?`.
 */
function utf8Bytes(value: string): Uint8Array {
  return Buffer.from(
    value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '?'),
    'utf8',
  );
}
