import {
  ExpressionBuilder,
  parseDocumentPath,
  PlaceholderCounter,
  projectionExpression,
} from '../../../../local/runtime/dynamodb-module/expression-builder';
import { RuntimeArgumentError } from '../../../../local/runtime/errors';

describe('ExpressionBuilder', () => {
  test('numbers names and values separately and keeps a name placeholder within one expression', () => {
    const builder = new ExpressionBuilder(new PlaceholderCounter());
    const a = builder.path([{ name: 'a', indexes: [] }]);
    const value = builder.value(5);
    const again = builder.path([{ name: 'a', indexes: [] }, { name: 'b', indexes: [2, 0] }]);
    expect([a, value, again]).toEqual(['#expName_1', ':expValue_1', '#expName_1.#expName_2[2][0]']);
    expect(builder.build(`${a} = ${value}`)).toEqual({
      expression: '#expName_1 = :expValue_1',
      expressionNames: { '#expName_1': 'a', '#expName_2': 'b' },
      expressionValues: { ':expValue_1': { N: 5 } },
    });
  });

  test('continues the numbering of the request in the next expression, without sharing names', () => {
    const counter = new PlaceholderCounter();
    new ExpressionBuilder(counter).name('a');
    const second = new ExpressionBuilder(counter);
    expect(second.name('a')).toBe('#expName_2');
    expect(second.value('x')).toBe(':expValue_1');
  });

  test('leaves empty maps out', () => {
    expect(new ExpressionBuilder(new PlaceholderCounter()).build('')).toEqual({ expression: '' });
  });
});

describe('projectionExpression', () => {
  test('writes document paths joined with ", "', () => {
    // The batchGet example of the type definitions: projection: ['id', 'name', 'nested.object[1]']
    expect(projectionExpression(['id', 'name', 'nested.object[1]'], new PlaceholderCounter())).toEqual({
      expression: '#expName_1, #expName_2, #expName_3.#expName_4[1]',
      expressionNames: { '#expName_1': 'id', '#expName_2': 'name', '#expName_3': 'nested', '#expName_4': 'object' },
    });
  });

  test('is absent for no projection or an empty one', () => {
    expect(projectionExpression(undefined, new PlaceholderCounter())).toBeUndefined();
    expect(projectionExpression(null, new PlaceholderCounter())).toBeUndefined();
    expect(projectionExpression([], new PlaceholderCounter())).toBeUndefined();
  });

  test('refuses what is not a list of paths', () => {
    expect(() => projectionExpression('id', new PlaceholderCounter())).toThrow(RuntimeArgumentError);
    expect(() => projectionExpression(['a..b'], new PlaceholderCounter())).toThrow('not an attribute path: "a..b"');
    expect(() => projectionExpression([3], new PlaceholderCounter())).toThrow('not an attribute path: 3');
  });
});

describe('parseDocumentPath', () => {
  test('splits map keys and list indexes', () => {
    expect(parseDocumentPath('a.b[1][2].c')).toEqual([
      { name: 'a', indexes: [] },
      { name: 'b', indexes: [1, 2] },
      { name: 'c', indexes: [] },
    ]);
  });

  test('refuses malformed indexes', () => {
    expect(() => parseDocumentPath('a[x]')).toThrow(RuntimeArgumentError);
    expect(() => parseDocumentPath('[1]')).toThrow(RuntimeArgumentError);
  });
});
