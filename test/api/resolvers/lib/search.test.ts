import { AUTH_TYPE, callerOf } from '../../../../resolvers/lib/caller';
import { normalizeQuery, searchNextToken, searchQuery, searchSources, searchStart } from '../../../../resolvers/lib/search';

const user = (groups: string[]) => callerOf(AUTH_TYPE.userPool, { sub: 'u1', username: 'u', groups, claims: {}, issuer: '', sourceIp: [], defaultAuthStrategy: 'ALLOW' });

describe('searchSources', () => {
  it('a member reads own items not shown elsewhere, each team, then PUBLIC', () => {
    const sources = searchSources(user(['team-ops', 'team-eng']));
    expect(sources.map((source) => source.name)).toEqual(['own', 'team:eng', 'team:ops', 'public']);
    expect(sources[0]).toEqual({ name: 'own', index: 'byOwner', partition: { ownerId: 'u1' }, excludeScopes: ['PUBLIC', 'TEAM#eng', 'TEAM#ops'] });
    expect(sources[1]).toMatchObject({ index: 'byScope', partition: { scope: 'TEAM#eng' } });
  });

  it('an admin reads one source holding every item', () => {
    expect(searchSources(user(['admins']))).toEqual([{ name: 'all', index: 'byType', partition: { entityType: 'ITEM' }, excludeScopes: [] }]);
  });
});

describe('tokens', () => {
  const sources = searchSources(user(['team-eng']));

  it('walk each source to its end, then the next, then stop', () => {
    expect(searchNextToken(sources, sources[0], 'ddb-token')).toBe('s1~own~ddb-token');
    expect(searchNextToken(sources, sources[0], null)).toBe('s1~team:eng~');
    expect(searchNextToken(sources, sources[2], null)).toBeNull();
  });

  it('read back what they wrote, the Query token whole even if it holds the separator', () => {
    expect(searchStart(sources, undefined)).toEqual({ ok: true, value: { source: sources[0], queryToken: null } });
    expect(searchStart(sources, 's1~team:eng~')).toEqual({ ok: true, value: { source: sources[1], queryToken: null } });
    expect(searchStart(sources, 's1~public~a~b')).toEqual({ ok: true, value: { source: sources[2], queryToken: 'a~b' } });
  });

  it('refuse tokens of sources the caller cannot read, and garbage', () => {
    for (const token of ['s1~team:ops~', 'garbage', 's2~own~', 's1~own']) {
      expect(searchStart(sources, token)).toMatchObject({ ok: false, problem: { errorType: 'ValidationError', field: 'nextToken' } });
    }
  });
});

describe('searchQuery', () => {
  it('filters on the lower-cased text and leaves out scopes other sources show', () => {
    const [own] = searchSources(user(['team-eng']));
    expect(searchQuery(own, 'milk')).toEqual({
      key: { expression: '#partition = :partition', expressionNames: { '#partition': 'ownerId' }, expressionValues: { ':partition': 'u1' } },
      filter: {
        expression: 'contains(#searchText, :query) AND (attribute_not_exists(#scope) OR NOT (#scope IN (:excluded0, :excluded1)))',
        expressionNames: { '#searchText': 'searchText', '#scope': 'scope' },
        expressionValues: { ':query': 'milk', ':excluded0': 'PUBLIC', ':excluded1': 'TEAM#eng' },
      },
    });
  });

  it('normalizes the query', () => {
    expect(normalizeQuery('  MiLk ')).toEqual({ ok: true, value: 'milk' });
    expect(normalizeQuery(' ')).toMatchObject({ ok: false, problem: { field: 'query' } });
    expect(normalizeQuery('x'.repeat(101))).toMatchObject({ ok: false });
  });
});
