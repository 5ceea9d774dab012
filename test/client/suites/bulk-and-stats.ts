import {
  AllItemsDocument,
  CreateApiKeyDocument,
  CreateItemDocument,
  CreateItemsDocument,
  DeleteItemDocument,
  DeleteItemsDocument,
  ItemStatsDocument,
  MeDocument,
  MyItemsDocument,
  TeamItemsDocument,
  UpdateItemDocument,
  type ItemCountsFieldsFragment,
  type ItemFieldsFragment,
} from '../../../client';
import { allItemsOf } from '../pages';
import { fieldAtFault, rejectionOf } from '../toyapi-errors';
import { DEMO_USERS, type ToyApiHarness } from '../toyapi-harness';

function countsOf(items: readonly ItemFieldsFragment[]): ItemCountsFieldsFragment {
  const at = (level: string) => items.filter((item) => item.accessLevel === level).length;
  return { individual: at('INDIVIDUAL'), team: at('TEAM'), public: at('PUBLIC'), total: items.length };
}

/**
 * itemStats is kept by counters written in the same transaction as the items: after every kind of change,
 * successful, partly failed or refused, every user's counters equal what the lists hold.
 */
export function describeBulkAndStats(harness: () => ToyApiHarness): void {
  describe('bulk changes and exact stats', () => {
    let toyApi: ToyApiHarness;
    beforeAll(() => {
      toyApi = harness();
    });

    /** Every demo user's itemStats, against counts made from the lists. */
    async function expectStatsMatchLists(): Promise<void> {
      const everything = await allItemsOf(async (limit, nextToken) => (await toyApi.users.carol.request(AllItemsDocument, { limit, nextToken })).allItems);
      for (const user of DEMO_USERS) {
        const client = toyApi.users[user];
        const [{ itemStats }, { me }, own] = await Promise.all([
          client.request(ItemStatsDocument),
          client.request(MeDocument),
          allItemsOf(async (limit, nextToken) => (await client.request(MyItemsDocument, { limit, nextToken })).myItems),
        ]);
        const teams = await Promise.all(
          me.teams.map(async (teamId) => ({
            teamId,
            count: (await allItemsOf(async (limit, nextToken) => (await client.request(TeamItemsDocument, { teamId, limit, nextToken })).teamItems)).length,
          })),
        );
        const global = me.groups.includes('admins') ? countsOf(everything) : null;
        expect({ user, ...itemStats }).toEqual({ user, own: countsOf(own), teams, global });
      }
    }

    it('hold on the data the suites before left', async () => {
      await expectStatsMatchLists();
    });

    it('hold through single creates, moves between levels and teams, and deletes', async () => {
      const { createItem } = await toyApi.users.alice.request(CreateItemDocument, { input: { message: 'moves around', teamId: 'eng' } });
      const { updateItem } = await toyApi.users.alice.request(UpdateItemDocument, { input: { id: createItem.id, accessLevel: 'PUBLIC', expectedVersion: 1 } });
      await expectStatsMatchLists();
      const { updateItem: moved } = await toyApi.users.carol.request(UpdateItemDocument, { input: { id: createItem.id, teamId: 'ops', expectedVersion: updateItem.version } });
      expect(moved).toMatchObject({ accessLevel: 'TEAM', teamId: 'ops', ownerId: toyApi.userIds.alice });
      await expectStatsMatchLists();
      await toyApi.users.carol.request(DeleteItemDocument, { id: createItem.id, expectedVersion: moved.version });
      await expectStatsMatchLists();
    });

    it('hold when changes are refused: stale versions, bad input, other teams, no rights', async () => {
      const { createItem } = await toyApi.users.alice.request(CreateItemDocument, { input: { message: 'stays put', teamId: 'eng' } });
      const before = await toyApi.users.carol.request(ItemStatsDocument);
      const { alice, dave } = toyApi.users;
      const refusedCalls = [
        () => alice.request(UpdateItemDocument, { input: { id: createItem.id, accessLevel: 'PUBLIC', expectedVersion: 2 } }),
        () => alice.request(UpdateItemDocument, { input: { id: createItem.id, teamId: 'ops', expectedVersion: 1 } }),
        () => alice.request(UpdateItemDocument, { input: { id: createItem.id, message: '\u0000', expectedVersion: 1 } }),
        () => alice.request(DeleteItemDocument, { id: createItem.id, expectedVersion: 3 }),
        () => dave.request(DeleteItemDocument, { id: createItem.id, expectedVersion: 1 }),
        () => alice.request(CreateItemDocument, { input: { message: '' } }),
      ];
      const errorTypes = [];
      for (const call of refusedCalls) errorTypes.push((await rejectionOf(call())).errorType);
      expect(errorTypes).toEqual(['Conflict', 'Unauthorized', 'ValidationError', 'Conflict', 'NotFound', 'ValidationError']);
      expect(await toyApi.users.carol.request(ItemStatsDocument)).toEqual(before);
      await expectStatsMatchLists();
    });

    it('hold through createItems with some entries failing, and count only the created ones', async () => {
      const globalCounts = async () => (await toyApi.users.carol.request(ItemStatsDocument)).itemStats.global ?? countsOf([]);
      const before = await globalCounts();
      const { createItems } = await toyApi.users.dave.request(CreateItemsDocument, {
        inputs: [
          { message: 'bulk: public', accessLevel: 'PUBLIC' },
          { message: ' ' },
          { message: 'bulk: ops', teamId: 'ops' },
          { message: 'bulk: eng is not dave’s team', teamId: 'eng' },
          { message: 'bulk: private' },
        ],
      });
      expect(createItems.results.map((result) => result.error?.errorType ?? 'created')).toEqual(['created', 'ValidationError', 'created', 'Unauthorized', 'created']);
      expect(await globalCounts()).toEqual({ individual: before.individual + 1, team: before.team + 1, public: before.public + 1, total: before.total + 3 });
      await expectStatsMatchLists();
    });

    it('hold through deleteItems with some entries failing, and through exactly 25 entries at once', async () => {
      const { createItems } = await toyApi.users.bob.request(CreateItemsDocument, {
        inputs: Array.from({ length: 25 }, (_, i) => ({ message: `bob's batch ${i}`, ...(i % 3 === 0 ? { teamId: 'eng' } : i % 3 === 1 ? { accessLevel: 'PUBLIC' as const } : {}) })),
      });
      expect(createItems).toMatchObject({ succeeded: 25, failed: 0 });
      await expectStatsMatchLists();

      const ids = createItems.results.map((result) => result.id as string);
      const { createItem: davesPrivate } = await toyApi.users.dave.request(CreateItemDocument, { input: { message: "dave's, hidden from bob" } });
      const { deleteItems } = await toyApi.users.bob.request(DeleteItemsDocument, { ids: [...ids.slice(0, 22), davesPrivate.id, ids[0], 'no-such-item'] });
      expect(deleteItems).toMatchObject({ succeeded: 22, failed: 3 });
      await expectStatsMatchLists();
    });

    it('hold through a developer key’s writes', async () => {
      const { createApiKey } = await toyApi.users.alice.request(CreateApiKeyDocument, { name: 'stats writer', scopes: ['ITEMS_READ', 'ITEMS_WRITE'] });
      const service = toyApi.client({ developerKey: createApiKey.secret });
      const { createItems } = await service.request(CreateItemsDocument, { inputs: [{ message: 'from a service', accessLevel: 'PUBLIC' }, { message: 'another' }] });
      await service.request(DeleteItemsDocument, { ids: [createItems.results[1].id as string] });
      await expectStatsMatchLists();
    });

    it('refuse more than 25 entries (and none) as a whole, writing nothing', async () => {
      const before = await toyApi.users.carol.request(ItemStatsDocument);
      const tooMany = await rejectionOf(toyApi.users.carol.request(DeleteItemsDocument, { ids: Array.from({ length: 26 }, (_, i) => `id-${i}`) }));
      expect([tooMany.errorType, fieldAtFault(tooMany)]).toEqual(['ValidationError', 'ids']);
      const none = await rejectionOf(toyApi.users.carol.request(CreateItemsDocument, { inputs: [] }));
      expect([none.errorType, fieldAtFault(none)]).toEqual(['ValidationError', 'inputs']);
      expect(await toyApi.users.carol.request(ItemStatsDocument)).toEqual(before);
    });
  });
}
