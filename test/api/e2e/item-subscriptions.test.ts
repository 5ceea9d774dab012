import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateApiKeyDocument,
  CreateItemDocument,
  DeleteItemDocument,
  OnItemCreatedDocument,
  OnItemDeletedDocument,
  OnItemUpdatedDocument,
  RevokeApiKeyDocument,
  UpdateItemDocument,
  createToyApiClient,
  createToyApiSubscriptions,
  type AccessLevel,
  type AppSyncErrorEntry,
  type ItemFieldsFragment,
  type ToyApiAuth,
  type ToyApiClient,
  type ToyApiSubscriptions,
} from '../../../client';
import { startToyApi, type DemoUser, type ToyApiUnderTest } from '../toyapi';

type EventKind = 'created' | 'updated' | 'deleted';

/** The data of any item event: one of the three fields. */
type ItemEvent = Partial<Record<'onItemCreated' | 'onItemUpdated' | 'onItemDeleted', ItemFieldsFragment | null>>;

/** The typed client's three subscription documents, used alike here. */
const DOCUMENTS = { created: OnItemCreatedDocument, updated: OnItemUpdatedDocument, deleted: OnItemDeletedDocument } as unknown as Record<
  EventKind,
  TypedDocumentNode<ItemEvent, Record<string, unknown>>
>;

/** One subscriber's connection, and the messages of the items each of its subscriptions received, in order. */
interface Subscriber {
  readonly connection: ToyApiSubscriptions;
  readonly events: Record<string, string[]>;
  readonly errors: Record<string, (readonly AppSyncErrorEntry[])[]>;
  /** Resolves once the subscription `key` received the item with this message. */
  received(key: string, message: string): Promise<void>;
}

/**
 * ToyApi's item subscriptions end to end: real WebSockets to the local engine, the typed client's mutations
 * and subscription helper, real tokens, API key and developer keys. Each subscriber receives exactly the
 * items it may read. All subscriptions of one subscriber share one connection, whose events arrive in
 * mutation order: once a last "sentinel" item arrived, every earlier event has too, so what did not
 * arrive never will.
 */
describe('ToyApi item subscriptions', () => {
  let toy: ToyApiUnderTest;
  const connections: ToyApiSubscriptions[] = [];
  beforeAll(async () => {
    toy = await startToyApi({ realtime: { keepAliveIntervalMs: 1000 } });
  });
  afterAll(async () => {
    connections.forEach((connection) => connection.close());
    await toy.close();
  });

  const idToken = (user: DemoUser): ToyApiAuth => ({ idToken: toy.as(user).authorization });
  const writer = (user: DemoUser): ToyApiClient => createToyApiClient({ url: toy.api.graphqlUrl, auth: idToken(user) });
  const apiKey = (): ToyApiAuth => ({ apiKey: toy.api.apiKey! });

  /** Opens a connection with `subscriptions` (key → kind and arguments) and waits until all of them started. */
  async function subscribe(auth: ToyApiAuth, subscriptions: Record<string, [EventKind, Record<string, unknown>?]>): Promise<Subscriber> {
    const connection = createToyApiSubscriptions({ url: toy.api.graphqlUrl, auth });
    connections.push(connection);
    const events: Record<string, string[]> = {};
    const errors: Record<string, (readonly AppSyncErrorEntry[])[]> = {};
    const waiters: { key: string; message: string; wake: () => void }[] = [];
    const started = Object.entries(subscriptions).map(([key, [kind, variables]]) => {
      events[key] = [];
      errors[key] = [];
      return connection.subscribe(DOCUMENTS[kind], variables ?? {}, {
        next: (data, eventErrors) => {
          const item = Object.values(data)[0];
          events[key].push(item ? item.message : '(null item)');
          if (eventErrors) errors[key].push(eventErrors);
          waiters.filter((waiter) => waiter.key === key && waiter.message === item?.message).forEach((waiter) => waiter.wake());
        },
      }).ready;
    });
    await Promise.all(started);
    return {
      connection,
      events,
      errors,
      received: (key, message) =>
        events[key].includes(message) ? Promise.resolve() : new Promise((wake) => waiters.push({ key, message, wake: () => wake() })),
    };
  }

  async function create(user: DemoUser, message: string, accessLevel: AccessLevel, teamId?: string): Promise<ItemFieldsFragment> {
    return (await writer(user).request(CreateItemDocument, { input: { message, accessLevel, teamId } })).createItem;
  }

  async function update(user: DemoUser, item: ItemFieldsFragment, change: { message?: string; accessLevel?: AccessLevel; teamId?: string }) {
    return (await writer(user).request(UpdateItemDocument, { input: { id: item.id, expectedVersion: item.version, ...change } })).updateItem;
  }

  async function remove(user: DemoUser, item: ItemFieldsFragment) {
    return (await writer(user).request(DeleteItemDocument, { id: item.id, expectedVersion: item.version })).deleteItem;
  }

  /** The last event of a test, PUBLIC and carol's: every subscriber with an `all` subscription receives it. */
  const sentinel = (name: string) => create('carol', name, 'PUBLIC');
  const ALL: Record<string, [EventKind, Record<string, unknown>?]> = { created: ['created'], updated: ['updated'], deleted: ['deleted'] };

  it('every role receives exactly the created, updated and deleted items it may read', async () => {
    const alicesKey = (await writer('alice').request(CreateApiKeyDocument, { name: 'realtime reader', scopes: ['ITEMS_READ'] })).createApiKey.secret;
    const subscribers = {
      alice: await subscribe(idToken('alice'), ALL),
      bob: await subscribe(idToken('bob'), ALL),
      carol: await subscribe(idToken('carol'), ALL),
      dave: await subscribe(idToken('dave'), ALL),
      apiKey: await subscribe(apiKey(), ALL),
      developerKey: await subscribe({ developerKey: alicesKey }, ALL),
    };

    const aliceOwn = await create('alice', 'alice individual', 'INDIVIDUAL');
    const aliceEng = await create('alice', 'alice eng', 'TEAM', 'eng');
    const alicePublic = await create('alice', 'alice public', 'PUBLIC');
    const daveOps = await create('dave', 'dave ops', 'TEAM', 'ops');
    const daveOwn = await create('dave', 'dave individual', 'INDIVIDUAL');
    // An item leaves the team: only those who may still read it hear of the change.
    const aliceEngNowOwn = await update('alice', aliceEng, { message: 'alice eng, now individual', accessLevel: 'INDIVIDUAL' });
    const daveOpsChanged = await update('dave', daveOps, { message: 'dave ops, changed' });
    const aliceOwnNowPublic = await update('alice', aliceOwn, { message: 'alice individual, now public', accessLevel: 'PUBLIC' });
    await remove('alice', alicePublic);
    await remove('dave', daveOpsChanged);
    await remove('alice', aliceEngNowOwn);
    await remove('carol', daveOwn);
    await sentinel('sentinel 1');
    await Promise.all(Object.values(subscribers).map((subscriber) => subscriber.received('created', 'sentinel 1')));

    const received = Object.fromEntries(Object.entries(subscribers).map(([who, subscriber]) => [who, subscriber.events]));
    expect(received).toEqual({
      alice: {
        created: ['alice individual', 'alice eng', 'alice public', 'sentinel 1'],
        updated: ['alice eng, now individual', 'alice individual, now public'],
        deleted: ['alice public', 'alice eng, now individual'],
      },
      bob: {
        created: ['alice eng', 'alice public', 'sentinel 1'],
        updated: ['alice individual, now public'],
        deleted: ['alice public'],
      },
      carol: {
        created: ['alice individual', 'alice eng', 'alice public', 'dave ops', 'dave individual', 'sentinel 1'],
        updated: ['alice eng, now individual', 'dave ops, changed', 'alice individual, now public'],
        deleted: ['alice public', 'dave ops, changed', 'alice eng, now individual', 'dave individual'],
      },
      dave: {
        created: ['alice public', 'dave ops', 'dave individual', 'sentinel 1'],
        updated: ['dave ops, changed', 'alice individual, now public'],
        deleted: ['alice public', 'dave ops, changed', 'dave individual'],
      },
      apiKey: {
        created: ['alice public', 'sentinel 1'],
        updated: ['alice individual, now public'],
        deleted: ['alice public'],
      },
      // A developer key acts as its developer without groups: alice's own items and PUBLIC ones.
      developerKey: {
        created: ['alice individual', 'alice eng', 'alice public', 'sentinel 1'],
        updated: ['alice eng, now individual', 'alice individual, now public'],
        deleted: ['alice public', 'alice eng, now individual'],
      },
    });
    expect(aliceOwnNowPublic.accessLevel).toBe('PUBLIC');
  });

  it('arguments narrow what a subscriber may read, and never widen it', async () => {
    const daveId = toy.userId('dave');
    const carolsPublic = { accessLevel: 'PUBLIC', ownerId: toy.userId('carol') };
    const alice = await subscribe(idToken('alice'), { eng: ['created', { teamId: 'eng' }], daves: ['created', { ownerId: daveId }], all: ['created', carolsPublic] });
    const carol = await subscribe(idToken('carol'), { alicesTeamItems: ['created', { ownerId: toy.userId('alice'), accessLevel: 'TEAM' }], all: ['created', carolsPublic] });
    // dave is not in eng: only his own items shared with eng could reach him.
    const dave = await subscribe(idToken('dave'), { eng: ['created', { teamId: 'eng' }], all: ['created', carolsPublic] });
    const watched = await create('alice', 'watched', 'TEAM', 'eng');
    const bob = await subscribe(idToken('bob'), { oneItem: ['updated', { id: watched.id }], all: ['created', carolsPublic] });

    await create('alice', 'alice eng 2', 'TEAM', 'eng');
    await create('alice', 'alice public 2', 'PUBLIC');
    await create('dave', 'dave public 2', 'PUBLIC');
    await create('dave', 'dave ops 2', 'TEAM', 'ops');
    await create('dave', 'dave individual 2', 'INDIVIDUAL');
    const other = await create('bob', 'bob eng 2', 'TEAM', 'eng');
    await update('bob', other, { message: 'bob eng 2, changed' });
    await update('alice', watched, { message: 'watched, changed' });
    await sentinel('sentinel 2');
    await Promise.all([alice, carol, dave, bob].map((subscriber) => subscriber.received('all', 'sentinel 2')));

    expect(alice.events).toMatchObject({ eng: ['watched', 'alice eng 2', 'bob eng 2'], daves: ['dave public 2'] });
    expect(carol.events.alicesTeamItems).toEqual(['watched', 'alice eng 2']);
    expect(dave.events.eng).toEqual([]);
    expect(bob.events.oneItem).toEqual(['watched, changed']);
  });

  it('refuses a subscription that could never be readable, or whose arguments contradict each other', async () => {
    const connection = createToyApiSubscriptions({ url: toy.api.graphqlUrl, auth: apiKey() });
    connections.push(connection);
    await expect(connection.subscribe(OnItemCreatedDocument, { teamId: 'eng' }, { next: () => undefined }).ready).rejects.toMatchObject({
      errorType: 'Unauthorized',
      errors: [expect.objectContaining({ message: 'You may read none of the items these arguments select.' })],
    });
    const alices = createToyApiSubscriptions({ url: toy.api.graphqlUrl, auth: idToken('alice') });
    connections.push(alices);
    await expect(alices.subscribe(OnItemCreatedDocument, { teamId: 'eng', accessLevel: 'PUBLIC' }, { next: () => undefined }).ready).rejects.toMatchObject({
      errorType: 'ValidationError',
    });
  });

  it('a mutation that does not select the fields the filters read reaches admins only', async () => {
    const alice = await subscribe(idToken('alice'), { created: ['created'] });
    const carol = await subscribe(idToken('carol'), { created: ['created'] });
    const bare = await toy.call(toy.as('alice'), 'mutation { createItem(input: { message: "bare", accessLevel: PUBLIC }) { id message } }');
    expect(bare.errors).toBeUndefined();
    await sentinel('sentinel 3');
    await Promise.all([alice.received('created', 'sentinel 3'), carol.received('created', 'sentinel 3')]);

    expect(alice.events.created).toEqual(['sentinel 3']);
    // The admin's event lacks what the subscription selects and the mutation did not: AppSync's null errors.
    expect(carol.events.created).toEqual(['(null item)', 'sentinel 3']);
    expect(carol.errors.created[0]).toContainEqual(expect.objectContaining({ message: expect.stringContaining("Cannot return null for non-nullable type: 'AccessLevel'") }));
  });

  it('revoking a developer key ends the subscriptions made with it, and only those', async () => {
    const created = await writer('alice').request(CreateApiKeyDocument, { name: 'revoked soon' });
    const kept = (await writer('alice').request(CreateApiKeyDocument, { name: 'kept' })).createApiKey.secret;
    const completed: string[] = [];
    let allCompleted: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (allCompleted = resolve));
    const revoked = createToyApiSubscriptions({ url: toy.api.graphqlUrl, auth: { developerKey: created.createApiKey.secret } });
    connections.push(revoked);
    await Promise.all(
      (['created', 'updated', 'deleted'] as const).map(
        (kind) => revoked.subscribe(DOCUMENTS[kind], {}, { next: () => undefined, complete: () => completed.push(kind) === 3 && allCompleted() }).ready,
      ),
    );
    const other = await subscribe({ developerKey: kept }, ALL);
    const user = await subscribe(idToken('alice'), ALL);

    await writer('alice').request(RevokeApiKeyDocument, { id: created.createApiKey.apiKey.id });
    await ended;
    expect(completed.sort()).toEqual(['created', 'deleted', 'updated']);
    // Alice's other key and her token still receive events.
    await sentinel('sentinel 4');
    await Promise.all([other.received('created', 'sentinel 4'), user.received('created', 'sentinel 4')]);
  });
});
