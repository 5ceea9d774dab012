import { RuntimeArgumentError } from '../../../../local/runtime/errors';
import { evaluateCode } from '../../../../local/runtime/evaluate-code';
import { createMatches } from '../../../../local/runtime/util/matches';

// https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html: "util.matches(String, String)
// returns true if the specified pattern in the first argument matches the supplied data in the second
// argument. The pattern must be a regular expression such as util.matches("a*b", "aaaaab"). The
// functionality is based on Pattern".
const matches = createMatches();

test('the documented example matches', () => {
  expect(matches('a*b', 'aaaaab')).toBe(true);
});

test('like Pattern.matches, the whole value must match', () => {
  expect(matches('a*b', 'xaaaaab')).toBe(false);
  expect(matches('[0-9]{3}-[0-9]{4}', '555-1234')).toBe(true);
  expect(matches('[0-9]{3}-[0-9]{4}', 'call 555-1234')).toBe(false);
});

test('an invalid pattern is a runtime error naming the helper', () => {
  expect(() => matches('(unclosed', 'x')).toThrow(RuntimeArgumentError);
  expect(() => matches('(unclosed', 'x')).toThrow(/^util\.matches: Unclosed group near index 9/);
});

test('arguments must be strings', () => {
  expect(() => (matches as (p: unknown, v: unknown) => boolean)('a', null)).toThrow(
    /util\.matches: expected a string, got null/,
  );
  expect(() => (matches as (p: unknown, v: unknown) => boolean)(1, 'a')).toThrow(/expected a string, got number/);
});

describe('through the sandbox', () => {
  const code = `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  return { valid: util.matches(ctx.args.pattern, ctx.args.value) };
}
export function response(ctx) { return ctx.result; }`;

  test('Java syntax works from resolver code', () => {
    const response = evaluateCode({ code, context: { arguments: { pattern: '(?i)[a-z]++\\d*+', value: 'Hello42' } } });
    expect(response.error).toBeUndefined();
    expect(JSON.parse(response.evaluationResult as string)).toEqual({ valid: true });
  });

  test('a bad pattern fails the handler with the reason', () => {
    const response = evaluateCode({ code, context: { arguments: { pattern: 'a**', value: 'a' } } });
    expect(response.error?.message).toMatch(/util\.matches: Dangling meta character '\*'/);
  });
});
