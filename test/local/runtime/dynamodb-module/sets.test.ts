import { isSetAttribute, toBinarySet, toNumberSet, toStringSet } from '../../../../local/runtime/dynamodb-module/sets';

// The JSDoc examples of the set helpers in the package's type definitions (lib/dynamodb-helpers.d.ts).
describe('set helpers', () => {
  test('toStringSet(["a", "b", "c"]) returns { "SS": ["a", "b", "c"] }', () => {
    expect(toStringSet(['a', 'b', 'c'])).toEqual({ SS: ['a', 'b', 'c'] });
  });

  test('toNumberSet([1, 2, 3]) returns { "NS": ["1", "2", "3"] }', () => {
    expect(toNumberSet([1, 2, 3])).toEqual({ NS: ['1', '2', '3'] });
    expect(toNumberSet([4.56])).toEqual({ NS: ['4.56'] });
  });

  test('toBinarySet(["SGVsbG8=", "V29ybGQ="]) returns { "BS": ["SGVsbG8=", "V29ybGQ="] }', () => {
    expect(toBinarySet(['SGVsbG8=', 'V29ybGQ='])).toEqual({ BS: ['SGVsbG8=', 'V29ybGQ='] });
  });

  test('copy the list they are given', () => {
    const list = ['a'];
    const set = toStringSet(list);
    list.push('b');
    expect(set).toEqual({ SS: ['a'] });
  });

  test('refuse anything but a list', () => {
    expect(() => toStringSet('a' as never)).toThrow('toStringSet: the argument must be a list, got a string');
    expect(() => toNumberSet(null as never)).toThrow('toNumberSet: the argument must be a list, got null');
  });
});

describe('isSetAttribute', () => {
  test('recognises a lone SS, NS or BS list and nothing else', () => {
    expect(isSetAttribute({ SS: [] })).toBe(true);
    expect(isSetAttribute({ NS: [1] })).toBe(true);
    expect(isSetAttribute({ BS: ['AA=='] })).toBe(true);
    expect(isSetAttribute({ SS: ['a'], other: 1 })).toBe(false);
    expect(isSetAttribute({ SS: 'a' })).toBe(false);
    expect(isSetAttribute({ L: [] })).toBe(false);
    expect(isSetAttribute(['SS'])).toBe(false);
  });
});
