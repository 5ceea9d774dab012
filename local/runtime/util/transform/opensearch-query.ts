import { UnreadableFilterError } from './errors';
import { definedEntries, listMembers, readOrNull } from './filter-object';

type Query = Record<string, unknown>;

/**
 * `util.transform.toElasticsearchQueryDSL`: a filter object as an OpenSearch Query DSL query. Conditions are
 * ANDed (`bool.must`) unless there is only one; `or` is `bool.should` with `minimum_should_match: 1`, `not`
 * and `ne` are `bool.must_not`. `null` for a filter that cannot be rendered, or that renders nothing.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
 */
export function toOpenSearchQuery(filter: unknown): Query | null {
  return readOrNull(() => renderFilter(filter));
}

/** Operators that map one field and one value onto one query clause. */
const CLAUSES: Readonly<Record<string, string>> = {
  eq: 'term',
  match: 'match',
  matchPhrase: 'match_phrase',
  matchPhrasePrefix: 'match_phrase_prefix',
  multiMatch: 'multi_match',
  wildcard: 'wildcard',
  regexp: 'regexp',
};
const RANGES: ReadonlySet<string> = new Set(['gt', 'gte', 'lt', 'lte']);

function renderFilter(filter: unknown): Query {
  return allOf(
    definedEntries(filter).map(([key, value]) => {
      if (key === 'and') return { bool: { must: listMembers(value).map(renderFilter) } };
      if (key === 'or') return { bool: { should: listMembers(value).map(renderFilter), minimum_should_match: 1 } };
      if (key === 'not') return { bool: { must_not: renderFilter(value) } };
      return allOf(definedEntries(value).map(([operator, operand]) => renderCondition(key, operator, operand)));
    }),
  );
}

function renderCondition(field: string, operator: string, operand: unknown): Query {
  if (Object.hasOwn(CLAUSES, operator)) return { [CLAUSES[operator]]: { [field]: operand } };
  if (RANGES.has(operator)) return { range: { [field]: { [operator]: operand } } };
  switch (operator) {
    case 'ne':
      return { bool: { must_not: renderCondition(field, 'eq', operand) } };
    case 'range':
      if (!Array.isArray(operand) || operand.length < 2) throw new UnreadableFilterError('range takes two values');
      return { range: { [field]: { gte: operand[0], lte: operand[1] } } };
    case 'exists': {
      const exists = { exists: { field } };
      return operand === false ? { bool: { must_not: exists } } : exists;
    }
    default:
      throw new UnreadableFilterError(`unknown query operator ${operator}`);
  }
}

function allOf(clauses: Query[]): Query {
  if (clauses.length === 0) throw new UnreadableFilterError('an empty filter renders no query');
  return clauses.length === 1 ? clauses[0] : { bool: { must: clauses } };
}
