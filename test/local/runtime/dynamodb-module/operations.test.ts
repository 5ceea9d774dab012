import { asOperation, createOperations } from '../../../../local/runtime/dynamodb-module/operations';

const operations = createOperations();

describe('operations', () => {
  test('make the markers AppSync records', () => {
    // Recorded AppSync EvaluateCode output of each `ddb.operations.*` call (public snapshots).
    expect(operations.add(10)).toEqual({ type: 'OPERATION_ADD', value: 10 });
    expect(operations.append([1, 2, 3])).toEqual({ type: 'OPERATION_APPEND', items: [1, 2, 3] });
    expect(operations.decrement(10)).toEqual({ type: 'OPERATION_DECREMENT', by: 10 });
    expect(operations.increment(10)).toEqual({ type: 'OPERATION_INCREMENT', by: 10 });
    expect(operations.prepend([1, 2, 3])).toEqual({ type: 'OPERATION_PREPEND', items: [1, 2, 3] });
    expect(operations.replace({ a: 10 })).toEqual({ type: 'OPERATION_REPLACE', value: { a: 10 } });
  });

  test('remove and updateListItem follow the same naming', () => {
    expect(operations.remove()).toEqual({ type: 'OPERATION_REMOVE' });
    expect(operations.updateListItem('102', 1)).toEqual({ type: 'OPERATION_UPDATE_LIST_ITEM', value: '102', index: 1 });
  });

  test('increment and decrement step by 1 when given no amount', () => {
    expect(operations.increment()).toEqual({ type: 'OPERATION_INCREMENT', by: 1 });
    expect(operations.decrement()).toEqual({ type: 'OPERATION_DECREMENT', by: 1 });
  });

  test('refuse arguments of the wrong kind', () => {
    expect(() => operations.append('x' as never)).toThrow('operations.append: expected a list of items');
    expect(() => operations.prepend(undefined as never)).toThrow('operations.prepend: expected a list of items');
    expect(() => operations.updateListItem('x', -1)).toThrow('operations.updateListItem: the index must be a whole number');
    expect(() => operations.updateListItem('x', 1.5)).toThrow('operations.updateListItem');
  });

  test('cannot be changed by resolver code', () => {
    expect(Object.isFrozen(operations)).toBe(true);
  });
});

describe('asOperation', () => {
  test('recognises markers, copies included, and nothing else', () => {
    expect(asOperation({ ...operations.increment(2) })).toEqual({ type: 'OPERATION_INCREMENT', by: 2 });
    expect(asOperation({ type: 'card' })).toBeUndefined();
    expect(asOperation([operations.remove()])).toBeUndefined();
    expect(asOperation(null)).toBeUndefined();
  });
});
