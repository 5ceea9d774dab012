import { RuntimeArgumentError } from '../../../../local/runtime/errors';
import { evaluateCode } from '../../../../local/runtime/evaluate-code';
import { createEncodingUtils } from '../../../../local/runtime/util/encoding';

// https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html ("Encoding utils"): the
// encodings are application/x-www-form-urlencoded, base64 and JavaScript string escaping, in UTF-8.
const util = createEncodingUtils();

describe('util.urlEncode', () => {
  test.each([
    ['hello world', 'hello+world'],
    ['a=1&b=2/3?', 'a%3D1%26b%3D2%2F3%3F'],
    ['keep.-*_AZaz09', 'keep.-*_AZaz09'],
    // Unlike encodeURIComponent, the form encoding escapes ! ' ( ) ~.
    ["!'()~", '%21%27%28%29%7E'],
    ['café', 'caf%C3%A9'],
    ['€', '%E2%82%AC'],
    ['😀', '%F0%9F%98%80'],
    ['', ''],
  ])('%j → %j', (input, encoded) => {
    expect(util.urlEncode(input)).toBe(encoded);
  });

  test('a lone surrogate has no UTF-8 form and is encoded as "?"', () => {
    expect(util.urlEncode('a\uD800b')).toBe('a%3Fb');
  });
});

describe('util.urlDecode', () => {
  test.each([
    ['hello+world%21', 'hello world!'],
    ['caf%C3%A9', 'café'],
    ['%e2%82%ac', '€'],
    ['%F0%9F%98%80', '😀'],
    ['plain', 'plain'],
  ])('%j → %j', (input, decoded) => {
    expect(util.urlDecode(input)).toBe(decoded);
  });

  test('decodes what urlEncode produced', () => {
    const text = "Grüße, 世界! a+b=c & 'd' (e) ~f";
    expect(util.urlDecode(util.urlEncode(text))).toBe(text);
  });

  test('bytes that are not UTF-8 decode to U+FFFD', () => {
    expect(util.urlDecode('a%C3b')).toBe('a\uFFFDb');
  });

  test.each([['100%'], ['%4'], ['%zz'], ['%-1']])('%j is not a valid escape', (input) => {
    expect(() => util.urlDecode(input)).toThrow(RuntimeArgumentError);
  });
});

describe('util.base64Encode / base64Decode', () => {
  test.each([
    ['Hello, World!', 'SGVsbG8sIFdvcmxkIQ=='],
    ['café', 'Y2Fmw6k='],
    ['a', 'YQ=='],
    ['ab', 'YWI='],
    ['abc', 'YWJj'],
    ['', ''],
  ])('%j ⇄ %j', (text, encoded) => {
    expect(util.base64Encode(text)).toBe(encoded);
    expect(util.base64Decode(encoded)).toBe(text);
  });

  test('padding is optional when decoding', () => {
    expect(util.base64Decode('Y2Fmw6k')).toBe('café');
  });

  test.each([['@@@@'], ['YQ='], ['Y'], ['YW Jj'], ['YWJj====']])('%j is not base64', (input) => {
    expect(() => util.base64Decode(input)).toThrow(RuntimeArgumentError);
  });
});

describe('util.escapeJavaScript', () => {
  test.each([
    [`He said "it's"`, `He said \\"it\\'s\\"`],
    ['back\\slash and a/b', 'back\\\\slash and a\\/b'],
    ['\n\t\r\b\f', '\\n\\t\\r\\b\\f'],
    ['\u0001\u001f', '\\u0001\\u001F'],
    ['é€', '\\u00E9\\u20AC'],
    ['😀', '\\uD83D\\uDE00'],
    ['<b>&amp;</b> \u007f', '<b>&amp;<\\/b> \u007f'],
  ])('%j → %j', (input, escaped) => {
    expect(util.escapeJavaScript(input)).toBe(escaped);
  });

  test('the escaped text is a valid JavaScript string literal body', () => {
    const text = `multi\nline "quoted" 'single' \\ / é 😀 \u0000`;
    expect(JSON.parse(`"${util.escapeJavaScript(text).replace(/\\'/g, "'").replace(/\\\//g, '/')}"`)).toBe(text);
  });
});

test('each helper refuses a non-string argument', () => {
  const helpers = [util.urlEncode, util.urlDecode, util.base64Encode, util.base64Decode, util.escapeJavaScript];
  for (const helper of helpers) {
    expect(() => (helper as (value: unknown) => string)(42)).toThrow(/expected a string, got number/);
  }
});

test('the helpers reach resolver code through the sandbox', () => {
  const response = evaluateCode({
    code: `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  return { url: util.urlEncode(ctx.args.q), b64: util.base64Encode(ctx.args.q), back: util.base64Decode(util.base64Encode(ctx.args.q)) };
}
export function response(ctx) { return ctx.result; }`,
    context: { arguments: { q: 'ça va?' } },
  });
  expect(response.error).toBeUndefined();
  expect(JSON.parse(response.evaluationResult as string)).toEqual({
    url: '%C3%A7a+va%3F',
    b64: 'w6dhIHZhPw==',
    back: 'ça va?',
  });
});
