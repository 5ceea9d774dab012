import { marshall } from '@aws-sdk/util-dynamodb';
import { developerKeyHash } from '../../../lambdas/lib/developer-key-secret';
import { apiKeyKey, DATA_TABLE } from '../../../resolvers/lib/keys';
import { DEMO_PASSWORD } from '../../../local.config';
import { ITEM_FIELDS, startToyApi, type ToyApiUnderTest } from '../toyapi';

/**
 * login, developer registration and developer keys over HTTP on the local engine: keys are created by a
 * Lambda, stored as hashes and checked by the AWS_LAMBDA authorizer on every call.
 */
describe('ToyApi developers over HTTP', () => {
  let toy: ToyApiUnderTest;
  beforeAll(async () => {
    toy = await startToyApi();
  });
  afterAll(() => toy.close());

  const errorOf = (answer: { errors?: { errorType: string; message: string }[] }) => answer.errors?.[0];
  const CREATE_KEY = `mutation($name: String!, $days: Int, $scopes: [ApiKeyScope!]) {
    createApiKey(name: $name, expiresInDays: $days, scopes: $scopes) { secret apiKey { id name prefix scopes status createdAt expiresAt revokedAt } }
  }`;

  describe('login', () => {
    const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { idToken accessToken refreshToken expiresIn userId } }';

    it('signs in with the API key and answers tokens the API accepts', async () => {
      const tokens = (await toy.data(toy.withApiKey(), LOGIN, { u: 'dave', p: DEMO_PASSWORD })).login;
      expect(tokens).toMatchObject({ expiresIn: 3600, userId: toy.userId('dave') });
      expect(tokens.refreshToken).not.toBe('');
      expect((await toy.data({ authorization: tokens.idToken }, '{ me { username teams } }')).me).toEqual({ username: 'dave', teams: ['ops'] });
    });

    it('a wrong password is Unauthorized, with the message Cognito gives', async () => {
      const answer = await toy.call(toy.withApiKey(), LOGIN, { u: 'dave', p: 'wrong' });
      expect(answer.data).toBeNull();
      expect(errorOf(answer)).toMatchObject({ errorType: 'Unauthorized', message: 'Incorrect username or password.' });
      expect(errorOf(await toy.call(toy.withApiKey(), LOGIN, { u: 'nobody', p: 'x' }))).toMatchObject({ message: 'Incorrect username or password.' });
      expect(errorOf(await toy.call(toy.withApiKey(), LOGIN, { u: '', p: 'x' }))).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'username' } });
    });

    it('is an API key operation only', async () => {
      expect(errorOf(await toy.call(toy.as('dave'), LOGIN, { u: 'dave', p: DEMO_PASSWORD }))?.errorType).toBe('Unauthorized');
    });
  });

  describe('registration', () => {
    const PROFILE = 'id name email organization createdAt updatedAt';

    it('alice is registered in the demo data; bob is not', async () => {
      expect((await toy.data(toy.as('alice'), `{ developer { ${PROFILE} } }`)).developer).toMatchObject({ id: toy.userId('alice'), name: 'Alice Example' });
      expect((await toy.data(toy.as('bob'), '{ developer { id } }')).developer).toBeNull();
    });

    it('registerDeveloper once; a second time is a Conflict', async () => {
      const mutation = `mutation($input: RegisterDeveloperInput!) { registerDeveloper(input: $input) { ${PROFILE} } }`;
      const input = { name: ' Bob Builder ', email: 'bob@example.com', organization: 'Eng' };
      const developer = (await toy.data(toy.as('bob'), mutation, { input })).registerDeveloper;
      expect(developer).toMatchObject({ id: toy.userId('bob'), name: 'Bob Builder', email: 'bob@example.com', organization: 'Eng' });
      expect(errorOf(await toy.call(toy.as('bob'), mutation, { input }))).toMatchObject({ errorType: 'Conflict' });
      expect(errorOf(await toy.call(toy.as('carol'), mutation, { input: { ...input, name: '' } }))).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'name' } });
      expect(errorOf(await toy.call(toy.as('carol'), mutation, { input: { ...input, email: 'not an email' } }))).toBeDefined();
    });

    it('updateDeveloperProfile changes the fields given; unregistered users get NotFound', async () => {
      const mutation = `mutation($input: UpdateDeveloperProfileInput!) { updateDeveloperProfile(input: $input) { ${PROFILE} } }`;
      const before = (await toy.data(toy.as('alice'), `{ developer { ${PROFILE} } }`)).developer;
      const after = (await toy.data(toy.as('alice'), mutation, { input: { name: 'Alice A.', organization: '' } })).updateDeveloperProfile;
      expect(after).toMatchObject({ name: 'Alice A.', email: before.email, organization: null, createdAt: before.createdAt });
      expect(errorOf(await toy.call(toy.as('dave'), mutation, { input: { name: 'Dave' } }))).toMatchObject({ errorType: 'NotFound' });
      expect(errorOf(await toy.call(toy.as('alice'), mutation, { input: { name: ' ' } }))).toMatchObject({ errorType: 'ValidationError' });
    });
  });

  describe('developer keys', () => {
    let readKey: string;
    let writeKey: string;
    beforeAll(async () => {
      readKey = (await toy.data(toy.as('alice'), CREATE_KEY, { name: 'reader' })).createApiKey.secret;
      writeKey = (await toy.data(toy.as('alice'), CREATE_KEY, { name: 'writer', days: 30, scopes: ['ITEMS_READ', 'ITEMS_WRITE'] })).createApiKey.secret;
    });

    it('createApiKey shows the secret once; apiKeys lists keys without it, newest first', async () => {
      const created = (await toy.data(toy.as('alice'), CREATE_KEY, { name: 'listed', days: 1 })).createApiKey;
      expect(created.secret).toMatch(/^toy_[A-Za-z0-9_-]{43}$/);
      expect(created.apiKey).toMatchObject({ name: 'listed', prefix: created.secret.slice(0, 12), scopes: ['ITEMS_READ'], status: 'ACTIVE', revokedAt: null });
      expect(Date.parse(created.apiKey.expiresAt) - Date.parse(created.apiKey.createdAt)).toBe(24 * 3600 * 1000);
      const listed = (await toy.data(toy.as('alice'), '{ apiKeys { items { id name prefix status } nextToken } }')).apiKeys;
      expect(listed.items.map((key: { name: string }) => key.name)).toEqual(['listed', 'writer', 'reader']);
      expect(JSON.stringify(listed)).not.toContain(created.secret);
      expect((await toy.data(toy.as('bob'), '{ apiKeys { items { id } } }')).apiKeys.items).toEqual([]);
    });

    it('createApiKey: registered developers only, with checked arguments', async () => {
      expect(errorOf(await toy.call(toy.as('dave'), CREATE_KEY, { name: 'x' }))).toMatchObject({ errorType: 'NotFound', message: expect.stringMatching(/registerDeveloper/) });
      expect(errorOf(await toy.call(toy.as('alice'), CREATE_KEY, { name: ' ' }))).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'name' } });
      expect(errorOf(await toy.call(toy.as('alice'), CREATE_KEY, { name: 'x', days: 0 }))).toMatchObject({ errorInfo: { field: 'expiresInDays' } });
    });

    it('a key acts as its developer: own and public items, no team rights, no user-only fields', async () => {
      const asReader = toy.withDeveloperKey(readKey);
      expect((await toy.data(asReader, '{ publicMessage { message } }')).publicMessage.message).toMatch(/public/);
      const mine = (await toy.data(asReader, '{ myItems { items { ownerId } } }')).myItems.items;
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((item: { ownerId: string }) => item.ownerId === toy.userId('alice'))).toBe(true);
      expect((await toy.data(asReader, '{ developer { id } }')).developer.id).toBe(toy.userId('alice'));
      const bobsTeamItem = (await toy.data(toy.as('bob'), `mutation { createItem(input: { message: "eng only", teamId: "eng" }) { id } }`)).createItem;
      expect(errorOf(await toy.call(asReader, `{ item(id: "${bobsTeamItem.id}") { id } }`))).toMatchObject({ errorType: 'NotFound' });
      expect(errorOf(await toy.call(asReader, '{ me { id } }'))?.errorType).toBe('Unauthorized');
      expect((await toy.data(asReader, '{ itemStats { own { total } teams { teamId } global { total } } }')).itemStats).toMatchObject({ teams: [], global: null });
    });

    it('writing takes the ITEMS_WRITE scope', async () => {
      const mutation = `mutation { createItem(input: { message: "from a service" }) { ${ITEM_FIELDS} } }`;
      expect(errorOf(await toy.call(toy.withDeveloperKey(readKey), mutation))).toMatchObject({ errorType: 'Unauthorized', message: expect.stringMatching(/ITEMS_WRITE/) });
      const item = (await toy.data(toy.withDeveloperKey(writeKey), mutation)).createItem;
      expect(item).toMatchObject({ ownerId: toy.userId('alice'), accessLevel: 'INDIVIDUAL', version: 1 });
      expect((await toy.data(toy.as('alice'), `{ item(id: "${item.id}") { message } }`)).item.message).toBe('from a service');
    });

    it('unknown keys are refused before any resolver runs', async () => {
      for (const token of [`toy_${'A'.repeat(43)}`, 'toy_short', 'not-a-key']) {
        const answer = await toy.call(toy.withDeveloperKey(token), '{ publicMessage { message } }');
        expect(answer.status).toBe(401);
        expect(errorOf(answer)?.errorType).toBe('UnauthorizedException');
      }
    });

    it('a revoked key is refused: at once if never used, after the answer cache (60 s) otherwise', async () => {
      const unused = (await toy.data(toy.as('alice'), CREATE_KEY, { name: 'unused' })).createApiKey;
      const used = (await toy.data(toy.as('alice'), CREATE_KEY, { name: 'used' })).createApiKey;
      await toy.data(toy.withDeveloperKey(used.secret), '{ publicMessage { message } }');
      const revoke = 'mutation($id: ID!) { revokeApiKey(id: $id) { id status revokedAt } }';
      const revoked = (await toy.data(toy.as('alice'), revoke, { id: unused.apiKey.id })).revokeApiKey;
      expect(revoked).toMatchObject({ id: unused.apiKey.id, status: 'REVOKED' });
      expect((await toy.data(toy.as('alice'), revoke, { id: unused.apiKey.id })).revokeApiKey.revokedAt).toBe(revoked.revokedAt);
      await toy.data(toy.as('alice'), revoke, { id: used.apiKey.id });
      expect((await toy.call(toy.withDeveloperKey(unused.secret), '{ publicMessage { message } }')).status).toBe(401);
      expect((await toy.call(toy.withDeveloperKey(used.secret), '{ publicMessage { message } }')).status).toBe(200);
      toy.advanceClock(61_000);
      try {
        expect((await toy.call(toy.withDeveloperKey(used.secret), '{ publicMessage { message } }')).status).toBe(401);
      } finally {
        toy.advanceClock(-61_000);
      }
    });

    it('revokeApiKey: only one’s own keys', async () => {
      const bobsView = await toy.call(toy.as('bob'), 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: 'not-bobs' });
      expect(errorOf(bobsView)).toMatchObject({ errorType: 'NotFound' });
    });

    it('an expired key is refused even while DynamoDB TTL has not deleted it yet, and listed as EXPIRED', async () => {
      const secret = `toy_${'e'.repeat(43)}`;
      const expiredAt = Math.floor(Date.now() / 1000) - 60;
      const record = {
        ...apiKeyKey(toy.userId('alice'), '00000000000000000000000000'),
        entityType: 'API_KEY',
        id: '00000000000000000000000000',
        developerId: toy.userId('alice'),
        name: 'expired',
        prefix: secret.slice(0, 12),
        keyHash: developerKeyHash(secret),
        scopes: ['ITEMS_READ'],
        createdAt: new Date((expiredAt - 86400) * 1000).toISOString(),
        expiresAt: new Date(expiredAt * 1000).toISOString(),
        expiresAtEpoch: expiredAt,
        purgeAt: expiredAt + 30 * 86400,
      };
      await toy.api.store.call('PutItem', { TableName: DATA_TABLE, Item: marshall(record) });
      expect((await toy.call(toy.withDeveloperKey(secret), '{ publicMessage { message } }')).status).toBe(401);
      const listed = (await toy.data(toy.as('alice'), '{ apiKeys(limit: 100) { items { name status } } }')).apiKeys.items;
      expect(listed).toContainEqual({ name: 'expired', status: 'EXPIRED' });
    });
  });
});
