import type { LocalApi } from '../../../local/server/local-api';
import { apiKeyHeader, mutate, openConnection, type ProtocolClient, startChatApi } from './protocol-client';

const POST = 'mutation Post($input: MessageInput!) { postMessage(input: $input) { id roomId author text priority tags pinned meta { lang score } } }';
const FILTERED = 'subscription Filtered($filter: String!) { onFilteredMessage(filter: $filter) { id } }';

/**
 * Who gets which event, over real WebSockets: enhanced filters with every operator and the group rules,
 * filtering by arguments, `@aws_subscribe` triggers, the mutation-selection-set rule, invalidation,
 * subscribe-time resolver errors and the payload quota.
 */
describe('real-time endpoint: events', () => {
  let api: LocalApi;
  const log: string[] = [];
  let client: ProtocolClient;
  const auth = () => apiKeyHeader(api);

  beforeAll(async () => {
    api = await startChatApi({ log: (line) => log.push(line) });
  });
  beforeEach(async () => {
    client = await openConnection(api);
  });
  afterEach(() => client.close());
  afterAll(() => api.close());

  const post = (input: Record<string, unknown>, selection = POST) => mutate(api, selection, { input });
  /** Starts a subscription and fails the test unless it is acknowledged. */
  const subscribe = async (id: string, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await client.start(id, query, auth(), variables);
    if (answer.type !== 'start_ack') throw new Error(`${id} did not start: ${JSON.stringify(answer)}`);
  };
  /**
   * Posts a last message to a room only `barrier` listens to and waits for it: events reach a connection
   * in publishing order, so everything published before has arrived by then.
   */
  const settle = async () => {
    await post({ roomId: 'barrier', id: 'barrier' });
    await client.next((message) => message.id === 'barrier' && message.type === 'data');
  };
  const idsOf = (id: string) => client.events(id).map((payload) => Object.values(payload.data as Record<string, { id: string }>)[0].id);

  describe('enhanced filters (extensions.setSubscriptionFilter)', () => {
    // https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
    const MESSAGES = [
      { id: 'm1', roomId: 'ops', author: 'ann', text: 'hello world', priority: 1, tags: ['a', 'b'], pinned: true, lang: 'en', score: 0.5 },
      { id: 'm2', roomId: 'ops', author: 'bob', text: 'goodbye', priority: 5, tags: ['c'], pinned: false, lang: 'fr', score: 2.5 },
      { id: 'm3', roomId: 'ops', author: 'cat', text: 'hello again', priority: 9, tags: [], lang: 'en', score: 9 },
      { id: 'm4', roomId: 'ops', author: 'dan' },
    ];
    const one = (fieldName: string, operator: string, value: unknown) => ({ filterGroup: [{ filters: [{ fieldName, operator, value }] }] });
    const CASES: [name: string, filter: object, expected: string[]][] = [
      ['eq on a number', one('priority', 'eq', 5), ['m2']],
      ['eq on a Boolean', one('pinned', 'eq', true), ['m1']],
      ['ne (an absent field is not equal)', one('author', 'ne', 'bob'), ['m1', 'm3', 'm4']],
      ['le', one('priority', 'le', 5), ['m1', 'm2']],
      ['lt', one('priority', 'lt', 5), ['m1']],
      ['ge', one('priority', 'ge', 5), ['m2', 'm3']],
      ['gt', one('priority', 'gt', 5), ['m3']],
      ['gt on strings', one('author', 'gt', 'bob'), ['m3', 'm4']],
      ['between, inclusive', one('priority', 'between', [1, 5]), ['m1', 'm2']],
      ['contains a substring', one('text', 'contains', 'hello'), ['m1', 'm3']],
      ['contains a member of a list', one('tags', 'contains', 'a'), ['m1']],
      ['notContains', one('text', 'notContains', 'hello'), ['m2', 'm4']],
      ['beginsWith', one('author', 'beginsWith', 'c'), ['m3']],
      ['in', one('author', 'in', ['ann', 'cat']), ['m1', 'm3']],
      ['notIn', one('author', 'notIn', ['ann', 'cat']), ['m2', 'm4']],
      ['containsAny', one('tags', 'containsAny', ['b', 'c']), ['m1', 'm2']],
      ['a nested field, with dots', one('meta.lang', 'eq', 'fr'), ['m2']],
      [
        'filters of one group are ANDed',
        { filterGroup: [{ filters: [{ fieldName: 'priority', operator: 'ge', value: 2 }, { fieldName: 'meta.lang', operator: 'eq', value: 'en' }] }] },
        ['m3'],
      ],
      [
        'groups are ORed',
        { filterGroup: [{ filters: [{ fieldName: 'author', operator: 'eq', value: 'ann' }] }, { filters: [{ fieldName: 'priority', operator: 'gt', value: 8 }] }] },
        ['m1', 'm3'],
      ],
      ['toSubscriptionFilter: or', { or: [{ author: { eq: 'ann' } }, { priority: { gt: 8 } }] }, ['m1', 'm3']],
      ['toSubscriptionFilter: two operators on one field are ORed', { priority: { le: 2, ge: 8 } }, ['m1', 'm3']],
      ['toSubscriptionFilter: fields are ANDed', { author: { ne: 'ann' }, 'meta.score': { lt: 5 } }, ['m2']],
    ];

    it('delivers exactly the events each filter passes', async () => {
      await subscribe('barrier', 'subscription { onMessage(roomId: "barrier") { id } }');
      for (const [index, [, filter]] of CASES.entries()) await subscribe(`f${index}`, FILTERED, { filter: JSON.stringify(filter) });
      for (const message of MESSAGES) await post(message);
      await settle();
      const delivered = Object.fromEntries(CASES.map(([name], index) => [name, idsOf(`f${index}`).filter((id) => id !== 'barrier')]));
      expect(delivered).toEqual(Object.fromEntries(CASES.map(([name, , expected]) => [name, expected])));
    });

    it('refuses a subscription whose filter breaks the documented limits or operators', async () => {
      const sixFields = { filterGroup: [{ filters: ['a', 'b', 'c', 'd', 'e', 'f'].map((fieldName) => ({ fieldName, operator: 'eq', value: 1 })) }] };
      const tooMany = await client.start('six', FILTERED, auth(), { filter: JSON.stringify(sixFields) });
      expect(tooMany.type).toBe('error');
      expect(tooMany.payload.errors[0].message).toContain('Filters exceed maximum attributes limit 5 for subscription');
      const badOperator = await client.start('lte', FILTERED, auth(), { filter: JSON.stringify(one('priority', 'lte', 1)) });
      expect(badOperator.payload.errors[0].message).toContain('invalid operator `lte`');
    });

    it('reaches only subscriptions whose @aws_subscribe lists the mutation', async () => {
      await subscribe('barrier', 'subscription { onMessage(roomId: "barrier") { id } }');
      await subscribe('filtered', FILTERED, { filter: JSON.stringify({ roomId: { eq: 'edits' } }) });
      await subscribe('plain', 'subscription { onMessage(roomId: "edits") { id } }');
      await mutate(api, 'mutation ($input: MessageInput!) { editMessage(input: $input) { id roomId } }', { input: { id: 'e1', roomId: 'edits' } });
      await settle();
      expect(idsOf('filtered')).toEqual(['e1']);
      expect(idsOf('plain')).toEqual([]);
    });
  });

  describe('filtering by arguments (no enhanced filter)', () => {
    it('requires every given argument to equal the field of the published payload', async () => {
      await subscribe('barrier', 'subscription { onMessage(roomId: "barrier") { id } }');
      await subscribe('room', 'subscription ($r: ID) { onMessage(roomId: $r) { id } }', { r: 'args' });
      await subscribe('roomAndAuthor', 'subscription { onMessage(roomId: "args", author: "ann") { id } }');
      await subscribe('nullArgument', 'subscription { onMessage(roomId: "args", author: null) { id } }');
      await post({ id: 'a1', roomId: 'args', author: 'ann' });
      await post({ id: 'a2', roomId: 'args', author: 'bob' });
      await post({ id: 'a3', roomId: 'elsewhere', author: 'ann' });
      await settle();
      expect(idsOf('room')).toEqual(['a1', 'a2']);
      expect(idsOf('roomAndAuthor')).toEqual(['a1']);
      expect(idsOf('nullArgument')).toEqual(['a1', 'a2']);
    });

    it('compares with the mutation result, so an argument on a field the mutation did not select never matches', async () => {
      await subscribe('barrier', 'subscription { onMessage(roomId: "barrier") { id } }');
      await subscribe('byAuthor', 'subscription { onMessage(author: "ann") { id } }');
      await post({ id: 'n1', roomId: 'args', author: 'ann' }, 'mutation ($input: MessageInput!) { postMessage(input: $input) { id roomId } }');
      await post({ id: 'n2', roomId: 'args', author: 'ann' }, 'mutation ($input: MessageInput!) { postMessage(input: $input) { id author } }');
      await settle();
      expect(idsOf('byAuthor')).toEqual(['n2']);
    });
  });

  describe("the payload is the mutation's selection set", () => {
    // "Subscriptions are triggered from mutations and the mutation selection set is sent to subscribers."
    // https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html
    it('gives null for fields the mutation did not select, and reads aliased mutation fields by name', async () => {
      await subscribe('s', 'subscription { onMessage(roomId: "shape") { id text author said: text meta { lang score } } }');
      const mutation = 'mutation ($input: MessageInput!) { postMessage(input: $input) { id roomId words: text meta { lang } } }';
      await post({ id: 'p1', roomId: 'shape', author: 'ann', text: 'hi', lang: 'en', score: 1 }, mutation);
      const event = await client.next((message) => message.type === 'data');
      expect(event.payload).toEqual({ data: { onMessage: { id: 'p1', text: 'hi', author: null, said: 'hi', meta: { lang: 'en', score: null } } } });
    });

    it("answers a non-null field the mutation did not select with AppSync's error and a null parent", async () => {
      await subscribe('s', 'subscription { onMessage(roomId: "shape") { id sentAt } }');
      await post({ id: 'p2', roomId: 'shape' }, 'mutation ($input: MessageInput!) { postMessage(input: $input) { id roomId } }');
      const event = await client.next((message) => message.type === 'data');
      expect(event.payload).toEqual({
        data: { onMessage: null },
        errors: [
          expect.objectContaining({
            message: "Cannot return null for non-nullable type: 'AWSDateTime' within parent 'Message' (/onMessage/sentAt)",
            path: ['onMessage', 'sentAt'],
          }),
        ],
      });
    });
  });

  describe('invalidation', () => {
    // https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-invalidation.html
    const ROOM = 'subscription ($roomId: ID!, $userId: ID!) { onRoomMessage(roomId: $roomId, userId: $userId) { id } }';

    it('ends the subscriptions whose invalidation filter matches the payload, with complete', async () => {
      await subscribe('u1', ROOM, { roomId: 'g1', userId: 'u1' });
      await subscribe('u2', ROOM, { roomId: 'g1', userId: 'u2' });
      await subscribe('other-room', ROOM, { roomId: 'g9', userId: 'u1' });
      const removed = await mutate(api, 'mutation { removeMember(userId: "u1", roomId: "g1") { userId roomId } }');
      expect(removed).toEqual({ data: { removeMember: { userId: 'u1', roomId: 'g1' } } });
      expect(await client.next((message) => message.type === 'complete')).toEqual({ type: 'complete', id: 'u1' });
      await post({ id: 'after', roomId: 'g1' });
      await client.next((message) => message.id === 'u2' && message.type === 'data');
      expect(client.events('u1')).toEqual([]);
      expect(client.take((message) => message.type === 'complete')).toEqual([]);
    });

    it('keeps at most five unique invalidations of a request, and answers the sixth with an error', async () => {
      const users = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'];
      for (const userId of users) await subscribe(userId, ROOM, { roomId: 'g2', userId });
      const answer = await mutate(api, 'mutation ($ids: [ID!]!) { removeMembers(userIds: $ids, roomId: "g2") { userId } }', { ids: users });
      expect(answer.errors).toEqual([expect.objectContaining({ errorType: 'InvalidationLimitExceeded' })]);
      const completed = await Promise.all(users.slice(0, 5).map((id) => client.next((message) => message.type === 'complete' && message.id === id)));
      expect(completed).toHaveLength(5);
      await post({ id: 'still', roomId: 'g2' });
      expect((await client.next((message) => message.type === 'data')).id).toBe('v6');
    });
  });

  describe('subscribe time', () => {
    it('runs the resolver when the subscription starts: util.unauthorized and util.error refuse it', async () => {
      const guarded = (roomId: string) => client.start(roomId, `subscription { onGuardedMessage(roomId: "${roomId}") { id } }`, auth());
      expect((await guarded('forbidden')).payload.errors).toEqual([
        expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access onGuardedMessage on type Subscription' }),
      ]);
      expect((await guarded('closed')).payload.errors).toEqual([expect.objectContaining({ errorType: 'RoomClosed', message: 'The room is closed.' })]);
      expect((await guarded('open')).type).toBe('start_ack');
    });

    it('cannot start a non-null subscription field: AppSync resolves it to null at subscribe time', async () => {
      const answer = await client.start('strict', 'subscription { onStrictMessage { id } }', auth());
      expect(answer.payload.errors).toEqual([
        expect.objectContaining({ message: "Cannot return null for non-nullable type: 'Message' within parent 'Subscription' (/onStrictMessage)" }),
      ]);
    });
  });

  it('drops an event over the 240 KB payload quota, as AppSync does, and says so in the log', async () => {
    await subscribe('big', 'subscription { onMessage(roomId: "big") { id text } }');
    await post({ id: 'huge', roomId: 'big', text: 'x'.repeat(240 * 1024) });
    await post({ id: 'small', roomId: 'big', text: 'x' });
    expect((await client.next((message) => message.type === 'data')).payload.data.onMessage.id).toBe('small');
    expect(client.events('big')).toEqual([]);
    expect(log.some((line) => /onMessage was not sent: \d+ bytes is over the 245760-byte limit/.test(line))).toBe(true);
  });
});
