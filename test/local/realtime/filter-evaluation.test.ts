import { matchesFilter } from '../../../local/realtime/filter-evaluation';

const filter = (...groups: [fieldName: string, operator: string, value: unknown][][]) => ({
  filterGroup: groups.map((filters) => ({ filters: filters.map(([fieldName, operator, value]) => ({ fieldName, operator, value })) })),
});
const test = (fieldName: string, operator: string, value: unknown, payload: unknown) => matchesFilter(filter([[fieldName, operator, value]]), payload);

/** The operators and group rules of https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html */
describe('matchesFilter', () => {
  it('eq and ne compare numbers, strings and Booleans by value, never across types', () => {
    expect(test('n', 'eq', 1, { n: 1 })).toBe(true);
    expect(test('n', 'eq', 1, { n: '1' })).toBe(false);
    expect(test('b', 'eq', false, { b: false })).toBe(true);
    expect(test('b', 'eq', false, {})).toBe(false);
    expect(test('s', 'ne', 'x', { s: 'y' })).toBe(true);
    expect(test('s', 'ne', 'x', {})).toBe(true);
    expect(test('s', 'ne', 'x', { s: 'x' })).toBe(false);
  });

  it('le, lt, ge, gt order numbers by value and strings by code unit, and fail on other kinds', () => {
    expect([test('n', 'le', 2, { n: 2 }), test('n', 'lt', 2, { n: 2 }), test('n', 'ge', 2, { n: 2 }), test('n', 'gt', 2, { n: 2 })]).toEqual([true, false, true, false]);
    expect(test('n', 'lt', 10, { n: 9.5 })).toBe(true);
    expect(test('s', 'lt', 'b', { s: 'a' })).toBe(true);
    expect(test('s', 'gt', 'Z', { s: 'a' })).toBe(true);
    expect(test('n', 'lt', 10, { n: '9' })).toBe(false);
    expect(test('n', 'ge', 0, {})).toBe(false);
  });

  it('between includes both ends', () => {
    expect([0, 1, 3, 5, 6].map((n) => test('n', 'between', [1, 5], { n }))).toEqual([false, true, true, true, false]);
    expect(test('s', 'between', ['b', 'd'], { s: 'c' })).toBe(true);
  });

  it('contains and notContains: a substring of a string, a member of a list', () => {
    expect(test('s', 'contains', 'ell', { s: 'hello' })).toBe(true);
    expect(test('l', 'contains', 2, { l: [1, 2] })).toBe(true);
    expect(test('l', 'contains', '2', { l: [1, 2] })).toBe(false);
    expect(test('s', 'notContains', 'ell', { s: 'hello' })).toBe(false);
    expect(test('s', 'notContains', 'ell', {})).toBe(true);
  });

  it('beginsWith, in, notIn and containsAny', () => {
    expect(test('s', 'beginsWith', 'he', { s: 'hello' })).toBe(true);
    expect(test('s', 'beginsWith', 'lo', { s: 'hello' })).toBe(false);
    expect(test('s', 'in', ['a', 'b'], { s: 'b' })).toBe(true);
    expect(test('s', 'notIn', ['a', 'b'], { s: 'b' })).toBe(false);
    expect(test('s', 'notIn', ['a', 'b'], {})).toBe(true);
    expect(test('l', 'containsAny', [3, 4], { l: [1, 4] })).toBe(true);
    expect(test('l', 'containsAny', [3, 4], { l: [1, 2] })).toBe(false);
    expect(test('l', 'containsAny', [3, 4], { l: 3 })).toBe(false);
  });

  it('reads nested fields written with dots, and finds nothing through a list or a scalar', () => {
    expect(test('a.b.c', 'eq', 1, { a: { b: { c: 1 } } })).toBe(true);
    expect(test('a.b', 'eq', 1, { a: [{ b: 1 }] })).toBe(false);
    expect(test('a.b', 'ne', 1, { a: 'text' })).toBe(true);
  });

  it('ANDs the filters of a group and ORs the groups; no group constrains nothing', () => {
    const both = filter([
      ['a', 'eq', 1],
      ['b', 'eq', 2],
    ]);
    expect([matchesFilter(both, { a: 1, b: 2 }), matchesFilter(both, { a: 1, b: 3 })]).toEqual([true, false]);
    const either = filter([['a', 'eq', 1]], [['b', 'eq', 2]]);
    expect([matchesFilter(either, { a: 1 }), matchesFilter(either, { b: 2 }), matchesFilter(either, { a: 2, b: 1 })]).toEqual([true, true, false]);
    expect(matchesFilter({ filterGroup: [] }, { anything: true })).toBe(true);
  });
});
