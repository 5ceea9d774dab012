import {
  AllItemsDocument,
  ApiKeysDocument,
  CreateApiKeyDocument,
  CreateItemsDocument,
  MeDocument,
  MyItemsDocument,
  PublicItemsDocument,
  SearchItemsDocument,
  TeamItemsDocument,
  type ItemFieldsFragment,
} from '../../../client';
import { allItemsOf, allPages, type ListPage } from '../pages';
import { DEMO_USERS, type DemoUser, type ToyApiHarness } from '../toyapi-harness';

const idsOf = (items: readonly { readonly id: string }[]) => items.map((item) => item.id);

/** Lists read one page at a time: pages add up to the whole list, in order, with nothing twice or missing. */
export function describeItemLists(harness: () => ToyApiHarness): void {
  describe('item lists', () => {
    let toyApi: ToyApiHarness;
    beforeAll(async () => {
      toyApi = harness();
      // Enough items that every list below spans several pages of 2.
      const inputs = [
        ...['one', 'two', 'three'].map((n) => ({ message: `Paging probe ${n} (private)` })),
        ...['one', 'two', 'three'].map((n) => ({ message: `Paging probe ${n} (eng)`, teamId: 'eng' })),
        ...['one', 'two', 'three'].map((n) => ({ message: `Paging probe ${n} (public)`, accessLevel: 'PUBLIC' as const })),
      ];
      const { createItems } = await toyApi.users.alice.request(CreateItemsDocument, { inputs });
      expect(createItems.failed).toBe(0);
    });

    /** Pages of 2 hold the same items, in the same order, as pages of 100. */
    async function expectPagesMatchWholeList<T extends { readonly id: string }>(fetchPage: (limit: number, nextToken: string | null) => Promise<ListPage<T>>) {
      const whole = await allItemsOf(fetchPage);
      const pages = await allPages((nextToken) => fetchPage(2, nextToken));
      expect(pages.length).toBeGreaterThan(2);
      for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(2);
      const paged = pages.flatMap((page) => page.items);
      expect(idsOf(paged)).toEqual(idsOf(whole));
      expect(new Set(idsOf(paged)).size).toBe(paged.length);
      // Newest first: ids are ULIDs, which sort by creation time.
      expect(idsOf(paged)).toEqual([...idsOf(paged)].sort().reverse());
      return whole;
    }

    it('myItems through a developer key: its developer’s items, page by page', async () => {
      const { createApiKey } = await toyApi.users.alice.request(CreateApiKeyDocument, { name: 'paging reader' });
      const developerKey = toyApi.client({ developerKey: createApiKey.secret });
      const items = await expectPagesMatchWholeList(async (limit, nextToken) => (await developerKey.request(MyItemsDocument, { limit, nextToken })).myItems);
      const asAlice = await allItemsOf(async (limit, nextToken) => (await toyApi.users.alice.request(MyItemsDocument, { limit, nextToken })).myItems);
      expect(items).toEqual(asAlice);
    });

    it('publicItems: PUBLIC items of everyone, for the API key as for users', async () => {
      const items = await expectPagesMatchWholeList(async (limit, nextToken) => (await toyApi.apiKey.request(PublicItemsDocument, { limit, nextToken })).publicItems);
      expect(items.every((item) => item.accessLevel === 'PUBLIC')).toBe(true);
      expect(new Set(items.map((item) => item.ownerId)).size).toBeGreaterThan(1);
      const asDave = await allItemsOf(async (limit, nextToken) => (await toyApi.users.dave.request(PublicItemsDocument, { limit, nextToken })).publicItems);
      expect(idsOf(asDave)).toEqual(idsOf(items));
    });

    it('teamItems: the TEAM items of one of the caller’s teams; admins read any team', async () => {
      const items = await expectPagesMatchWholeList(
        async (limit, nextToken) => (await toyApi.users.bob.request(TeamItemsDocument, { teamId: 'eng', limit, nextToken })).teamItems,
      );
      expect(items.every((item) => item.accessLevel === 'TEAM' && item.teamId === 'eng')).toBe(true);
      expect([...new Set(items.map((item) => item.ownerId))]).toEqual(expect.arrayContaining([toyApi.userIds.alice, toyApi.userIds.bob]));
      const asAdmin = await allItemsOf(async (limit, nextToken) => (await toyApi.users.carol.request(TeamItemsDocument, { teamId: 'eng', limit, nextToken })).teamItems);
      expect(idsOf(asAdmin)).toEqual(idsOf(items));
    });

    it('allItems: every item, for admins: exactly the union of everyone’s own items', async () => {
      const items = await expectPagesMatchWholeList(async (limit, nextToken) => (await toyApi.users.carol.request(AllItemsDocument, { limit, nextToken })).allItems);
      const everyonesOwn = await Promise.all(
        DEMO_USERS.map((user) => allItemsOf(async (limit, nextToken) => (await toyApi.users[user].request(MyItemsDocument, { limit, nextToken })).myItems)),
      );
      expect(new Set(idsOf(items))).toEqual(new Set(idsOf(everyonesOwn.flat())));
    });

    it('apiKeys: a developer’s keys, newest first, page by page', async () => {
      for (const name of ['paging key 1', 'paging key 2', 'paging key 3']) await toyApi.users.alice.request(CreateApiKeyDocument, { name });
      const keys = await expectPagesMatchWholeList(async (limit, nextToken) => (await toyApi.users.alice.request(ApiKeysDocument, { limit, nextToken })).apiKeys);
      expect(keys.slice(0, 3).map((key) => key.name)).toEqual(['paging key 3', 'paging key 2', 'paging key 1']);
    });

    /** What `user` may read, from the lists: their own, their teams', the public ones (admins: all). */
    async function readableBy(user: DemoUser): Promise<ItemFieldsFragment[]> {
      const client = toyApi.users[user];
      const { me } = await client.request(MeDocument);
      if (me.groups.includes('admins')) return allItemsOf(async (limit, nextToken) => (await client.request(AllItemsDocument, { limit, nextToken })).allItems);
      const lists = await Promise.all([
        allItemsOf(async (limit, nextToken) => (await client.request(MyItemsDocument, { limit, nextToken })).myItems),
        allItemsOf(async (limit, nextToken) => (await client.request(PublicItemsDocument, { limit, nextToken })).publicItems),
        ...me.teams.map((teamId) => allItemsOf(async (limit, nextToken) => (await client.request(TeamItemsDocument, { teamId, limit, nextToken })).teamItems)),
      ]);
      return lists.flat();
    }

    it.each(DEMO_USERS)('searchItems as %s: exactly the readable items whose message holds the text (any case)', async (user) => {
      const expected = new Set(idsOf((await readableBy(user)).filter((item) => item.message.toLowerCase().includes('probe'))));
      expect(expected.size).toBeGreaterThan(0);
      const pages = await allPages(
        async (nextToken) => (await toyApi.users[user].request(SearchItemsDocument, { query: ' PROBE ', limit: 2, nextToken })).searchItems,
      );
      const found = pages.flatMap((page) => idsOf(page.items));
      expect(new Set(found).size).toBe(found.length);
      expect(new Set(found)).toEqual(expected);
      for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(2);
    });
  });
}
