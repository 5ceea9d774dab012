import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createCreateApiKeyHandler } from '../../../lambdas/create-api-key';
import { developerKeyHash } from '../../../lambdas/lib/developer-key-secret';
import { apiKeyKey, DATA_TABLE, developerKey } from '../../../resolvers/lib/keys';
import { openDataTable } from './data-table';

describe('createApiKey handler', () => {
  let table: Awaited<ReturnType<typeof openDataTable>>;
  const now = Date.UTC(2026, 10, 25, 12, 0, 0);
  const handler = () =>
    createCreateApiKeyHandler({
      dynamodb: table.dynamodb,
      tableName: DATA_TABLE,
      clock: () => now,
      randomBytes: (size) => new Uint8Array(size).fill(7),
      newId: () => '01KEY',
    });

  beforeAll(async () => {
    table = await openDataTable();
    await table.dynamodb.send(new PutCommand({ TableName: DATA_TABLE, Item: { ...developerKey('dev-1'), entityType: 'DEVELOPER', id: 'dev-1' } }));
  });
  afterAll(() => table.close());

  it('stores the hash, never the secret, and answers the secret once', async () => {
    const answer = await handler()({ developerId: 'dev-1', name: 'ci', expiresInDays: 2, scopes: ['ITEMS_READ', 'ITEMS_WRITE'] });
    const secret = `toy_${Buffer.alloc(32, 7).toString('base64url')}`;
    expect(answer).toEqual({
      data: {
        secret,
        apiKey: {
          id: '01KEY',
          name: 'ci',
          prefix: secret.slice(0, 12),
          scopes: ['ITEMS_READ', 'ITEMS_WRITE'],
          status: 'ACTIVE',
          createdAt: '2026-11-25T12:00:00Z',
          expiresAt: '2026-11-27T12:00:00Z',
          revokedAt: null,
        },
      },
    });
    const stored = (await table.dynamodb.send(new GetCommand({ TableName: DATA_TABLE, Key: apiKeyKey('dev-1', '01KEY') }))).Item!;
    expect(stored).toMatchObject({ keyHash: developerKeyHash(secret), expiresAtEpoch: now / 1000 + 2 * 86400, purgeAt: now / 1000 + 32 * 86400 });
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('a key without expiry has no TTL', async () => {
    const answer = await createCreateApiKeyHandler({ dynamodb: table.dynamodb, tableName: DATA_TABLE, newId: () => '01FOREVER' })({
      developerId: 'dev-1',
      name: 'forever',
      expiresInDays: null,
      scopes: ['ITEMS_READ'],
    });
    expect(answer).toMatchObject({ data: { apiKey: { expiresAt: null } } });
    const stored = (await table.dynamodb.send(new GetCommand({ TableName: DATA_TABLE, Key: apiKeyKey('dev-1', '01FOREVER') }))).Item!;
    expect(stored.purgeAt).toBeUndefined();
  });

  it('answers NotFound for a caller who is not a registered developer, and stores nothing', async () => {
    const answer = await handler()({ developerId: 'stranger', name: 'x', expiresInDays: null, scopes: ['ITEMS_READ'] });
    expect(answer).toEqual({ error: { errorType: 'NotFound', message: 'You are not registered as a developer: use registerDeveloper first.' } });
    expect((await table.dynamodb.send(new GetCommand({ TableName: DATA_TABLE, Key: apiKeyKey('stranger', '01KEY') }))).Item).toBeUndefined();
  });

  it('a missing table name is a deployment error, thrown', async () => {
    const saved = process.env.TABLE_NAME;
    delete process.env.TABLE_NAME;
    try {
      await expect(createCreateApiKeyHandler({ dynamodb: table.dynamodb })({ developerId: 'dev-1', name: 'x', expiresInDays: null, scopes: ['ITEMS_READ'] })).rejects.toThrow(
        'The environment variable TABLE_NAME is not set.',
      );
    } finally {
      if (saved !== undefined) process.env.TABLE_NAME = saved;
    }
  });
});
