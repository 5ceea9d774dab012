import { characterCount, hasControlCharacter, isSimpleIdentifier, isWholeNumber } from '../../../../resolvers/lib/checks';

describe('checks', () => {
  it('count code points, not UTF-16 units', () => {
    expect(characterCount('a😀é')).toBe(3);
  });

  it('find control characters of category Cc only', () => {
    expect(['\u0000', '\n', '\u001f', '\u007f', '\u009f'].map((c) => hasControlCharacter(`a${c}b`))).toEqual([true, true, true, true, true]);
    expect(['\u00a0', '\u200b', ' ', '€'].map((c) => hasControlCharacter(`a${c}b`))).toEqual([false, false, false, false]);
  });

  it('identifiers: letters, digits, - and _', () => {
    expect(isSimpleIdentifier('team-eng_2')).toBe(true);
    expect(['', 'a b', 'a#b', 'a~b', 'ü'].some((text) => isSimpleIdentifier(text))).toBe(false);
  });

  it('whole numbers', () => {
    expect([1, 0, -3].every((n) => isWholeNumber(n))).toBe(true);
    expect([1.5, Number.NaN, Number.POSITIVE_INFINITY].some((n) => isWholeNumber(n))).toBe(false);
  });
});
