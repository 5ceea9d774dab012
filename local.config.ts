import { marshall } from '@aws-sdk/util-dynamodb';
import { monotonicFactory } from 'ulid';
import type { AccessLevel } from './generated/graphql';
import { defineLocalSetup } from './local/server/local-setup';
import { newDeveloperRecord } from './resolvers/lib/developer-record';
import { toItemRecord } from './resolvers/lib/item-record';
import { DATA_TABLE } from './resolvers/lib/keys';
import { statsChanges } from './resolvers/lib/stats';

/**
 * Local only, never deployed: the demo users of the local sign-in and the demo data a fresh local store
 * starts with. The password is for this machine only (README.md lists the users).
 */
export const DEMO_PASSWORD = 'Demo-Passw0rd';

type DemoUser = 'alice' | 'bob' | 'carol' | 'dave';

const DEMO_ITEMS: readonly { owner: DemoUser; message: string; accessLevel: AccessLevel; teamId?: string }[] = [
  { owner: 'alice', message: 'Alice: notes to self', accessLevel: 'INDIVIDUAL' },
  { owner: 'alice', message: 'Eng stand-up moves to 10:00', accessLevel: 'TEAM', teamId: 'eng' },
  { owner: 'alice', message: 'Hello world from Alice', accessLevel: 'PUBLIC' },
  { owner: 'bob', message: 'Eng release checklist', accessLevel: 'TEAM', teamId: 'eng' },
  { owner: 'bob', message: 'Bob: review Alice’s pull request', accessLevel: 'INDIVIDUAL' },
  { owner: 'carol', message: 'Maintenance window on Saturday', accessLevel: 'PUBLIC' },
  { owner: 'dave', message: 'Ops on-call rota', accessLevel: 'TEAM', teamId: 'ops' },
  { owner: 'dave', message: 'Dave: rotate the TLS certificates', accessLevel: 'INDIVIDUAL' },
];

export default defineLocalSetup({
  users: [
    { username: 'alice', password: DEMO_PASSWORD, groups: ['team-eng'], email: 'alice@example.com' },
    { username: 'bob', password: DEMO_PASSWORD, groups: ['team-admins', 'team-eng'], email: 'bob@example.com' },
    { username: 'carol', password: DEMO_PASSWORD, groups: ['admins'], email: 'carol@example.com' },
    { username: 'dave', password: DEMO_PASSWORD, groups: ['team-ops'], email: 'dave@example.com' },
  ],
  /** The demo items with exact stats, and alice registered as a developer, in one batch on a fresh store. */
  seed: async ({ store, tableNames, userIds }) => {
    const newId = monotonicFactory();
    const now = new Date().toISOString();
    const items = DEMO_ITEMS.map((item) =>
      toItemRecord({
        id: newId(),
        message: item.message,
        accessLevel: item.accessLevel,
        teamId: item.teamId ?? null,
        ownerId: userIds[item.owner],
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    );
    // The store is fresh, so each counter's total is its whole value.
    const stats = statsChanges(items.map((item) => ({ before: null, after: item }))).map((change) => ({ ...change.key, ...change.add }));
    const developer = newDeveloperRecord(userIds.alice, { name: 'Alice Example', email: 'alice@example.com', organization: 'Eng' }, now);
    const records: object[] = [...items, ...stats, developer];
    await store.call('BatchWriteItem', {
      RequestItems: { [tableNames[DATA_TABLE]]: records.map((record) => ({ PutRequest: { Item: marshall(record) } })) },
    });
  },
});
