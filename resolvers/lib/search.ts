import type { Caller } from './caller';
import { INDEX, PUBLIC_SCOPE, teamScope } from './keys';
import { failed, invalid, ok, type Outcome } from './problems';
import { characterCount, hasControlCharacter } from './checks';
import { INVALID_NEXT_TOKEN } from './paging';

/**
 * searchItems without Scan: the items a caller may read are the union of a few index partitions, each
 * read by one Query per page with a `contains` filter on the lower-cased message. A search walks them in
 * a fixed order; its nextToken says which partition comes next and where in it:
 * `s1~<source>~<the Query's own nextToken, empty at the start of a partition>`.
 *
 * Sources never overlap, so no item appears twice: admins read one source (every item, by entity type);
 * others read PUBLIC, the TEAM partition of each of their teams, and their own items that neither of
 * those shows (INDIVIDUAL ones, and TEAM ones of teams they are no longer in).
 */

export const MAX_QUERY_LENGTH = 100;
const TOKEN_VERSION = 's1';
const SEPARATOR = '~';

export interface SearchSource {
  /** Names the source in tokens: `all`, `own`, `public`, `team:<teamId>`. */
  readonly name: string;
  readonly index: string;
  /** The partition key condition. */
  readonly partition: Readonly<Record<string, string>>;
  /** Scope values whose items another source of this search already shows (own source only). */
  readonly excludeScopes: string[];
}

/** The sources a caller's search reads, in the order it reads them. */
export function searchSources(caller: Caller): SearchSource[] {
  if (caller.isAdmin) return [{ name: 'all', index: INDEX.byType, partition: { entityType: 'ITEM' }, excludeScopes: [] }];
  const teams = [...caller.teams].sort();
  const sources: SearchSource[] = [];
  if (caller.userId !== null) {
    sources.push({
      name: 'own',
      index: INDEX.byOwner,
      partition: { ownerId: caller.userId },
      excludeScopes: [PUBLIC_SCOPE, ...teams.map((team) => teamScope(team))],
    });
  }
  teams.forEach((team) => sources.push({ name: `team:${team}`, index: INDEX.byScope, partition: { scope: teamScope(team) }, excludeScopes: [] }));
  sources.push({ name: 'public', index: INDEX.byScope, partition: { scope: PUBLIC_SCOPE }, excludeScopes: [] });
  return sources;
}

/** The text to look for, lower-cased, or why it cannot be searched for. */
export function normalizeQuery(query: string): Outcome<string> {
  const trimmed = query.trim();
  const length = characterCount(trimmed);
  if (length === 0 || length > MAX_QUERY_LENGTH || hasControlCharacter(trimmed)) {
    return failed(invalid('query', `query must be 1 to ${MAX_QUERY_LENGTH} characters after trimming, without control characters.`));
  }
  return ok(trimmed.toLowerCase());
}

/** Where a page of the search starts: a source and the Query token inside it (null: its start). */
export interface SearchPosition {
  readonly source: SearchSource;
  readonly queryToken: string | null;
}

export function searchStart(sources: SearchSource[], nextToken: string | null | undefined): Outcome<SearchPosition> {
  if (nextToken === null || nextToken === undefined) return ok({ source: sources[0], queryToken: null });
  const parts = nextToken.split(SEPARATOR);
  // The Query token is opaque and could in principle hold the separator: keep everything after the second.
  const source = sources.find((candidate) => candidate.name === parts[1]);
  if (parts.length < 3 || parts[0] !== TOKEN_VERSION || source === undefined) return failed(INVALID_NEXT_TOKEN);
  const queryToken = parts.slice(2).join(SEPARATOR);
  return ok({ source, queryToken: queryToken === '' ? null : queryToken });
}

/** The token of the page after this one: more of this source, else the next source, else none. */
export function searchNextToken(sources: SearchSource[], current: SearchSource, queryToken: string | null | undefined): string | null {
  if (queryToken) return [TOKEN_VERSION, current.name, queryToken].join(SEPARATOR);
  const next = sources[sources.findIndex((source) => source.name === current.name) + 1];
  return next === undefined ? null : [TOKEN_VERSION, next.name, ''].join(SEPARATOR);
}

/** The Query of one page: its partition, and a filter on the text and the scopes other sources show. */
export function searchQuery(source: SearchSource, query: string): {
  key: { expression: string; expressionNames: Record<string, string>; expressionValues: Record<string, string> };
  filter: { expression: string; expressionNames: Record<string, string>; expressionValues: Record<string, string> };
} {
  const [partitionName] = Object.keys(source.partition);
  const filterValues: Record<string, string> = { ':query': query };
  const excluded = source.excludeScopes.map((scope, index) => {
    filterValues[`:excluded${index}`] = scope;
    return `:excluded${index}`;
  });
  const scopeFilter = excluded.length === 0 ? '' : ` AND (attribute_not_exists(#scope) OR NOT (#scope IN (${excluded.join(', ')})))`;
  return {
    key: { expression: '#partition = :partition', expressionNames: { '#partition': partitionName }, expressionValues: { ':partition': source.partition[partitionName] } },
    filter: {
      expression: `contains(#searchText, :query)${scopeFilter}`,
      expressionNames: { '#searchText': 'searchText', ...(excluded.length === 0 ? {} : { '#scope': 'scope' }) },
      expressionValues: filterValues,
    },
  };
}
