import { buildContext } from '../../../../local/runtime/context';
import { AUTH_TYPE } from '../../../../resolvers/lib/caller';
import { loadResolver, run } from '../run-handler';

/**
 * The item subscriptions' handlers in the APPSYNC_JS sandbox, bundled as they deploy: what each records with
 * `extensions` at subscribe time, and revokeApiKey's invalidations.
 */
describe('the item subscription resolvers', () => {
  const files = ['Subscription.onItemCreated.ts', 'Subscription.onItemUpdated.ts', 'Subscription.onItemDeleted.ts'];
  const resolvers = files.map(loadResolver);

  it.each(files.map((file, index) => [file, resolvers[index]] as const))('%s: a NONE request, then the reader’s filter and a null value', (_file, resolver) => {
    expect(run(resolver, 'request', { user: 'bob' })).toMatchObject({ status: 'returned', value: { payload: null } });
    const outcome = run(resolver, 'response', { user: 'bob' }, { arguments: { ownerId: 'alice' } });
    expect(outcome).toMatchObject({ status: 'returned', value: null });
    expect(outcome.call.subscriptionFilter).toEqual({
      filterGroup: [
        { filters: [{ fieldName: 'ownerId', operator: 'eq', value: 'alice' }, { fieldName: 'accessLevel', operator: 'eq', value: 'PUBLIC' }] },
        {
          filters: [
            { fieldName: 'ownerId', operator: 'eq', value: 'alice' },
            { fieldName: 'accessLevel', operator: 'eq', value: 'TEAM' },
            { fieldName: 'teamId', operator: 'eq', value: 'eng' },
          ],
        },
      ],
    });
    expect(outcome.call.subscriptionInvalidationFilter).toBeUndefined();
  });

  const [onItemCreated] = resolvers;

  it('an admin without arguments gets no filter: every event', () => {
    const outcome = run(onItemCreated, 'response', { user: 'carol' });
    expect(outcome.status).toBe('returned');
    expect(outcome.call.subscriptionFilter).toBeUndefined();
  });

  it('the API key: PUBLIC items only, whatever the arguments say', () => {
    const ctx = buildContext({ identity: null, arguments: { accessLevel: 'PUBLIC' } });
    const outcome = onItemCreated.run('response', ctx, { authType: AUTH_TYPE.apiKey });
    expect(outcome.call.subscriptionFilter).toEqual({ filterGroup: [{ filters: [{ fieldName: 'accessLevel', operator: 'eq', value: 'PUBLIC' }] }] });
    const refused = onItemCreated.run('response', buildContext({ identity: null, arguments: { teamId: 'eng' } }), { authType: AUTH_TYPE.apiKey });
    expect(refused).toMatchObject({ status: 'error', error: { errorType: 'Unauthorized' } });
  });

  it('a developer key: its developer’s items and PUBLIC ones, until the key is revoked', () => {
    const outcome = run(onItemCreated, 'response', { developerKey: 'ITEMS_READ' });
    expect(outcome.call.subscriptionFilter).toEqual({
      filterGroup: [{ filters: [{ fieldName: 'accessLevel', operator: 'eq', value: 'PUBLIC' }] }, { filters: [{ fieldName: 'ownerId', operator: 'eq', value: 'alice' }] }],
    });
    expect(outcome.call.subscriptionInvalidationFilter).toEqual({
      filterGroup: [{ filters: [{ fieldName: 'developerId', operator: 'eq', value: 'alice' }, { fieldName: 'keyId', operator: 'eq', value: 'k1' }] }],
    });
    expect(run(onItemCreated, 'response', { developerKey: 'ITEMS_WRITE' })).toMatchObject({ status: 'error', error: { errorType: 'Unauthorized' } });
  });

  it('contradicting arguments are a ValidationError naming the argument', () => {
    expect(run(onItemCreated, 'response', { user: 'alice' }, { arguments: { teamId: 'eng', accessLevel: 'INDIVIDUAL' } })).toMatchObject({
      status: 'error',
      error: { errorType: 'ValidationError', errorInfo: { field: 'teamId' } },
    });
  });
});

describe('Mutation.revokeApiKey', () => {
  const resolver = loadResolver('Mutation.revokeApiKey.ts');
  const record = { pk: 'DEVELOPER#alice', sk: 'APIKEY#k1', entityType: 'API_KEY', id: 'k1', developerId: 'alice', name: 'n', prefix: 'toy_abc', keyHash: 'h', scopes: ['ITEMS_READ'], createdAt: '2026-11-01T00:00:00Z', revokedAt: '2026-11-25T12:00:00Z' };

  it('ends the item subscriptions made with the key', () => {
    const outcome = run(resolver, 'response', { user: 'alice' }, { arguments: { id: 'k1' }, result: record });
    expect(outcome).toMatchObject({ status: 'returned', value: { id: 'k1', status: 'REVOKED' } });
    expect(outcome.call.invalidations).toEqual(
      ['onItemCreated', 'onItemUpdated', 'onItemDeleted'].map((subscriptionField) => ({ subscriptionField, payload: { developerId: 'alice', keyId: 'k1' } })),
    );
  });

  it('a key that is not the caller’s invalidates nothing', () => {
    const outcome = run(resolver, 'response', { user: 'alice' }, { arguments: { id: 'k9' }, result: null, error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' } });
    expect(outcome).toMatchObject({ status: 'error', error: { errorType: 'NotFound' } });
    expect(outcome.call.invalidations).toEqual([]);
  });
});
