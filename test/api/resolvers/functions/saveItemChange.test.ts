import { loadResolver, run } from '../run-handler';

describe('pipeline function saveItemChange', () => {
  const resolver = loadResolver('functions/saveItemChange.ts');
  const stored = {
    pk: 'ITEM#i1', sk: 'ITEM', entityType: 'ITEM', id: 'i1', message: 'plan', searchText: 'plan', accessLevel: 'TEAM', teamId: 'eng', scope: 'TEAM#eng',
    ownerId: 'alice', createdAt: 't0', updatedAt: 't0', version: 4,
  };
  const change = (user: 'alice' | 'bob' | 'carol', input: Record<string, unknown>) =>
    run(resolver, 'request', { user }, { arguments: { input: { id: 'i1', ...input } }, stash: { item: stored } });

  it('writes version + 1 on the condition that the stored version is still the one read', () => {
    const outcome = change('bob', { message: 'plan B', accessLevel: 'PUBLIC', expectedVersion: 4 });
    expect(outcome.status).toBe('returned');
    const [put, ...stats] = (outcome as { value: { transactItems: Record<string, unknown>[] } }).value.transactItems;
    expect(put).toMatchObject({
      attributeValues: { message: { S: 'plan B' }, accessLevel: { S: 'PUBLIC' }, scope: { S: 'PUBLIC' }, version: { N: 5 }, createdAt: { S: 't0' } },
      condition: { expression: '#version = :version', expressionNames: { '#version': 'version' }, expressionValues: { ':version': { N: 4 } } },
    });
    expect((put as { attributeValues: object }).attributeValues).not.toHaveProperty('teamId');
    expect(stats.map((entry) => (entry as { key: { pk: { S: string } } }).key.pk.S)).toEqual(['STATS#OWNER#alice', 'STATS#GLOBAL', 'STATS#TEAM#eng']);
  });

  it('a version other than the stored one is a Conflict before any write', () => {
    expect(change('alice', { message: 'late', expectedVersion: 3 })).toMatchObject({
      status: 'error',
      error: { errorType: 'Conflict', message: "Item 'i1' is no longer at version 3: read it again and retry." },
    });
  });

  it('a member who may read but not change is told so', () => {
    const member = run(resolver, 'request', { user: 'alice' }, { arguments: { input: { id: 'i1', message: 'x', expectedVersion: 4 } }, stash: { item: { ...stored, ownerId: 'bob' } } });
    expect(member).toMatchObject({ status: 'error', error: { errorType: 'Unauthorized' } });
  });

  it('a cancelled transaction whose condition failed is a Conflict', () => {
    const outcome = run(resolver, 'response', { user: 'alice' }, {
      arguments: { input: { id: 'i1', expectedVersion: 4 } },
      error: { message: 'Transaction cancelled', type: 'DynamoDB:TransactionCanceledException' },
      result: { keys: null, cancellationReasons: [{ type: 'ConditionalCheckFailed', message: 'The conditional request failed' }, { type: 'None', message: null }] },
    });
    expect(outcome).toMatchObject({ status: 'error', error: { errorType: 'Conflict' } });
  });
});
