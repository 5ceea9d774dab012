import { toOpenSearchQuery } from '../../../../../local/runtime/util/transform/opensearch-query';

describe('toOpenSearchQuery', () => {
  // https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
  it('renders the documented example', () => {
    expect(
      toOpenSearchQuery({ upvotes: { ne: 15, range: [10, 20] }, title: { eq: 'hihihi', wildcard: 'h*i' } }),
    ).toEqual({
      bool: {
        must: [
          {
            bool: {
              must: [{ bool: { must_not: { term: { upvotes: 15 } } } }, { range: { upvotes: { gte: 10, lte: 20 } } }],
            },
          },
          { bool: { must: [{ term: { title: 'hihihi' } }, { wildcard: { title: 'h*i' } }] } },
        ],
      },
    });
  });

  it.each([
    ['match', { match: 'x' }, { match: { f: 'x' } }],
    ['matchPhrase', { matchPhrase: 'x' }, { match_phrase: { f: 'x' } }],
    ['matchPhrasePrefix', { matchPhrasePrefix: 'x' }, { match_phrase_prefix: { f: 'x' } }],
    ['multiMatch', { multiMatch: 'x' }, { multi_match: { f: 'x' } }],
    ['regexp', { regexp: 'x.*' }, { regexp: { f: 'x.*' } }],
    ['gt', { gt: 1 }, { range: { f: { gt: 1 } } }],
    ['lte', { lte: 1 }, { range: { f: { lte: 1 } } }],
    ['exists', { exists: true }, { exists: { field: 'f' } }],
    ['exists false', { exists: false }, { bool: { must_not: { exists: { field: 'f' } } } }],
  ])('renders %s as one clause', (_name, operators, clause) => {
    expect(toOpenSearchQuery({ f: operators })).toEqual(clause);
  });

  it('renders and, or and not', () => {
    expect(toOpenSearchQuery({ or: [{ a: { eq: 1 } }, { not: { b: { eq: 2 } } }], and: [{ c: { gt: 3 } }] })).toEqual({
      bool: {
        must: [
          {
            bool: { should: [{ term: { a: 1 } }, { bool: { must_not: { term: { b: 2 } } } }], minimum_should_match: 1 },
          },
          { bool: { must: [{ range: { c: { gt: 3 } } }] } },
        ],
      },
    });
  });

  it.each([
    ['null', null],
    ['an empty filter', {}],
    ['an unknown operator', { a: { near: 1 } }],
    ['a range with one bound', { a: { range: [1] } }],
    ['an or given an object', { or: { a: { eq: 1 } } }],
  ])('answers null for %s', (_name, filter) => {
    expect(toOpenSearchQuery(filter)).toBeNull();
  });
});
