import { identityOf, toApiMap, toApiValue, toPlainItem } from '../../../../local/datasources/dynamodb/typed-values';
import { InvalidRequestError } from '../../../../local/datasources/errors';
import { toAttributeMap } from '../../../../local/runtime/attribute-values';

describe('DynamoDB typed values', () => {
  it("turns the runtime's request values into the API's: numbers as strings, null as true, at any depth", () => {
    const fromRuntime = toAttributeMap({ id: 'a', n: 10, f: 1.5, none: null, list: [1, { deep: -2 }], yes: true });
    expect(toApiMap(fromRuntime, '$[item]')).toEqual({
      id: { S: 'a' },
      n: { N: '10' },
      f: { N: '1.5' },
      none: { NULL: true },
      list: { L: [{ N: '1' }, { M: { deep: { N: '-2' } } }] },
      yes: { BOOL: true },
    });
  });

  it('keeps what is already in API form, and sets as given', () => {
    expect(toApiValue({ N: '12.50' }, '$')).toEqual({ N: '12.50' });
    expect(toApiValue({ NS: [1, '2'] }, '$')).toEqual({ NS: ['1', '2'] });
    expect(toApiValue({ SS: ['x'] }, '$')).toEqual({ SS: ['x'] });
    expect(toApiValue({ B: 'Zm9v' }, '$')).toEqual({ B: 'Zm9v' });
    expect(toApiValue({ NULL: true }, '$')).toEqual({ NULL: true });
  });

  it('refuses what is not a typed value, naming the path', () => {
    expect(() => toApiValue('x', '$[key][id]')).toThrow(InvalidRequestError);
    expect(() => toApiValue({ S: 'a', N: 1 }, '$[a]')).toThrow(/at '\$\[a\]'/);
    expect(() => toApiValue({ X: 1 }, '$[a]')).toThrow(InvalidRequestError);
    expect(() => toApiValue({ N: Number.NaN }, '$[a]')).toThrow("Expected a number at '$[a]', got null.");
    expect(() => toApiValue({ L: 'no' }, '$[a]')).toThrow("Expected a list at '$[a]'.");
    expect(() => toApiMap([], '$[key]')).toThrow("Expected a map of typed values at '$[key]'.");
  });

  it('gives plain JSON for API items', () => {
    expect(toPlainItem({ n: { N: '007' }, s: { SS: ['b', 'a'] }, m: { M: { x: { NULL: true } } } })).toEqual({ n: 7, s: ['b', 'a'], m: { x: null } });
  });

  it('has one identity for values DynamoDB holds equal, and different ones otherwise', () => {
    expect(identityOf({ a: { N: '1.0' }, b: { SS: ['y', 'x'] } })).toBe(identityOf({ b: { SS: ['x', 'y'] }, a: { N: '1' } }));
    expect(identityOf({ a: { N: '1' } })).not.toBe(identityOf({ a: { S: '1' } }));
    expect(identityOf({ id: { S: 'k' }, other: { S: 'x' } }, ['id'])).toBe(identityOf({ id: { S: 'k' } }));
  });
});
