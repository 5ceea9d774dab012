import { LOCAL_IAM_CREDENTIAL } from '../../../local/server/auth-setup';
import { sigV4Headers } from '../../local/e2e/client';
import { ITEM_FIELDS, startToyApi, type DemoUser, type ToyApiUnderTest } from '../toyapi';

/**
 * ToyApi's item operations over HTTP on the local engine, for every kind of caller: anonymous, the API key,
 * IAM, alice (team eng), bob (team admin of eng), carol (admin) and dave (team ops).
 */
describe('ToyApi items over HTTP', () => {
  let toy: ToyApiUnderTest;
  beforeAll(async () => {
    toy = await startToyApi();
  });
  afterAll(() => toy.close());

  const create = async (user: DemoUser, input: Record<string, unknown>) =>
    (await toy.data(toy.as(user), `mutation($input: CreateItemInput!) { createItem(input: $input) { ${ITEM_FIELDS} } }`, { input })).createItem;
  const read = (user: DemoUser, id: string) => toy.call(toy.as(user), `query($id: ID!) { item(id: $id) { ${ITEM_FIELDS} userId } }`, { id });
  const errorOf = (answer: { errors?: { errorType: string; message: string }[] }) => answer.errors?.[0];
  const STATS = '{ itemStats { own { individual team public total } teams { teamId count } global { individual team public total } } }';

  describe('messages and me', () => {
    it('publicMessage: the API key, users and IAM; nobody anonymous', async () => {
      expect((await toy.data(toy.withApiKey(), '{ publicMessage { message } }')).publicMessage.message).toMatch(/public/);
      expect((await toy.data(toy.as('dave'), '{ publicMessage { message } }')).publicMessage.message).toMatch(/public/);
      const body = JSON.stringify({ query: '{ publicMessage { message } }' });
      const iam = await sigV4Headers(toy.api.graphqlUrl, body, LOCAL_IAM_CREDENTIAL, new Date());
      expect((await toy.call(iam, '{ publicMessage { message } }')).data?.publicMessage.message).toMatch(/public/);
      const anonymous = await toy.call({}, '{ publicMessage { message } }');
      expect(anonymous.status).toBe(401);
      expect(errorOf(anonymous)?.errorType).toBe('UnauthorizedException');
    });

    it('authMessage and me: signed-in users only, from the verified token', async () => {
      expect((await toy.data(toy.as('alice'), '{ authMessage { message userId } }')).authMessage).toEqual({ message: 'Hello alice, you are signed in.', userId: toy.userId('alice') });
      expect((await toy.data(toy.as('bob'), '{ me { id username groups teams } }')).me).toEqual({ id: toy.userId('bob'), username: 'bob', groups: ['team-admins', 'team-eng'], teams: ['eng'] });
      expect(errorOf(await toy.call(toy.withApiKey(), '{ me { id } }'))?.errorType).toBe('Unauthorized');
    });

    it('userMessage: the user themself or an admin', async () => {
      const query = 'query($userId: ID!) { userMessage(userId: $userId) { message userId } }';
      expect((await toy.data(toy.as('alice'), query, { userId: toy.userId('alice') })).userMessage.userId).toBe(toy.userId('alice'));
      expect((await toy.data(toy.as('carol'), query, { userId: toy.userId('alice') })).userMessage.message).toMatch(/admin carol/);
      const refused = await toy.call(toy.as('bob'), query, { userId: toy.userId('alice') });
      expect(refused.data).toBeNull();
      expect(errorOf(refused)).toMatchObject({ errorType: 'Unauthorized' });
    });

    it('an expired id token is refused', async () => {
      const headers = toy.as('alice');
      toy.advanceClock(2 * 3600 * 1000);
      try {
        const answer = await toy.call(headers, '{ me { id } }');
        expect(answer.status).toBe(401);
        expect(errorOf(answer)?.errorType).toBe('UnauthorizedException');
      } finally {
        toy.advanceClock(-2 * 3600 * 1000);
      }
    });
  });

  describe('who reads what', () => {
    let secret: { id: string };
    let engNote: { id: string };
    let published: { id: string };
    beforeAll(async () => {
      secret = await create('alice', { message: 'alice only' });
      engNote = await create('alice', { message: 'for eng', teamId: 'eng' });
      published = await create('dave', { message: 'for everyone', accessLevel: 'PUBLIC' });
    });

    it.each([
      ['alice', 'secret', true],
      ['bob', 'secret', false],
      ['carol', 'secret', true],
      ['dave', 'secret', false],
      ['bob', 'engNote', true],
      ['dave', 'engNote', false],
      ['alice', 'published', true],
    ] as const)('%s reading %s: %s', async (user, which, readable) => {
      const id = { secret, engNote, published }[which].id;
      const answer = await read(user, id);
      if (readable) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.item).toMatchObject({ id });
      } else {
        // Not readable answers exactly as missing does.
        expect(answer.data?.item).toBeNull();
        expect(errorOf(answer)).toMatchObject({ errorType: 'NotFound', message: `Item '${id}' not found.` });
      }
    });

    it('a missing item is NotFound too; the API key reads no single item', async () => {
      expect(errorOf(await read('carol', 'no-such-item'))).toMatchObject({ errorType: 'NotFound', message: "Item 'no-such-item' not found." });
      expect(errorOf(await toy.call(toy.withApiKey(), '{ item(id: "x") { id } }'))?.errorType).toBe('Unauthorized');
    });

    it('userId is ownerId under its deprecated name', async () => {
      const item = (await read('alice', secret.id)).data!.item;
      expect(item.userId).toBe(toy.userId('alice'));
      expect(item.ownerId).toBe(toy.userId('alice'));
    });

    it('teamItems: members and admins; others are told they are not members', async () => {
      const query = `query($teamId: String!) { teamItems(teamId: $teamId) { items { id teamId accessLevel } nextToken } }`;
      const seen = (await toy.data(toy.as('alice'), query, { teamId: 'eng' })).teamItems.items;
      expect(seen.map((item: { id: string }) => item.id)).toContain(engNote.id);
      expect(seen.every((item: { teamId: string; accessLevel: string }) => item.teamId === 'eng' && item.accessLevel === 'TEAM')).toBe(true);
      expect((await toy.data(toy.as('carol'), query, { teamId: 'eng' })).teamItems.items).toHaveLength(seen.length);
      expect(errorOf(await toy.call(toy.as('dave'), query, { teamId: 'eng' }))).toMatchObject({ errorType: 'Unauthorized', message: "You are not a member of team 'eng'." });
      expect(errorOf(await toy.call(toy.as('alice'), query, { teamId: 'a#b' }))).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'teamId' } });
    });

    it('publicItems: PUBLIC items only, for the API key and users alike', async () => {
      const query = '{ publicItems(limit: 100) { items { id accessLevel } nextToken } }';
      const byKey = (await toy.data(toy.withApiKey(), query)).publicItems.items;
      expect(byKey.map((item: { id: string }) => item.id)).toContain(published.id);
      expect(byKey.every((item: { accessLevel: string }) => item.accessLevel === 'PUBLIC')).toBe(true);
      expect((await toy.data(toy.as('bob'), query)).publicItems.items).toEqual(byKey);
    });

    it('allItems: admins only (the schema refuses others before any resolver runs)', async () => {
      const ids = (await toy.data(toy.as('carol'), '{ allItems(limit: 100) { items { id } } }')).allItems.items.map((item: { id: string }) => item.id);
      expect(ids).toEqual(expect.arrayContaining([secret.id, engNote.id, published.id]));
      const refused = await toy.call(toy.as('bob'), '{ allItems { items { id } } }');
      expect(errorOf(refused)).toMatchObject({ errorType: 'Unauthorized', message: 'Not Authorized to access allItems on type Query' });
    });
  });

  describe('creating', () => {
    it('trims the message, defaults the level, starts at version 1', async () => {
      const item = await create('alice', { message: '  tidy  ', teamId: 'eng' });
      expect(item).toMatchObject({ message: 'tidy', accessLevel: 'TEAM', teamId: 'eng', ownerId: toy.userId('alice'), version: 1 });
      expect(item.createdAt).toBe(item.updatedAt);
      expect(Number.isNaN(Date.parse(item.createdAt))).toBe(false);
    });

    it.each([
      ['a blank message', { message: '   ' }, 'ValidationError', 'message'],
      ['1001 characters', { message: 'x'.repeat(1001) }, 'ValidationError', 'message'],
      ['a control character', { message: 'bell\u0007' }, 'ValidationError', 'message'],
      ['TEAM without a team', { message: 'm', accessLevel: 'TEAM' }, 'ValidationError', 'teamId'],
      ['a team on a PUBLIC item', { message: 'm', accessLevel: 'PUBLIC', teamId: 'eng' }, 'ValidationError', 'teamId'],
      ['another team', { message: 'm', teamId: 'ops' }, 'Unauthorized', undefined],
    ])('refuses %s and stores nothing', async (_case, input, errorType, field) => {
      const before = await toy.data(toy.as('alice'), STATS);
      const answer = await toy.call(toy.as('alice'), 'mutation($input: CreateItemInput!) { createItem(input: $input) { id } }', { input });
      expect(answer.data).toBeNull();
      expect(errorOf(answer)).toMatchObject({ errorType, ...(field ? { errorInfo: { field } } : {}) });
      expect(await toy.data(toy.as('alice'), STATS)).toEqual(before);
    });
  });

  describe('changing and deleting', () => {
    it('updateItem: expectedVersion guards every change; a stale one is a Conflict that changes nothing', async () => {
      const item = await create('alice', { message: 'v1' });
      const update = (user: DemoUser, input: Record<string, unknown>) =>
        toy.call(toy.as(user), `mutation($input: UpdateItemInput!) { updateItem(input: $input) { ${ITEM_FIELDS} } }`, { input });
      const changed = (await update('alice', { id: item.id, message: 'v2', expectedVersion: 1 })).data!.updateItem;
      expect(changed).toMatchObject({ message: 'v2', version: 2, createdAt: item.createdAt });
      const stale = await update('alice', { id: item.id, message: 'lost update', expectedVersion: 1 });
      expect(errorOf(stale)).toMatchObject({ errorType: 'Conflict' });
      expect((await read('alice', item.id)).data!.item).toMatchObject({ message: 'v2', version: 2 });
      expect(errorOf(await update('alice', { id: item.id, expectedVersion: 0 }))).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'expectedVersion' } });
    });

    it('team admins change TEAM items of their team; members may not; outsiders find nothing', async () => {
      const item = await create('alice', { message: 'eng plan', teamId: 'eng' });
      const mutation = `mutation($input: UpdateItemInput!) { updateItem(input: $input) { message version } }`;
      expect((await toy.data(toy.as('bob'), mutation, { input: { id: item.id, message: 'eng plan (bob)', expectedVersion: 1 } })).updateItem).toEqual({ message: 'eng plan (bob)', version: 2 });
      const bobs = await create('bob', { message: 'bob for eng', teamId: 'eng' });
      expect(errorOf(await toy.call(toy.as('alice'), mutation, { input: { id: bobs.id, message: 'x', expectedVersion: 1 } }))).toMatchObject({ errorType: 'Unauthorized' });
      expect(errorOf(await toy.call(toy.as('dave'), mutation, { input: { id: bobs.id, message: 'x', expectedVersion: 1 } }))).toMatchObject({ errorType: 'NotFound' });
      expect((await read('bob', bobs.id)).data!.item).toMatchObject({ message: 'bob for eng', version: 1 });
    });

    it('deleteItem: stale version → Conflict; right version → gone, answered with the item', async () => {
      const item = await create('dave', { message: 'short-lived', teamId: 'ops' });
      const mutation = `mutation($id: ID!, $v: Int!) { deleteItem(id: $id, expectedVersion: $v) { id message } }`;
      expect(errorOf(await toy.call(toy.as('dave'), mutation, { id: item.id, v: 7 }))).toMatchObject({ errorType: 'Conflict' });
      expect(errorOf(await toy.call(toy.as('alice'), mutation, { id: item.id, v: 1 }))).toMatchObject({ errorType: 'NotFound' });
      expect((await toy.data(toy.as('dave'), mutation, { id: item.id, v: 1 })).deleteItem).toEqual({ id: item.id, message: 'short-lived' });
      expect(errorOf(await read('dave', item.id))).toMatchObject({ errorType: 'NotFound' });
      expect(errorOf(await toy.call(toy.as('dave'), mutation, { id: item.id, v: 1 }))).toMatchObject({ errorType: 'NotFound' });
    });
  });

  describe('paging', () => {
    it('myItems walks every page once, newest first, ending with a null nextToken', async () => {
      const created: string[] = [];
      for (let i = 0; i < 5; i += 1) created.push((await create('carol', { message: `page item ${i}` })).id);
      const seen: string[] = [];
      let nextToken: string | null = null;
      let pages = 0;
      do {
        const page: { items: { id: string }[]; nextToken: string | null } = (
          await toy.data(toy.as('carol'), 'query($n: String) { myItems(limit: 2, nextToken: $n) { items { id } nextToken } }', { n: nextToken })
        ).myItems;
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((item) => item.id));
        nextToken = page.nextToken;
        pages += 1;
      } while (nextToken !== null && pages < 20);
      const mine = seen.filter((id) => created.includes(id));
      expect([...mine].sort()).toEqual([...created].sort());
      // Newest first: ids are ULIDs, which sort by creation time.
      expect(seen).toEqual([...seen].sort().reverse());
      expect(new Set(seen).size).toBe(seen.length);
      expect(pages).toBeGreaterThanOrEqual(3);
    });

    it('a bad limit or a foreign nextToken is a ValidationError', async () => {
      expect(errorOf(await toy.call(toy.as('alice'), '{ myItems(limit: 0) { nextToken } }'))).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'limit' } });
      expect(errorOf(await toy.call(toy.as('alice'), '{ myItems(nextToken: "not-a-token") { nextToken } }'))).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'nextToken' } });
    });
  });

  describe('searchItems', () => {
    const search = async (user: DemoUser, query: string) => {
      const found: string[] = [];
      let nextToken: string | null = null;
      let pages = 0;
      do {
        const page: { items: { id: string }[]; nextToken: string | null } = (
          await toy.data(toy.as(user), 'query($q: String!, $n: String) { searchItems(query: $q, limit: 3, nextToken: $n) { items { id } nextToken } }', { q: query, n: nextToken })
        ).searchItems;
        found.push(...page.items.map((item) => item.id));
        nextToken = page.nextToken;
        pages += 1;
      } while (nextToken !== null && pages < 50);
      return found;
    };

    it('finds, case-insensitively and once each, exactly the matching items the caller may read', async () => {
      const own = await create('alice', { message: 'Zebra: own' });
      const ownShared = await create('alice', { message: 'zebra, shared with eng', teamId: 'eng' });
      const team = await create('bob', { message: 'a ZEBRA for eng', teamId: 'eng' });
      const published = await create('dave', { message: 'public zebra', accessLevel: 'PUBLIC' });
      const hidden = await create('dave', { message: 'private zebra' });
      const otherTeam = await create('dave', { message: 'ops zebra', teamId: 'ops' });
      await create('alice', { message: 'no stripes here' });
      expect((await search('alice', 'zEbRa')).sort()).toEqual([own.id, ownShared.id, team.id, published.id].sort());
      expect((await search('dave', 'zebra')).sort()).toEqual([published.id, hidden.id, otherTeam.id].sort());
      expect((await search('carol', 'zebra')).sort()).toEqual([own.id, ownShared.id, team.id, published.id, hidden.id, otherTeam.id].sort());
    });

    it('refuses tokens of partitions the caller cannot read', async () => {
      const answer = await toy.call(toy.as('alice'), '{ searchItems(query: "zebra", nextToken: "s1~team:ops~") { nextToken } }');
      expect(errorOf(answer)).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'nextToken' } });
      expect(errorOf(await toy.call(toy.as('alice'), '{ searchItems(query: " ") { nextToken } }'))).toMatchObject({ errorInfo: { field: 'query' } });
    });
  });

  describe('bulk', () => {
    const CREATE_ITEMS = `mutation($inputs: [CreateItemInput!]!) { createItems(inputs: $inputs) { succeeded failed results { index id item { id message } error { errorType message field } } } }`;
    const DELETE_ITEMS = `mutation($ids: [ID!]!) { deleteItems(ids: $ids) { succeeded failed results { index id item { id } error { errorType field } } } }`;

    it('createItems: each entry succeeds or fails alone, in request order', async () => {
      const inputs = [{ message: 'bulk one' }, { message: '' }, { message: 'bulk two', teamId: 'eng' }, { message: 'x', teamId: 'ops' }];
      const result = (await toy.data(toy.as('alice'), CREATE_ITEMS, { inputs })).createItems;
      expect(result).toMatchObject({ succeeded: 2, failed: 2 });
      expect(result.results.map((entry: { index: number }) => entry.index)).toEqual([0, 1, 2, 3]);
      expect(result.results[0]).toMatchObject({ item: { message: 'bulk one' }, error: null });
      expect(result.results[1]).toMatchObject({ id: null, item: null, error: { errorType: 'ValidationError', field: 'message' } });
      expect(result.results[3]).toMatchObject({ error: { errorType: 'Unauthorized' } });
      expect((await read('alice', result.results[2].id)).data!.item).toMatchObject({ message: 'bulk two', teamId: 'eng' });
    });

    it('createItems: only bad entries stores nothing; more than 25 is refused whole', async () => {
      const before = await toy.data(toy.as('alice'), STATS);
      expect((await toy.data(toy.as('alice'), CREATE_ITEMS, { inputs: [{ message: '' }] })).createItems).toMatchObject({ succeeded: 0, failed: 1 });
      const tooMany = await toy.call(toy.as('alice'), CREATE_ITEMS, { inputs: Array.from({ length: 26 }, (_, i) => ({ message: `m${i}` })) });
      expect(errorOf(tooMany)).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'inputs' } });
      expect(await toy.data(toy.as('alice'), STATS)).toEqual(before);
    });

    it('deleteItems: deletes what the caller may, and says why not for the rest', async () => {
      const mine = await create('bob', { message: 'bob bulk' });
      const teamItem = await create('alice', { message: 'alice eng', teamId: 'eng' });
      const unreadable = await create('dave', { message: 'dave only' });
      const readOnly = await create('dave', { message: 'dave public', accessLevel: 'PUBLIC' });
      const ids = [mine.id, teamItem.id, unreadable.id, readOnly.id, mine.id, 'missing'];
      const result = (await toy.data(toy.as('bob'), DELETE_ITEMS, { ids })).deleteItems;
      expect(result).toMatchObject({ succeeded: 2, failed: 4 });
      expect(result.results.map((entry: { error: { errorType: string } | null }) => entry.error?.errorType ?? 'deleted')).toEqual([
        'deleted',
        'deleted',
        'NotFound',
        'Unauthorized',
        'ValidationError',
        'NotFound',
      ]);
      expect(errorOf(await read('bob', mine.id))).toMatchObject({ errorType: 'NotFound' });
      expect((await read('dave', unreadable.id)).data!.item).toMatchObject({ id: unreadable.id });
    });
  });

  describe('itemStats', () => {
    const allItems = async () => {
      const items: { ownerId: string; accessLevel: string; teamId: string | null }[] = [];
      let nextToken: string | null = null;
      do {
        const page: { items: typeof items; nextToken: string | null } = (
          await toy.data(toy.as('carol'), 'query($n: String) { allItems(limit: 100, nextToken: $n) { items { ownerId accessLevel teamId } nextToken } }', { n: nextToken })
        ).allItems;
        items.push(...page.items);
        nextToken = page.nextToken;
      } while (nextToken !== null);
      return items;
    };
    const counts = (items: { accessLevel: string }[]) => {
      const of = (level: string) => items.filter((item) => item.accessLevel === level).length;
      return { individual: of('INDIVIDUAL'), team: of('TEAM'), public: of('PUBLIC'), total: items.length };
    };

    it('match the items exactly after everything the tests above did', async () => {
      const items = await allItems();
      const carol = (await toy.data(toy.as('carol'), STATS)).itemStats;
      expect(carol.global).toEqual(counts(items));
      expect(carol.teams).toEqual([]);
      for (const user of ['alice', 'bob', 'dave'] as const) {
        const stats = (await toy.data(toy.as(user), STATS)).itemStats;
        expect(stats.own).toEqual(counts(items.filter((item) => item.ownerId === toy.userId(user))));
        expect(stats.global).toBeNull();
        for (const team of stats.teams) expect(team.count).toBe(items.filter((item) => item.accessLevel === 'TEAM' && item.teamId === team.teamId).length);
      }
      expect((await toy.data(toy.as('bob'), STATS)).itemStats.teams.map((team: { teamId: string }) => team.teamId)).toEqual(['eng']);
    });

    it('follow a change of level and team in the same request', async () => {
      const item = await create('bob', { message: 'moving', teamId: 'eng' });
      const before = (await toy.data(toy.as('bob'), STATS)).itemStats;
      await toy.data(toy.as('bob'), 'mutation($input: UpdateItemInput!) { updateItem(input: $input) { version } }', { input: { id: item.id, accessLevel: 'PUBLIC', expectedVersion: 1 } });
      const after = (await toy.data(toy.as('bob'), STATS)).itemStats;
      expect(after.own).toEqual({ ...before.own, team: before.own.team - 1, public: before.own.public + 1 });
      expect(after.teams[0].count).toBe(before.teams[0].count - 1);
    });
  });
});
