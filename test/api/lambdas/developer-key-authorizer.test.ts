import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDeveloperKeyAuthorizer } from '../../../lambdas/developer-key-authorizer';
import { developerKeyHash } from '../../../lambdas/lib/developer-key-secret';
import { apiKeyKey, DATA_TABLE } from '../../../resolvers/lib/keys';
import { openDataTable } from './data-table';

describe('developer key authorizer', () => {
  let table: Awaited<ReturnType<typeof openDataTable>>;
  const nowSeconds = 1_800_000_000;
  const authorize = (token: string, clockSeconds = nowSeconds) =>
    createDeveloperKeyAuthorizer({ dynamodb: table.dynamodb, tableName: DATA_TABLE, clock: () => clockSeconds * 1000 })({ authorizationToken: token });
  const key = (name: string) => `toy_${name.padEnd(43, 'x')}`;
  const store = (name: string, extra: Record<string, unknown>) =>
    table.dynamodb.send(
      new PutCommand({
        TableName: DATA_TABLE,
        Item: { ...apiKeyKey('dev-1', name), entityType: 'API_KEY', id: name, developerId: 'dev-1', keyHash: developerKeyHash(key(name)), scopes: ['ITEMS_READ', 'ITEMS_WRITE'], ...extra },
      }),
    );

  beforeAll(async () => {
    table = await openDataTable();
    await store('forever', {});
    await store('soon', { expiresAtEpoch: nowSeconds + 30 });
    await store('expired', { expiresAtEpoch: nowSeconds });
    await store('revoked', { revokedAt: '2026-01-01T00:00:00Z' });
  });
  afterAll(() => table.close());

  it('lets a known key in as its developer, with its scopes, cached for 60 s', async () => {
    expect(await authorize(key('forever'))).toEqual({
      isAuthorized: true,
      resolverContext: { developerId: 'dev-1', keyId: 'forever', scopes: 'ITEMS_READ ITEMS_WRITE' },
      ttlOverride: 60,
    });
  });

  it('never caches an answer past the key’s expiry', async () => {
    expect(await authorize(key('soon'))).toMatchObject({ isAuthorized: true, ttlOverride: 30 });
  });

  it.each(['expired', 'revoked', 'unknown'])('refuses a key that is %s', async (name) => {
    expect(await authorize(key(name))).toEqual({ isAuthorized: false });
  });

  it('refuses the same key once its expiry has passed', async () => {
    expect(await authorize(key('soon'), nowSeconds + 30)).toEqual({ isAuthorized: false });
  });

  it('refuses tokens of another shape without a lookup', async () => {
    const failing = createDeveloperKeyAuthorizer({ dynamodb: { send: () => Promise.reject(new Error('no lookup expected')) } as never, tableName: DATA_TABLE });
    expect(await failing({ authorizationToken: 'eyJhbGciOi.jwt.like' })).toEqual({ isAuthorized: false });
  });
});
