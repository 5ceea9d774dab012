import { RuntimeArgumentError } from '../../../../local/runtime/errors';
import { createStringUtils } from '../../../../local/runtime/util/str';

// https://docs.aws.amazon.com/appsync/latest/devguide/str-helpers-in-util-str-js.html: normalize with one
// of the four Unicode normalization forms, named "nfc", "nfd", "nfkc" or "nfkd".
const str = createStringUtils();

test.each([
  ['e\u0301', 'nfc', '\u00e9'],
  ['\u00e9', 'nfd', 'e\u0301'],
  ['\ufb01', 'nfkc', 'fi'],
  ['\ufb01', 'nfc', '\ufb01'],
  ['\u212b', 'nfc', '\u00c5'],
  ['\u1e9b\u0323', 'nfkd', '\u0073\u0323\u0307'],
] as const)('normalize(%j, %j) is %j', (value, form, expected) => {
  expect(str.normalize(value, form)).toBe(expected);
});

test('an unknown normalization type is refused', () => {
  expect(() => str.normalize('x', 'nfx' as never)).toThrow(RuntimeArgumentError);
  expect(() => str.normalize('x', 'nfx' as never)).toThrow(/expected nfc, nfd, nfkc or nfkd/);
});

test('the value must be a string', () => {
  expect(() => str.normalize(42 as never, 'nfc')).toThrow(/util\.str\.normalize: expected a string, got number/);
});

test('only the helpers the APPSYNC_JS runtime documents exist (toUpper & co. are VTL-only)', () => {
  expect(Object.keys(str)).toEqual(['normalize']);
});
