import { toSubscriptionFilter } from '../../../../../local/runtime/util/transform/subscription-filter';

/** The filter groups as `fieldName operator value` lines, which keeps the expectations readable. */
function groupsOf(...args: Parameters<typeof toSubscriptionFilter>): string[][] {
  const filter = toSubscriptionFilter(...args);
  if (filter === null) throw new Error('no filter');
  return filter.filterGroup.map((group) =>
    group.filters.map((f) => `${f.fieldName} ${f.operator} ${JSON.stringify(f.value)}`),
  );
}

// https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
const DOCUMENTED_FILTER = {
  percentageUp: { lte: 50, gte: 20 },
  and: [{ title: { ne: 'Book1' } }, { downvotes: { gt: 2000 } }],
  or: [{ author: { eq: 'Admin' } }, { isPublished: { eq: false } }],
};

describe('toSubscriptionFilter', () => {
  it('expands the documented filter into four groups, in the documented order', () => {
    expect(toSubscriptionFilter(DOCUMENTED_FILTER)).toEqual({
      filterGroup: [
        ['lte', 50, 'author', 'eq', 'Admin'],
        ['lte', 50, 'isPublished', 'eq', false],
        ['gte', 20, 'author', 'eq', 'Admin'],
        ['gte', 20, 'isPublished', 'eq', false],
      ].map(([percentOperator, percent, field, operator, value]) => ({
        filters: [
          { fieldName: 'percentageUp', operator: percentOperator, value: percent },
          { fieldName: 'title', operator: 'ne', value: 'Book1' },
          { fieldName: 'downvotes', operator: 'gt', value: 2000 },
          { fieldName: field, operator, value },
        ],
      })),
    });
  });

  it('leaves out ignored fields, and an or member left empty drops out (documented example 2)', () => {
    expect(
      groupsOf({ ...DOCUMENTED_FILTER, and: [{ title: { ne: 'Book1' } }, { downvotes: { gt: 20 } }] }, [
        'percentageUp',
        'author',
      ]),
    ).toEqual([['title ne "Book1"', 'downvotes gt 20', 'isPublished eq false']]);
  });

  it('adds the rules so that at least one of them must hold, ignored fields notwithstanding', () => {
    const filter = { a: { eq: 1 }, author: { eq: 'x' } };
    expect(groupsOf(filter, ['author'], { upvotes: { gte: 250 }, author: { eq: 'Person1' } })).toEqual([
      ['a eq 1', 'upvotes gte 250'],
      ['a eq 1', 'author eq "Person1"'],
    ]);
    expect(groupsOf({}, [], { r: { eq: 1 } })).toEqual([['r eq 1']]);
  });

  it('reads several operators on a field as alternatives', () => {
    expect(groupsOf({ a: { eq: 1, ne: 2 } })).toEqual([['a eq 1'], ['a ne 2']]);
  });

  it('nests and and or', () => {
    expect(groupsOf({ and: [{ a: { eq: 1 } }, { or: [{ b: { eq: 2 } }, { c: { eq: 3 } }] }] })).toEqual([
      ['a eq 1', 'b eq 2'],
      ['a eq 1', 'c eq 3'],
    ]);
  });

  it('drops a field wherever it appears when ignored', () => {
    expect(
      groupsOf({ a: { eq: 1 }, and: [{ b: { eq: 2 } }], or: [{ b: { eq: 3 } }, { c: { eq: 4 } }] }, ['b']),
    ).toEqual([['a eq 1', 'c eq 4']]);
  });

  it('carries operators and values through as written; not is a field name', () => {
    expect(
      groupsOf({
        'loc.addr.country': { eq: 'USA' },
        a: { containsAny: ['x', 'y'] },
        b: { bogus: 1 },
        not: { c: { eq: 1 } },
      }),
    ).toEqual([['loc.addr.country eq "USA"', 'a containsAny ["x","y"]', 'b bogus 1', 'not c {"eq":1}']]);
  });

  it('gives an empty filterGroup for a filter without conditions', () => {
    expect(toSubscriptionFilter({})).toEqual({ filterGroup: [] });
    expect(toSubscriptionFilter({ a: {} })).toEqual({ filterGroup: [] });
    expect(toSubscriptionFilter({ and: [] })).toEqual({ filterGroup: [] });
    expect(toSubscriptionFilter({ a: { eq: undefined } })).toEqual({ filterGroup: [] });
  });

  // https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
  it('reads a client-defined filter passed as the JSON string of a subscription argument', () => {
    expect(groupsOf('{"severity":{"le":2}}')).toEqual([['severity le 2']]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a list', []],
    ['a string that is not JSON', 'severity'],
    ['an and given an object', { and: { a: { eq: 1 } } }],
    ['a field holding a value', { a: 1 }],
  ])('answers null for %s', (_name, filter) => {
    expect(toSubscriptionFilter(filter)).toBeNull();
  });
});
