import { batchDelete, batchGet, batchPut } from '../../../../local/runtime/dynamodb-module/batch';
import { RuntimeArgumentError } from '../../../../local/runtime/errors';

// The JSDoc examples of batchGet, batchPut and batchDelete in the package's type definitions, and the
// request objects of https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
describe('batchGet', () => {
  test('writes keys, consistentRead and a projection per table', () => {
    expect(
      batchGet({
        tables: {
          post: { keys: [{ id: '1' }, { id: '2' }], consistentRead: false, projection: ['id', 'name', 'nested.object[1]'] },
          comment: { keys: [{ id: '3' }] },
        },
      }),
    ).toEqual({
      operation: 'BatchGetItem',
      tables: {
        post: {
          keys: [{ id: { S: '1' } }, { id: { S: '2' } }],
          consistentRead: false,
          projection: {
            expression: '#expName_1, #expName_2, #expName_3.#expName_4[1]',
            expressionNames: { '#expName_1': 'id', '#expName_2': 'name', '#expName_3': 'nested', '#expName_4': 'object' },
          },
        },
        comment: { keys: [{ id: { S: '3' } }] },
      },
    });
  });

  test('refuses a table without keys', () => {
    expect(() => batchGet({ tables: { post: {} } })).toThrow('batchGet: tables.post.keys must be a list, got undefined');
    expect(() => batchGet({})).toThrow('batchGet: tables must be an object');
  });
});

describe('batchPut', () => {
  test('writes every item of every table', () => {
    expect(
      batchPut({
        tables: {
          post: [
            { id: 'one', value: 'x' },
            { id: 'two', value: 'y' },
          ],
          comment: [{ id: 'one', comment: 'x', text: 'something' }],
        },
      }),
    ).toEqual({
      operation: 'BatchPutItem',
      tables: {
        post: [
          { id: { S: 'one' }, value: { S: 'x' } },
          { id: { S: 'two' }, value: { S: 'y' } },
        ],
        comment: [{ id: { S: 'one' }, comment: { S: 'x' }, text: { S: 'something' } }],
      },
    });
  });

  test('refuses a table that is not a list of items', () => {
    expect(() => batchPut({ tables: { post: { id: 'one' } } })).toThrow(RuntimeArgumentError);
  });
});

describe('batchDelete', () => {
  test('writes the keys of every table', () => {
    expect(
      batchDelete({ tables: { post: [{ id: 'one' }, { id: 'two' }, { id: 'three' }], comment: [{ id: 'one', comment: 'x' }] } }),
    ).toEqual({
      operation: 'BatchDeleteItem',
      tables: {
        post: [{ id: { S: 'one' } }, { id: { S: 'two' } }, { id: { S: 'three' } }],
        comment: [{ id: { S: 'one' }, comment: { S: 'x' } }],
      },
    });
  });
});
