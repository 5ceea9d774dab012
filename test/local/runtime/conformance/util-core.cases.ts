import type { ConformanceCase } from './case';

/**
 * Conformance of the general `util` helpers (encoding, ids, matches, math, str, xml, http) with AWS's
 * documentation. Where a page states no output for an input, the case only uses inputs whose output the
 * documented contract fixes: the named encoding (application/x-www-form-urlencoded, base64, UTF-8), the
 * Unicode normalization forms, `java.util.regex.Pattern.matches`, the ULID and KSUID formats.
 */

const BUILT_IN = 'https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html';
const MATH = 'https://docs.aws.amazon.com/appsync/latest/devguide/math-helpers-in-util-math.html';
const STR = 'https://docs.aws.amazon.com/appsync/latest/devguide/str-helpers-in-util-str-js.html';
const XML = 'https://docs.aws.amazon.com/appsync/latest/devguide/xml-helpers-in-util-xml-js.html';
const HTTP = 'https://docs.aws.amazon.com/appsync/latest/devguide/http-helpers-in-utils-http-js.html';

/** JavaScript source for a string literal. */
const js = (value: string) => JSON.stringify(value);

/** A module whose request handler runs `body` with `util` in scope. */
function module(body: string): string {
  return `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  ${body}
}
export function response(ctx) {
  return ctx.result;
}
`;
}

function returns(name: string, source: string, expression: string, result: unknown): ConformanceCase {
  return { name, source, code: module(`return ${expression};`), expect: { result } };
}

// The examples of the XML helpers page (example 1 and example 2).
const ONE_POST = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
</posts>`;
const ONE_POST_MAP = { posts: { post: { id: 1, title: 'Getting started with GraphQL' } } };
const TWO_POSTS = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
<post>
  <id>2</id>
  <title>Getting started with AppSync</title>
</post>
</posts>`;
const TWO_POSTS_MAP = {
  posts: {
    post: [
      { id: 1, title: 'Getting started with GraphQL' },
      { id: 2, title: 'Getting started with AppSync' },
    ],
  },
};

const encoding: ConformanceCase[] = [
  returns('util.urlEncode: a space becomes "+"', BUILT_IN, `util.urlEncode(${js('hello world')})`, 'hello+world'),
  returns(
    'util.urlEncode: reserved characters are percent-encoded',
    BUILT_IN,
    `util.urlEncode(${js('a=1&b=2/3?')})`,
    'a%3D1%26b%3D2%2F3%3F',
  ),
  returns('util.urlEncode: non-ASCII is percent-encoded UTF-8', BUILT_IN, `util.urlEncode(${js('café')})`, 'caf%C3%A9'),
  returns(
    'util.urlDecode: "+" and escapes decode back',
    BUILT_IN,
    `util.urlDecode(${js('hello+world%21')})`,
    'hello world!',
  ),
  returns(
    'util.urlDecode: UTF-8 escapes decode to one character',
    BUILT_IN,
    `util.urlDecode(${js('caf%C3%A9')})`,
    'café',
  ),
  returns('util.base64Encode: ASCII', BUILT_IN, `util.base64Encode(${js('Hello, World!')})`, 'SGVsbG8sIFdvcmxkIQ=='),
  returns('util.base64Encode: UTF-8', BUILT_IN, `util.base64Encode(${js('café')})`, 'Y2Fmw6k='),
  returns('util.base64Decode: ASCII', BUILT_IN, `util.base64Decode(${js('SGVsbG8sIFdvcmxkIQ==')})`, 'Hello, World!'),
  returns('util.base64Decode: UTF-8', BUILT_IN, `util.base64Decode(${js('Y2Fmw6k=')})`, 'café'),
  returns(
    'util.escapeJavaScript: quotes, backslash, newline and tab are escaped',
    BUILT_IN,
    `util.escapeJavaScript(${js('say "hi"\\\n\t')})`,
    'say \\"hi\\"\\\\\\n\\t',
  ),
];

const ids: ConformanceCase[] = [
  returns('util.autoId: the UUID of the id source', BUILT_IN, 'util.autoId()', '00000000-0000-4000-8000-000000000001'),
  returns('util.autoId: a new UUID on each call', BUILT_IN, '[util.autoId(), util.autoId()]', [
    '00000000-0000-4000-8000-000000000001',
    '00000000-0000-4000-8000-000000000002',
  ]),
  // 48-bit time 2024-05-01T12:34:56.789Z, then 80 bits of 0x07 bytes, in Crockford base32.
  returns(
    'util.autoUlid: clock and random bits in ULID form',
    BUILT_IN,
    'util.autoUlid()',
    '01HWT2D74N0W3GE1R70W3GE1R7',
  ),
  // 4-byte seconds since 1400000000, then 16 bytes of 0x07, in base62.
  returns(
    'util.autoKsuid: clock and random bytes in KSUID form',
    BUILT_IN,
    'util.autoKsuid()',
    '2frl5kGviUY2HJeB4vMf5dTCmb1',
  ),
  returns(
    'util.autoUlid and util.autoKsuid: 26 and 27 characters',
    BUILT_IN,
    '[util.autoUlid().length, util.autoKsuid().length]',
    [26, 27],
  ),
];

const matches: ConformanceCase[] = [
  returns('util.matches: the documented example', BUILT_IN, `util.matches(${js('a*b')}, ${js('aaaaab')})`, true),
  returns(
    'util.matches: like Pattern.matches, the whole value must match',
    BUILT_IN,
    `util.matches(${js('a*b')}, ${js('aaaaabc')})`,
    false,
  ),
  returns(
    'util.matches: a phone number',
    BUILT_IN,
    `util.matches(${js('[0-9]{3}-[0-9]{4}')}, ${js('555-1234')})`,
    true,
  ),
  returns('util.matches: no digits', BUILT_IN, `util.matches(${js('\\d+')}, ${js('abc')})`, false),
  returns('util.matches: Java possessive quantifier', BUILT_IN, `util.matches(${js('a*+a')}, ${js('aaa')})`, false),
  returns('util.matches: Java \\A and \\z anchors', BUILT_IN, `util.matches(${js('\\Aabc\\z')}, ${js('abc')})`, true),
  returns(
    'util.matches: Java inline case-insensitive flag',
    BUILT_IN,
    `util.matches(${js('(?i)hello')}, ${js('HELLO')})`,
    true,
  ),
];

const math: ConformanceCase[] = [
  returns('util.math.roundNum: rounds up to the nearest integer', MATH, 'util.math.roundNum(2.7)', 3),
  returns('util.math.roundNum: rounds down to the nearest integer', MATH, 'util.math.roundNum(2.2)', 2),
  returns('util.math.minVal: the smaller of two doubles', MATH, 'util.math.minVal(3.5, 1.25)', 1.25),
  returns('util.math.maxVal: the larger of two doubles', MATH, 'util.math.maxVal(3.5, 1.25)', 3.5),
  returns('util.math.randomWithinRange: a one-value range', MATH, 'util.math.randomWithinRange(5, 5)', 5),
  returns(
    'util.math.randomDouble: between 0 and 1',
    MATH,
    'util.math.randomDouble() >= 0 && util.math.randomDouble() < 1',
    true,
  ),
];

const str: ConformanceCase[] = [
  returns('util.str.normalize: nfc composes', STR, `util.str.normalize(${js('e\u0301')}, 'nfc')`, '\u00e9'),
  returns('util.str.normalize: nfd decomposes', STR, `util.str.normalize(${js('\u00e9')}, 'nfd')`, 'e\u0301'),
  returns(
    'util.str.normalize: nfkc folds compatibility characters',
    STR,
    `util.str.normalize(${js('\ufb01')}, 'nfkc')`,
    'fi',
  ),
  returns(
    'util.str.normalize: nfc keeps compatibility characters',
    STR,
    `util.str.normalize(${js('\ufb01')}, 'nfc')`,
    '\ufb01',
  ),
  returns(
    'util.str.normalize: nfkd decomposes and folds',
    STR,
    `util.str.normalize(${js('\u1e9b\u0323')}, 'nfkd')`,
    's\u0323\u0307',
  ),
];

const xml: ConformanceCase[] = [
  returns('util.xml.toMap: example 1', XML, `util.xml.toMap(${js(ONE_POST)})`, ONE_POST_MAP),
  returns(
    'util.xml.toMap: example 2, repeated elements become a list',
    XML,
    `util.xml.toMap(${js(TWO_POSTS)})`,
    TWO_POSTS_MAP,
  ),
  returns(
    'util.xml.toJsonString: example 1 as JSON text',
    XML,
    `JSON.parse(util.xml.toJsonString(${js(ONE_POST)}))`,
    ONE_POST_MAP,
  ),
  returns(
    'util.xml.toJsonString: example 2 as JSON text',
    XML,
    `JSON.parse(util.xml.toJsonString(${js(TWO_POSTS)}))`,
    TWO_POSTS_MAP,
  ),
  returns(
    'util.xml.toJsonString: the output is a string',
    XML,
    `typeof util.xml.toJsonString(${js(ONE_POST)})`,
    'string',
  ),
];

const http: ConformanceCase[] = [
  {
    name: 'util.http.copyHeaders: the restricted headers are left out',
    source: HTTP,
    code: module('return util.http.copyHeaders(ctx.request.headers);'),
    context: {
      request: {
        headers: {
          host: 'api.example.com',
          connection: 'keep-alive',
          'content-length': '17',
          'transfer-encoding': 'chunked',
          authorization: 'Bearer token',
          'x-custom': 'value',
        },
      },
    },
    expect: { result: { authorization: 'Bearer token', 'x-custom': 'value' } },
  },
  {
    name: 'util.http.addResponseHeader: the documented request handler',
    source: HTTP,
    code: module(`util.http.addResponseHeader('itemsCount', 7)
  util.http.addResponseHeader('render', ctx.args.render)
  return {}`),
    context: { arguments: { render: 'full' } },
    expect: { result: {} },
  },
  {
    name: 'util.http.addResponseHeaders: the documented request handler',
    source: HTTP,
    code: module(`const headers = { headerInt: 12, headerString: 'stringValue', headerObject: { field1: 7, field2: 'string' } }
  util.http.addResponseHeaders(headers)
  return {}`),
    expect: { result: {} },
  },
];

export const cases: ConformanceCase[] = [...encoding, ...ids, ...matches, ...math, ...str, ...xml, ...http];
