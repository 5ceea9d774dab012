import { AUTH_TYPE, callerOf, type Caller } from '../../../../resolvers/lib/caller';
import {
  covers,
  filterObjectOf,
  itemEventFilter,
  narrowPattern,
  readablePatterns,
  withoutCovered,
  type ItemEventArguments,
  type ItemFilterObject,
} from '../../../../resolvers/lib/item-events';
import { canRead, type ItemAccess } from '../../../../resolvers/lib/access';
import type { Outcome } from '../../../../resolvers/lib/problems';
import { matchesFilter } from '../../../../local/realtime/filter-evaluation';
import { toSubscriptionFilter } from '../../../../local/runtime/util/transform/subscription-filter';
import { assertValidSubscriptionFilter } from '../../../../local/runtime/util/transform/subscription-filter-limits';

const user = (sub: string, groups: string[]): Caller => callerOf(AUTH_TYPE.userPool, { sub, username: sub, groups, claims: {}, issuer: '', sourceIp: [], defaultAuthStrategy: 'ALLOW' });
const alice = user('alice', ['team-eng']);
const bob = user('bob', ['team-admins', 'team-eng']);
const carol = user('carol', ['admins']);
const dave = user('dave', ['team-ops']);
const developerKey = (scopes: string) => callerOf(AUTH_TYPE.lambda, { resolverContext: { developerId: 'alice', keyId: 'k1', scopes } });
const apiKey = callerOf(AUTH_TYPE.apiKey, null);
const iam = callerOf(AUTH_TYPE.iam, null);

const filterOf = (outcome: Outcome<ItemFilterObject | null>) => {
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.message}`);
  return outcome.value;
};

/** Whether an event of `item` reaches the subscriber, through the same conversion and evaluation AppSync does. */
function delivers(caller: Caller, args: ItemEventArguments, item: Record<string, unknown>): boolean {
  const filter = filterOf(itemEventFilter(caller, args));
  if (filter === null) return true;
  const subscriptionFilter = toSubscriptionFilter(filter);
  assertValidSubscriptionFilter(subscriptionFilter);
  return matchesFilter(subscriptionFilter, item);
}

const ITEMS: (ItemAccess & { id: string })[] = [
  { id: 'a-individual', ownerId: 'alice', accessLevel: 'INDIVIDUAL' },
  { id: 'a-eng', ownerId: 'alice', accessLevel: 'TEAM', teamId: 'eng' },
  { id: 'a-public', ownerId: 'alice', accessLevel: 'PUBLIC' },
  { id: 'd-ops', ownerId: 'dave', accessLevel: 'TEAM', teamId: 'ops' },
  { id: 'd-individual', ownerId: 'dave', accessLevel: 'INDIVIDUAL' },
  // Shared with eng by someone who has left it since: the owner still reads it.
  { id: 'd-eng', ownerId: 'dave', accessLevel: 'TEAM', teamId: 'eng' },
];
const payloadOf = (item: ItemAccess & { id: string }) => ({ message: 'm', ...item, teamId: item.teamId ?? null });

describe('itemEventFilter: what reaches whom', () => {
  const callers: [string, Caller][] = [
    ['alice', alice],
    ['bob', bob],
    ['carol', carol],
    ['dave', dave],
    ['alice’s developer key', developerKey('ITEMS_READ')],
    ['the API key', apiKey],
    ['IAM', iam],
  ];

  it.each(callers)('%s receives exactly the items it may read', (_who, caller) => {
    const received = ITEMS.filter((item) => delivers(caller, {}, payloadOf(item))).map((item) => item.id);
    expect(received).toEqual(ITEMS.filter((item) => canRead(caller, item)).map((item) => item.id));
  });

  it('spells out the readable items', () => {
    const ids = (caller: Caller) => ITEMS.filter((item) => delivers(caller, {}, payloadOf(item))).map((item) => item.id);
    expect(ids(alice)).toEqual(['a-individual', 'a-eng', 'a-public', 'd-eng']);
    expect(ids(bob)).toEqual(['a-eng', 'a-public', 'd-eng']);
    expect(ids(dave)).toEqual(['a-public', 'd-ops', 'd-individual', 'd-eng']);
    expect(ids(apiKey)).toEqual(['a-public']);
  });

  it.each(callers)('%s, narrowed by any arguments, never receives more than it may read', (_who, caller) => {
    const narrowings: ItemEventArguments[] = [
      { ownerId: 'alice' },
      { ownerId: 'dave' },
      { teamId: 'eng' },
      { teamId: 'ops' },
      { accessLevel: 'INDIVIDUAL' },
      { accessLevel: 'TEAM' },
      { accessLevel: 'PUBLIC' },
      { ownerId: 'dave', accessLevel: 'TEAM' },
      { id: 'd-individual' },
    ];
    for (const args of narrowings) {
      const outcome = itemEventFilter(caller, args);
      if (!outcome.ok) continue;
      for (const item of ITEMS) {
        if (delivers(caller, args, payloadOf(item))) expect([args, item.id, canRead(caller, item)]).toEqual([args, item.id, true]);
      }
    }
  });

  it('an event without the fields the filter reads reaches admins only (fails closed)', () => {
    const bare = { id: 'a-public', message: 'no access fields selected' };
    expect(delivers(alice, {}, bare)).toBe(false);
    expect(delivers(apiKey, {}, bare)).toBe(false);
    expect(delivers(carol, {}, bare)).toBe(true);
  });
});

describe('itemEventFilter: arguments narrow', () => {
  it('to one team (only TEAM items have a team)', () => {
    expect(filterOf(itemEventFilter(alice, { teamId: 'eng' }))).toEqual({ accessLevel: { eq: 'TEAM' }, teamId: { eq: 'eng' } });
    expect(delivers(alice, { teamId: 'eng' }, payloadOf(ITEMS[1]))).toBe(true);
    expect(delivers(alice, { teamId: 'eng' }, payloadOf(ITEMS[2]))).toBe(false);
  });

  it('to an owner: the caller’s own items need no other pattern', () => {
    expect(filterOf(itemEventFilter(alice, { ownerId: 'alice' }))).toEqual({ ownerId: { eq: 'alice' } });
    expect(filterOf(itemEventFilter(alice, { ownerId: 'dave' }))).toEqual({
      or: [
        { ownerId: { eq: 'dave' }, accessLevel: { eq: 'PUBLIC' } },
        { ownerId: { eq: 'dave' }, accessLevel: { eq: 'TEAM' }, teamId: { eq: 'eng' } },
      ],
    });
  });

  it('an admin’s filter is the arguments alone; none without arguments', () => {
    expect(filterOf(itemEventFilter(carol, {}))).toBeNull();
    expect(filterOf(itemEventFilter(carol, { id: 'x', accessLevel: 'INDIVIDUAL' }))).toEqual({ id: { eq: 'x' }, accessLevel: { eq: 'INDIVIDUAL' } });
  });

  it('a team the caller is not in still admits the caller’s own items of that team', () => {
    expect(filterOf(itemEventFilter(dave, { teamId: 'eng' }))).toEqual({ ownerId: { eq: 'dave' }, accessLevel: { eq: 'TEAM' }, teamId: { eq: 'eng' } });
  });

  it('the API key and IAM read PUBLIC items only', () => {
    expect(filterOf(itemEventFilter(apiKey, {}))).toEqual({ accessLevel: { eq: 'PUBLIC' } });
    expect(filterOf(itemEventFilter(iam, { ownerId: 'alice' }))).toEqual({ accessLevel: { eq: 'PUBLIC' }, ownerId: { eq: 'alice' } });
  });
});

describe('itemEventFilter: refusals', () => {
  it('Unauthorized when the caller may read none of the items the arguments select', () => {
    for (const [caller, args] of [
      [apiKey, { teamId: 'eng' }],
      [apiKey, { accessLevel: 'TEAM' }],
      [alice, { ownerId: 'dave', accessLevel: 'INDIVIDUAL' }],
      [dave, { ownerId: 'alice', teamId: 'eng' }],
    ] as [Caller, ItemEventArguments][]) {
      expect(itemEventFilter(caller, args)).toEqual({ ok: false, problem: { errorType: 'Unauthorized', message: 'You may read none of the items these arguments select.' } });
    }
  });

  it('a developer key needs ITEMS_READ', () => {
    expect(itemEventFilter(developerKey('ITEMS_WRITE'), {})).toMatchObject({ ok: false, problem: { errorType: 'Unauthorized' } });
    expect(filterOf(itemEventFilter(developerKey('ITEMS_READ ITEMS_WRITE'), {}))).toEqual({ or: [{ accessLevel: { eq: 'PUBLIC' } }, { ownerId: { eq: 'alice' } }] });
  });

  it('a ValidationError for teamId with another access level than TEAM, and for strings AppSync refuses in filters', () => {
    expect(itemEventFilter(alice, { teamId: 'eng', accessLevel: 'PUBLIC' })).toMatchObject({ ok: false, problem: { errorType: 'ValidationError', field: 'teamId' } });
    expect(itemEventFilter(alice, { teamId: 'eng', accessLevel: 'TEAM' })).toMatchObject({ ok: true });
    expect(itemEventFilter(alice, { ownerId: 'x'.repeat(257) })).toMatchObject({ ok: false, problem: { errorType: 'ValidationError', field: 'ownerId' } });
  });

  it('teams go into `in` lists of five; past 10 filter groups the caller must narrow', () => {
    const teams = (count: number) => Array.from({ length: count }, (_, index) => `team-t${index}`);
    const eight = user('erin', teams(8));
    const filter = filterOf(itemEventFilter(eight, {}));
    expect(filter).toEqual({
      or: [
        { accessLevel: { eq: 'PUBLIC' } },
        { ownerId: { eq: 'erin' } },
        { accessLevel: { eq: 'TEAM' }, teamId: { in: ['t0', 't1', 't2', 't3', 't4'] } },
        { accessLevel: { eq: 'TEAM' }, teamId: { in: ['t5', 't6', 't7'] } },
      ],
    });
    expect(() => assertValidSubscriptionFilter(toSubscriptionFilter(filter))).not.toThrow();
    expect(delivers(eight, {}, { id: 'i', ownerId: 'x', accessLevel: 'TEAM', teamId: 't6' })).toBe(true);
    const nine = user('erin', teams(9));
    expect(itemEventFilter(nine, {})).toMatchObject({ ok: false, problem: { errorType: 'ValidationError', field: 'teamId' } });
    expect(itemEventFilter(nine, { teamId: 't8' })).toMatchObject({ ok: true });
    expect(itemEventFilter(nine, { ownerId: 'erin' })).toMatchObject({ ok: true });
  });
});

describe('patterns', () => {
  it('readablePatterns follows canRead’s rules', () => {
    expect(readablePatterns(carol)).toEqual([{}]);
    expect(readablePatterns(bob)).toEqual([{ accessLevel: 'PUBLIC' }, { ownerId: 'bob' }, { accessLevel: 'TEAM', teamIds: ['eng'] }]);
    expect(readablePatterns(apiKey)).toEqual([{ accessLevel: 'PUBLIC' }]);
  });

  it('narrowPattern drops what cannot meet the arguments', () => {
    expect(narrowPattern({ accessLevel: 'PUBLIC' }, { teamId: 'eng' })).toBeNull();
    expect(narrowPattern({ accessLevel: 'TEAM', teamIds: ['eng'] }, { teamId: 'ops' })).toBeNull();
    expect(narrowPattern({ ownerId: 'bob' }, { ownerId: 'alice' })).toBeNull();
    expect(narrowPattern({ ownerId: 'bob' }, { id: 'i', accessLevel: null })).toEqual({ ownerId: 'bob', id: 'i' });
  });

  it('covers and withoutCovered keep the most general patterns, once', () => {
    expect(covers({ accessLevel: 'TEAM', teamIds: ['eng', 'ops'] }, { accessLevel: 'TEAM', teamIds: ['eng'], ownerId: 'a' })).toBe(true);
    expect(covers({ accessLevel: 'TEAM', teamIds: ['eng'] }, { accessLevel: 'TEAM' })).toBe(false);
    expect(withoutCovered([{ ownerId: 'a' }, { ownerId: 'a' }, { ownerId: 'a', accessLevel: 'PUBLIC' }])).toEqual([{ ownerId: 'a' }]);
  });

  it('filterObjectOf: one pattern is the filter itself, several an `or`', () => {
    expect(filterObjectOf([{ ownerId: 'a' }])).toEqual({ ownerId: { eq: 'a' } });
    expect(filterObjectOf([{}])).toBeNull();
    expect(filterObjectOf([{ id: 'i' }, { accessLevel: 'TEAM', teamIds: ['x', 'y'] }])).toEqual({ or: [{ id: { eq: 'i' } }, { accessLevel: { eq: 'TEAM' }, teamId: { in: ['x', 'y'] } }] });
  });
});
