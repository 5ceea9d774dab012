import vm from 'node:vm';
import {
  fromAttributeMap,
  fromAttributeValue,
  isPlainObject,
  toAttributeMap,
  toAttributeValue,
} from '../../../local/runtime/attribute-values';
import { RuntimeArgumentError } from '../../../local/runtime/errors';

describe('attribute values', () => {
  it('converts JSON values the way util.dynamodb.toDynamoDB documents', () => {
    // https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html
    expect(toAttributeValue(['foo', 123, { bar: 'baz' }])).toEqual({
      L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }],
    });
    expect(toAttributeValue(null)).toEqual({ NULL: null });
    expect(toAttributeValue(undefined)).toEqual({ NULL: null });
  });

  it('refuses values JSON cannot carry with a runtime argument error', () => {
    expect(() => toAttributeValue(Symbol('s'))).toThrow(RuntimeArgumentError);
    expect(() => toAttributeValue(10n)).toThrow('cannot convert a bigint');
  });

  it('round-trips through the form DynamoDB results reach handlers in', () => {
    const item = { id: 'a', count: 2, ok: true, none: null, list: [1, 'x'], map: { deep: [false] } };
    expect(fromAttributeMap(toAttributeMap(item))).toEqual(item);
    expect(fromAttributeValue({ NULL: true })).toBeNull();
    expect(fromAttributeValue({ NS: ['1', 2.5] })).toEqual([1, 2.5]);
  });

  it('recognises objects and lists made in another realm, as resolver code makes them', () => {
    const [object, list] = vm.runInNewContext('[{ a: 1 }, [1]]') as unknown[];
    expect(isPlainObject(object)).toBe(true);
    expect(isPlainObject(list)).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(toAttributeValue(list)).toEqual({ L: [{ N: 1 }] });
  });
});
