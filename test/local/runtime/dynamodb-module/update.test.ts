import { createOperations } from '../../../../local/runtime/dynamodb-module/operations';
import { toStringSet } from '../../../../local/runtime/dynamodb-module/sets';
import { update } from '../../../../local/runtime/dynamodb-module/update';

const operations = createOperations();

/** The update expression part of an UpdateItem for `id: 'test'`. */
function updateOf(values: Record<string, unknown>) {
  return update({ key: { id: 'test' }, update: values }).update;
}

describe('update: the recorded outputs', () => {
  // Recorded AppSync EvaluateCode output for these calls (public snapshots of `ddb.update(...)`).
  test('add sets the value', () => {
    expect(update({ key: { id: 'test' }, update: { age: operations.add(10) } })).toEqual({
      operation: 'UpdateItem',
      key: { id: { S: 'test' } },
      update: {
        expression: 'SET #expName_1 = :expValue_1',
        expressionNames: { '#expName_1': 'age' },
        expressionValues: { ':expValue_1': { N: 10 } },
      },
    });
  });

  test('increment and decrement compute from the attribute', () => {
    expect(updateOf({ age: operations.increment(10) })).toEqual({
      expression: 'SET #expName_1 = #expName_1 + :expValue_1',
      expressionNames: { '#expName_1': 'age' },
      expressionValues: { ':expValue_1': { N: 10 } },
    });
    expect(updateOf({ age: operations.decrement(10) }).expression).toBe('SET #expName_1 = #expName_1 - :expValue_1');
  });

  test('append and prepend use list_append', () => {
    expect(updateOf({ values: operations.append([1, 2, 3]) })).toEqual({
      expression: 'SET #expName_1 = list_append(#expName_1, :expValue_1)',
      expressionNames: { '#expName_1': 'values' },
      expressionValues: { ':expValue_1': { L: [{ N: 1 }, { N: 2 }, { N: 3 }] } },
    });
    expect(updateOf({ values: operations.prepend([1, 2, 3]) }).expression).toBe(
      'SET #expName_1 = list_append(:expValue_1, #expName_1)',
    );
  });

  test('replace sets the whole map', () => {
    expect(updateOf({ values: operations.replace({ a: 10 }) })).toEqual({
      expression: 'SET #expName_1 = :expValue_1',
      expressionNames: { '#expName_1': 'values' },
      expressionValues: { ':expValue_1': { M: { a: { N: 10 } } } },
    });
  });

  test('plain values, null included, are SET in property order', () => {
    expect(updateOf({ name: 'Toni Test', imageUrl: null, bio: 'The test bio' })).toEqual({
      expression: 'SET #expName_1 = :expValue_1, #expName_2 = :expValue_2, #expName_3 = :expValue_3',
      expressionNames: { '#expName_1': 'name', '#expName_2': 'imageUrl', '#expName_3': 'bio' },
      expressionValues: { ':expValue_1': { S: 'Toni Test' }, ':expValue_2': { NULL: null }, ':expValue_3': { S: 'The test bio' } },
    });
  });
});

describe('update: the documented operations', () => {
  // Examples of https://docs.aws.amazon.com/appsync/latest/devguide/built-in-modules-js.html (Operations)
  test('remove is a REMOVE clause after the SET clause, with no values of its own', () => {
    expect(updateOf({ oldField: operations.remove() })).toEqual({
      expression: 'REMOVE #expName_1',
      expressionNames: { '#expName_1': 'oldField' },
    });
    expect(updateOf({ a: operations.remove(), b: 1, c: operations.remove(), d: operations.increment() })).toEqual({
      expression: 'SET #expName_2 = :expValue_1, #expName_4 = #expName_4 + :expValue_2 REMOVE #expName_1, #expName_3',
      expressionNames: { '#expName_1': 'a', '#expName_2': 'b', '#expName_3': 'c', '#expName_4': 'd' },
      expressionValues: { ':expValue_1': { N: 1 }, ':expValue_2': { N: 1 } },
    });
  });

  test('replace inside a nested object sets that path only', () => {
    const address = { street1: '123 Main St', city: 'New York', zip: '10001' };
    expect(updateOf({ info: { address: operations.replace(address) } })).toEqual({
      expression: 'SET #expName_1.#expName_2 = :expValue_1',
      expressionNames: { '#expName_1': 'info', '#expName_2': 'address' },
      expressionValues: {
        ':expValue_1': { M: { street1: { S: '123 Main St' }, city: { S: 'New York' }, zip: { S: '10001' } } },
      },
    });
  });

  test('a nested plain object updates each key it lists, sharing the parent placeholder', () => {
    expect(updateOf({ address: { city: 'Paris', zip: '75001' } })).toEqual({
      expression: 'SET #expName_1.#expName_2 = :expValue_1, #expName_1.#expName_3 = :expValue_2',
      expressionNames: { '#expName_1': 'address', '#expName_2': 'city', '#expName_3': 'zip' },
      expressionValues: { ':expValue_1': { S: 'Paris' }, ':expValue_2': { S: '75001' } },
    });
  });

  test('a list of updateListItem markers sets each element', () => {
    const friendsIds = [operations.updateListItem('102', 1), operations.updateListItem('112', 2)];
    expect(updateOf({ friendsIds })).toEqual({
      expression: 'SET #expName_1[1] = :expValue_1, #expName_1[2] = :expValue_2',
      expressionNames: { '#expName_1': 'friendsIds' },
      expressionValues: { ':expValue_1': { S: '102' }, ':expValue_2': { S: '112' } },
    });
  });

  test('any other list is written whole', () => {
    expect(updateOf({ friendsIds: [101, 104] }).expressionValues).toEqual({ ':expValue_1': { L: [{ N: 101 }, { N: 104 }] } });
  });

  test('a set from toStringSet is written as a set', () => {
    expect(updateOf({ segments: toStringSet(['a', 'b']) })).toEqual({
      expression: 'SET #expName_1 = :expValue_1',
      expressionNames: { '#expName_1': 'segments' },
      expressionValues: { ':expValue_1': { SS: ['a', 'b'] } },
    });
  });

  test('undefined properties are left out; an empty update writes an empty expression', () => {
    expect(updateOf({ a: undefined, b: 2 }).expression).toBe('SET #expName_1 = :expValue_1');
    expect(updateOf({})).toEqual({ expression: '' });
  });
});

describe('update: condition and request fields', () => {
  test('the condition continues the numbering of the update', () => {
    // The UpdateInput example of https://docs.aws.amazon.com/appsync/latest/eventapi/built-in-modules.html
    const payload = { title: 'New', version: 2 };
    expect(
      update({
        key: { id: 'p1' },
        condition: { version: { eq: payload.version } },
        update: { ...payload, version: operations.increment(1) },
      }),
    ).toEqual({
      operation: 'UpdateItem',
      key: { id: { S: 'p1' } },
      update: {
        expression: 'SET #expName_1 = :expValue_1, #expName_2 = #expName_2 + :expValue_2',
        expressionNames: { '#expName_1': 'title', '#expName_2': 'version' },
        expressionValues: { ':expValue_1': { S: 'New' }, ':expValue_2': { N: 1 } },
      },
      condition: {
        expression: '(#expName_3 = :expValue_3)',
        expressionNames: { '#expName_3': 'version' },
        expressionValues: { ':expValue_3': { N: 2 } },
      },
    });
  });

  test('writes the conflict-detection fields', () => {
    const request = update({ key: { id: 'a' }, update: { n: 1 }, customPartitionKey: 'pk', populateIndexFields: false, _version: 7 });
    expect(request).toMatchObject({ customPartitionKey: 'pk', populateIndexFields: false, _version: 7 });
  });

  test('refuses an update that is not an object', () => {
    expect(() => update({ key: { id: 'a' }, update: [1] })).toThrow('update: update must be an object, got a list');
  });
});
