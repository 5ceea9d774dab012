import { createOperations } from '../../../../local/runtime/dynamodb-module/operations';
import { transactGet, transactWrite } from '../../../../local/runtime/dynamodb-module/transactions';

const operations = createOperations();

// Request objects of TransactGetItems and TransactWriteItems in
// https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
describe('transactGet', () => {
  test('writes table, key and projection per item', () => {
    // The JSDoc example of the type definitions: items with projection: ['name']
    expect(
      transactGet({
        items: [
          { table: 'post', key: { id: '1' }, projection: ['name'] },
          { table: 'post', key: { id: '2' } },
        ],
      }),
    ).toEqual({
      operation: 'TransactGetItems',
      transactItems: [
        { table: 'post', key: { id: { S: '1' } }, projection: { expression: '#expName_1', expressionNames: { '#expName_1': 'name' } } },
        { table: 'post', key: { id: { S: '2' } } },
      ],
    });
  });

  test('refuses an item without a table', () => {
    expect(() => transactGet({ items: [{ key: { id: '1' } }] })).toThrow('transactGet: table must be a string, got undefined');
  });
});

describe('transactWrite', () => {
  test('writes each kind of item, numbering placeholders through the whole request', () => {
    expect(
      transactWrite({
        items: [
          { putItem: { table: 'post', key: { id: '1' }, item: { title: 'T' }, condition: { id: { attributeExists: false } } } },
          { deleteItem: { table: 'post', key: { id: '2' } } },
          { updateItem: { table: 'post', key: { id: '3' }, update: { views: operations.increment(1) } } },
          { conditionCheck: { table: 'author', key: { id: 'a' }, condition: { active: { eq: true } } } },
        ],
      }),
    ).toEqual({
      operation: 'TransactWriteItems',
      transactItems: [
        {
          table: 'post',
          operation: 'PutItem',
          key: { id: { S: '1' } },
          attributeValues: { title: { S: 'T' } },
          condition: {
            expression: '(attribute_not_exists(#expName_1))',
            expressionNames: { '#expName_1': 'id' },
            returnValuesOnConditionCheckFailure: true,
          },
        },
        { table: 'post', operation: 'DeleteItem', key: { id: { S: '2' } } },
        {
          table: 'post',
          operation: 'UpdateItem',
          key: { id: { S: '3' } },
          update: {
            expression: 'SET #expName_2 = #expName_2 + :expValue_1',
            expressionNames: { '#expName_2': 'views' },
            expressionValues: { ':expValue_1': { N: 1 } },
          },
        },
        {
          table: 'author',
          operation: 'ConditionCheck',
          key: { id: { S: 'a' } },
          condition: {
            expression: '(#expName_3 = :expValue_2)',
            expressionNames: { '#expName_3': 'active' },
            expressionValues: { ':expValue_2': { BOOL: true } },
            returnValuesOnConditionCheckFailure: true,
          },
        },
      ],
    });
  });

  test('refuses an item that is not exactly one write', () => {
    const message = 'transactWrite: each item must have exactly one of putItem, updateItem, deleteItem, conditionCheck';
    expect(() => transactWrite({ items: [{}] })).toThrow(message);
    expect(() =>
      transactWrite({ items: [{ putItem: { table: 't', key: {}, item: {} }, deleteItem: { table: 't', key: {} } }] }),
    ).toThrow(message);
  });
});
