import { SubscriptionFilterError } from '../../../../../local/runtime/util/transform/errors';
import { assertValidSubscriptionFilter } from '../../../../../local/runtime/util/transform/subscription-filter-limits';
import { toSubscriptionFilter } from '../../../../../local/runtime/util/transform/subscription-filter';

// The restrictions listed under "Exceptions" in
// https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html
function group(...filters: [string, string, unknown][]) {
  return { filters: filters.map(([fieldName, operator, value]) => ({ fieldName, operator, value })) };
}

function check(...groups: ReturnType<typeof group>[]) {
  return () => assertValidSubscriptionFilter({ filterGroup: groups });
}

describe('assertValidSubscriptionFilter', () => {
  it('accepts the documented examples', () => {
    expect(check(group(['userId', 'eq', 1]), group(['group', 'in', ['Admin', 'Developer']]))).not.toThrow();
    expect(check(group(['seats', 'containsAny', [10, 15]]), group(['severity', 'between', [1, 5]]))).not.toThrow();
    expect(
      check(group(['service', 'beginsWith', 'AWS'], ['size', 'le', 5], ['isPublished', 'eq', false])),
    ).not.toThrow();
  });

  it('accepts what toSubscriptionFilter makes of the documented ticket filter', () => {
    const filter = toSubscriptionFilter({
      or: [
        { severity: { ge: 7 }, priority: { in: ['high', 'medium'] } },
        { category: { eq: 'security' }, group: { in: ['admin', 'operators'] } },
      ],
    });
    expect(() => assertValidSubscriptionFilter(filter)).not.toThrow();
  });

  it('allows five distinct fields in a group, not six', () => {
    const fields = ['a', 'b', 'c', 'd', 'e'].map((name): [string, string, unknown] => [name, 'eq', 1]);
    expect(check(group(...fields, ['a', 'ne', 2]))).not.toThrow();
    expect(check(group(...fields, ['f', 'eq', 1]))).toThrow(
      'Filters exceed maximum attributes limit 5 for subscription',
    );
  });

  it('allows ten groups, each value of an in counting as a group of its own', () => {
    expect(check(...Array.from({ length: 10 }, () => group(['a', 'eq', 1])))).not.toThrow();
    expect(check(...Array.from({ length: 11 }, () => group(['a', 'eq', 1])))).toThrow(SubscriptionFilterError);
    expect(check(group(['a', 'in', [1, 2, 3, 4, 5]], ['b', 'in', [1, 2]]))).not.toThrow();
    expect(check(group(['a', 'in', [1, 2, 3, 4, 5]], ['b', 'in', [1, 2, 3]]))).toThrow('15 filter groups');
  });

  it('limits in and notIn to five values and containsAny to twenty', () => {
    const values = (count: number) => Array.from({ length: count }, (_, index) => index);
    expect(check(group(['a', 'notIn', values(5)]))).not.toThrow();
    expect(check(group(['a', 'notIn', values(6)]))).toThrow(
      'subscription filter has invalid filter value for operator `notIn`.',
    );
    expect(check(group(['a', 'containsAny', values(20)]))).not.toThrow();
    expect(check(group(['a', 'containsAny', values(21)]))).toThrow('operator `containsAny`');
  });

  it('limits strings to 256 characters', () => {
    expect(check(group(['a', 'eq', 'x'.repeat(256)]))).not.toThrow();
    expect(check(group(['a', 'in', ['x'.repeat(257)]]))).toThrow('longer than 256 characters');
  });

  it.each([
    ['an unknown operator', 'like', 'x', 'invalid operator `like`'],
    ['a Boolean for an ordering', 'gt', true, 'operator `gt`'],
    ['a number for beginsWith', 'beginsWith', 1, 'operator `beginsWith`'],
    ['one value for between', 'between', [1], 'operator `between`'],
    ['a scalar for in', 'in', 1, 'operator `in`'],
    ['an object for eq', 'eq', { a: 1 }, 'operator `eq`'],
  ])('refuses %s', (_name, operator, value, message) => {
    expect(check(group(['a', operator, value]))).toThrow(message);
  });

  it.each([
    ['null', null],
    ['an object without filterGroup', {}],
    ['a group without filters', { filterGroup: [{}] }],
    ['a filter without fieldName', { filterGroup: [{ filters: [{ operator: 'eq', value: 1 }] }] }],
  ])('refuses %s', (_name, filter) => {
    expect(() => assertValidSubscriptionFilter(filter)).toThrow(SubscriptionFilterError);
  });
});
