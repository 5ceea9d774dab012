import { RuntimeArgumentError } from '../../../../local/runtime/errors';
import { get, put, remove } from '../../../../local/runtime/dynamodb-module/items';

// Request shapes: https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
// Recorded EvaluateCode output of `get({ key: { id: 'id' } })`, `put({ key: { id: 'abc' }, item: { value: 10 } })`
// and `remove({ key: { id: 'test' } })` carries exactly the fields below.

describe('get', () => {
  test('writes the key and nothing the input left out', () => {
    expect(get({ key: { id: 'id' } })).toEqual({ operation: 'GetItem', key: { id: { S: 'id' } } });
  });

  test('keeps consistentRead, false included', () => {
    expect(get({ key: { id: 1 }, consistentRead: false })).toEqual({
      operation: 'GetItem',
      key: { id: { N: 1 } },
      consistentRead: false,
    });
  });

  test('writes a projection with its own placeholders', () => {
    expect(get({ key: { id: 'a', sk: 2 }, consistentRead: true, projection: ['id', 'author.name', 'tags[0]'] })).toEqual({
      operation: 'GetItem',
      key: { id: { S: 'a' }, sk: { N: 2 } },
      consistentRead: true,
      projection: {
        expression: '#expName_1, #expName_2.#expName_3, #expName_4[0]',
        expressionNames: { '#expName_1': 'id', '#expName_2': 'author', '#expName_3': 'name', '#expName_4': 'tags' },
      },
    });
  });

  test('an empty projection is no projection', () => {
    expect(get({ key: { id: 'a' }, projection: [] })).toEqual({ operation: 'GetItem', key: { id: { S: 'a' } } });
  });

  test('refuses a missing key', () => {
    expect(() => get({})).toThrow(new RuntimeArgumentError('get: key must be an object, got undefined'));
    expect(() => get(undefined)).toThrow(RuntimeArgumentError);
  });
});

describe('put', () => {
  test('writes the item as attributeValues, numbers as JSON numbers', () => {
    expect(put({ key: { id: 'abc' }, item: { value: 10 } })).toEqual({
      operation: 'PutItem',
      key: { id: { S: 'abc' } },
      attributeValues: { value: { N: 10 } },
    });
  });

  test('types every kind of value and keeps sets made by the set helpers', () => {
    const request = put({
      key: { id: 'a' },
      item: { title: 'T', done: false, tags: ['x'], meta: { n: 1 }, none: null, skipped: undefined, colours: { SS: ['red'] } },
    });
    expect(request.attributeValues).toEqual({
      title: { S: 'T' },
      done: { BOOL: false },
      tags: { L: [{ S: 'x' }] },
      meta: { M: { n: { N: 1 } } },
      none: { NULL: null },
      colours: { SS: ['red'] },
    });
  });

  test('writes a condition and the conflict-detection fields', () => {
    expect(
      put({
        key: { id: 'a' },
        item: { owner: 'me' },
        condition: { owner: { eq: 'me' } },
        customPartitionKey: 'pk',
        populateIndexFields: true,
        _version: 3,
      }),
    ).toEqual({
      operation: 'PutItem',
      key: { id: { S: 'a' } },
      attributeValues: { owner: { S: 'me' } },
      condition: {
        expression: '(#expName_1 = :expValue_1)',
        expressionNames: { '#expName_1': 'owner' },
        expressionValues: { ':expValue_1': { S: 'me' } },
      },
      customPartitionKey: 'pk',
      populateIndexFields: true,
      _version: 3,
    });
  });

  test('a null condition is no condition', () => {
    expect(put({ key: { id: 'a' }, item: {}, condition: null })).toEqual({
      operation: 'PutItem',
      key: { id: { S: 'a' } },
      attributeValues: {},
    });
  });

  test('refuses a missing item', () => {
    expect(() => put({ key: { id: 'a' } })).toThrow('put: item must be an object, got undefined');
  });
});

describe('remove', () => {
  test('writes the key', () => {
    expect(remove({ key: { id: 'test' } })).toEqual({ operation: 'DeleteItem', key: { id: { S: 'test' } } });
  });

  test('writes the documented owner condition', () => {
    // The RemoveInput example of https://docs.aws.amazon.com/appsync/latest/devguide/built-in-modules-js.html
    expect(remove({ key: { id: 'XXXXXXXXXXXXXXXX' }, condition: { owner: { eq: 'XXXXXXXXXXXXXXXX' } }, _version: 1 })).toEqual({
      operation: 'DeleteItem',
      key: { id: { S: 'XXXXXXXXXXXXXXXX' } },
      condition: {
        expression: '(#expName_1 = :expValue_1)',
        expressionNames: { '#expName_1': 'owner' },
        expressionValues: { ':expValue_1': { S: 'XXXXXXXXXXXXXXXX' } },
      },
      _version: 1,
    });
  });
});
