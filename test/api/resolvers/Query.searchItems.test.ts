import { loadResolver, run } from './run-handler';

describe('Query.searchItems', () => {
  const resolver = loadResolver('Query.searchItems.ts');

  it('starts with the caller’s own items that no shared partition shows, one Query with a filter', () => {
    const outcome = run(resolver, 'request', { user: 'alice' }, { arguments: { query: ' Milk ', limit: 5 } });
    expect(outcome).toMatchObject({
      status: 'returned',
      value: {
        operation: 'Query',
        index: 'byOwner',
        query: { expression: '#partition = :partition', expressionNames: { '#partition': 'ownerId' }, expressionValues: { ':partition': { S: 'alice' } } },
        filter: {
          expression: 'contains(#searchText, :query) AND (attribute_not_exists(#scope) OR NOT (#scope IN (:excluded0, :excluded1)))',
          expressionValues: { ':query': { S: 'milk' }, ':excluded0': { S: 'PUBLIC' }, ':excluded1': { S: 'TEAM#eng' } },
        },
        limit: 5,
        nextToken: null,
        scanIndexForward: false,
      },
    });
  });

  it('continues where the token says, and hands over to the next partition at the end of one', () => {
    const request = run(resolver, 'request', { user: 'alice' }, { arguments: { query: 'milk', nextToken: 's1~team:eng~abc' } });
    expect(request).toMatchObject({ value: { index: 'byScope', nextToken: 'abc', query: { expressionValues: { ':partition': { S: 'TEAM#eng' } } } } });
    const response = run(resolver, 'response', { user: 'alice' }, { arguments: { query: 'milk' }, stash: request.ctx.stash, result: { items: [], nextToken: null } });
    expect(response).toMatchObject({ status: 'returned', value: { items: [], nextToken: 's1~public~' } });
  });

  it('a developer key searches its developer’s own items and PUBLIC ones', () => {
    expect(run(resolver, 'request', { developerKey: 'ITEMS_READ' }, { arguments: { query: 'milk', nextToken: 's1~public~' } })).toMatchObject({
      value: { index: 'byScope', query: { expressionValues: { ':partition': { S: 'PUBLIC' } } } },
    });
  });
});
