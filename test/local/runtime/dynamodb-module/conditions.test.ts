import { conditionExpression, keyConditionExpression } from '../../../../local/runtime/dynamodb-module/conditions';
import { PlaceholderCounter } from '../../../../local/runtime/dynamodb-module/expression-builder';
import { RuntimeArgumentError } from '../../../../local/runtime/errors';

function condition(filter: unknown) {
  return conditionExpression(filter, new PlaceholderCounter(), 'test');
}

describe('conditionExpression', () => {
  test("keeps util.transform's layout with the module's placeholders", () => {
    // util.transform.toDynamoDBConditionExpression({ id: { attributeExists: true }, version: { eq: 10 } }) is
    // recorded as (attribute_exists(#id)) AND (#version = :version_eq); the module numbers the placeholders.
    expect(condition({ id: { attributeExists: true }, version: { eq: 10 } })).toEqual({
      expression: '(attribute_exists(#expName_1)) AND (#expName_2 = :expValue_1)',
      expressionNames: { '#expName_1': 'id', '#expName_2': 'version' },
      expressionValues: { ':expValue_1': { N: 10 } },
    });
    // ... and toDynamoDBFilterExpression({ title: { contains: 'Hello World' } }) as (contains(#title,:title_contains)).
    expect(condition({ title: { contains: 'Hello World' } })).toEqual({
      expression: '(contains(#expName_1,:expValue_1))',
      expressionNames: { '#expName_1': 'title' },
      expressionValues: { ':expValue_1': { S: 'Hello World' } },
    });
  });

  test('renders the documented combination of and, or and between', () => {
    // The condition example of https://docs.aws.amazon.com/appsync/latest/eventapi/built-in-modules.html
    const documented = {
      and: [{ name: { eq: 'John Doe' } }, { age: { between: [10, 30] } }, { or: [{ id: { attributeExists: true } }] }],
    };
    expect(condition(documented)).toEqual({
      expression:
        '((#expName_1 = :expValue_1) AND (#expName_2 BETWEEN :expValue_2 AND :expValue_3) AND (attribute_exists(#expName_3)))',
      expressionNames: { '#expName_1': 'name', '#expName_2': 'age', '#expName_3': 'id' },
      expressionValues: { ':expValue_1': { S: 'John Doe' }, ':expValue_2': { N: 10 }, ':expValue_3': { N: 30 } },
    });
  });

  test('an attribute named twice keeps one placeholder', () => {
    expect(condition({ age: { ge: 18, le: 65 } })).toEqual({
      expression: '((#expName_1 >= :expValue_1) AND (#expName_1 <= :expValue_2))',
      expressionNames: { '#expName_1': 'age' },
      expressionValues: { ':expValue_1': { N: 18 }, ':expValue_2': { N: 65 } },
    });
  });

  test('renders not, size, attributeType, in and the string functions', () => {
    expect(condition({ not: { status: { eq: 'DONE' } } })?.expression).toBe('(NOT (#expName_1 = :expValue_1))');
    expect(condition({ tags: { size: { gt: 2 } } })?.expression).toBe('(size(#expName_1) > :expValue_1)');
    expect(condition({ t: { attributeType: 'stringSet' } })?.expressionValues).toEqual({ ':expValue_1': { S: 'SS' } });
    expect(condition({ x: { in: ['a', 'b'] } })?.expression).toBe('(#expName_1 IN (:expValue_1, :expValue_2))');
    expect(condition({ s: { beginsWith: 'a' }, n: { notContains: 'b' } })?.expression).toBe(
      '(begins_with(#expName_1,:expValue_1)) AND (NOT contains(#expName_2,:expValue_2))',
    );
  });

  test('does not mistake a placeholder for the start of a longer one', () => {
    // The renderer names these :a_eq and :a_eq_eq; the second must not be renamed as the first.
    const built = condition({ a: { eq: 1 }, a_eq: { eq: 2 } });
    expect(built?.expression).toBe('(#expName_1 = :expValue_1) AND (#expName_2 = :expValue_2)');
    expect(built?.expressionNames).toEqual({ '#expName_1': 'a', '#expName_2': 'a_eq' });
  });

  test('continues the request numbering', () => {
    const counter = new PlaceholderCounter();
    conditionExpression({ a: { eq: 1 } }, counter, 'test');
    expect(conditionExpression({ a: { eq: 2 } }, counter, 'test')?.expression).toBe('(#expName_2 = :expValue_2)');
  });

  test('no condition, or an empty one, gives none', () => {
    expect(condition(undefined)).toBeUndefined();
    expect(condition(null)).toBeUndefined();
    expect(condition({})).toBeUndefined();
  });

  test('refuses a condition the renderer cannot read', () => {
    expect(() => condition({ a: { like: 'x' } })).toThrow(RuntimeArgumentError);
    expect(() => condition({ a: 'x' })).toThrow('test: cannot read the condition or filter {"a":"x"}');
    expect(() => condition('a = b')).toThrow('test: a condition or filter must be an object, got a string');
  });
});

describe('keyConditionExpression', () => {
  test('renders the partition key equality and the sort key condition', () => {
    // The QueryInput example: query: { name: { eq: 'John' }, age: { gt: 20 } }
    expect(keyConditionExpression({ name: { eq: 'John' }, age: { gt: 20 } }, new PlaceholderCounter())).toEqual({
      expression: '(#expName_1 = :expValue_1) AND (#expName_2 > :expValue_2)',
      expressionNames: { '#expName_1': 'name', '#expName_2': 'age' },
      expressionValues: { ':expValue_1': { S: 'John' }, ':expValue_2': { N: 20 } },
    });
  });

  test('takes the sort key operators, beginsWith and between included', () => {
    const built = keyConditionExpression({ pk: { eq: 'p' }, sk: { beginsWith: 'a#' } }, new PlaceholderCounter());
    expect(built.expression).toBe('(#expName_1 = :expValue_1) AND (begins_with(#expName_2,:expValue_2))');
    const between = keyConditionExpression({ pk: { eq: 'p' }, sk: { between: [1, 2] } }, new PlaceholderCounter());
    expect(between.expression).toBe('(#expName_1 = :expValue_1) AND (#expName_2 BETWEEN :expValue_2 AND :expValue_3)');
  });

  test('refuses operators DynamoDB has no key condition for', () => {
    expect(() => keyConditionExpression({ id: { ne: 1 } }, new PlaceholderCounter())).toThrow(
      "query: 'ne' cannot be used in a key condition (on 'id')",
    );
    expect(() => keyConditionExpression({ or: [{ id: { eq: 1 } }] }, new PlaceholderCounter())).toThrow(RuntimeArgumentError);
    expect(() => keyConditionExpression({}, new PlaceholderCounter())).toThrow('query: the key condition names no key attribute');
    expect(() => keyConditionExpression(undefined, new PlaceholderCounter())).toThrow('query: query must be an object');
  });
});
