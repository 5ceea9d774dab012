import { canChange, canListTeam, canRead, canShareWith } from '../../../../resolvers/lib/access';
import { AUTH_TYPE, callerOf, type Caller } from '../../../../resolvers/lib/caller';
import type { ItemAccess } from '../../../../resolvers/lib/access';

const user = (sub: string, groups: string[]): Caller => callerOf(AUTH_TYPE.userPool, { sub, username: sub, groups, claims: {}, issuer: '', sourceIp: [], defaultAuthStrategy: 'ALLOW' });
const alice = user('alice', ['team-eng']);
const bob = user('bob', ['team-admins', 'team-eng']);
const carol = user('carol', ['admins']);
const dave = user('dave', ['team-ops']);
const developerKey = callerOf(AUTH_TYPE.lambda, { resolverContext: { developerId: 'alice', keyId: 'k', scopes: 'ITEMS_READ' } });
const apiKey = callerOf(AUTH_TYPE.apiKey, null);

const individual: ItemAccess = { ownerId: 'alice', accessLevel: 'INDIVIDUAL' };
const engTeam: ItemAccess = { ownerId: 'alice', accessLevel: 'TEAM', teamId: 'eng' };
const published: ItemAccess = { ownerId: 'dave', accessLevel: 'PUBLIC' };

describe('canRead', () => {
  it.each([
    ['alice (owner)', alice, individual, true],
    ['bob', bob, individual, false],
    ['carol (admin)', carol, individual, true],
    ['dave', dave, individual, false],
    ['the owner’s developer key', developerKey, individual, true],
    ['the API key', apiKey, individual, false],
    ['bob (eng)', bob, engTeam, true],
    ['dave (ops)', dave, engTeam, false],
    ['the API key', apiKey, engTeam, false],
    ['the API key', apiKey, published, true],
    ['alice', alice, published, true],
  ])('%s reading %#', (_who, caller, item, expected) => {
    expect(canRead(caller, item)).toBe(expected);
  });
});

describe('canChange', () => {
  it.each([
    ['the owner', alice, engTeam, true],
    ['an admin', carol, published, true],
    ['a team admin of the item’s team', bob, engTeam, true],
    ['a team admin, INDIVIDUAL item', bob, individual, false],
    ['a plain member of the team', user('erin', ['team-eng']), { ...engTeam, ownerId: 'bob' }, false],
    ['a team admin of another team', user('olga', ['team-admins', 'team-ops']), engTeam, false],
    ['anyone on a PUBLIC item', alice, published, false],
  ])('%s', (_who, caller, item, expected) => {
    expect(canChange(caller, item)).toBe(expected);
  });
});

describe('team lists and sharing', () => {
  it('members and admins only', () => {
    expect(canListTeam(alice, 'eng')).toBe(true);
    expect(canListTeam(dave, 'eng')).toBe(false);
    expect(canListTeam(carol, 'anything')).toBe(true);
    expect(canShareWith(alice, 'ops')).toBe(false);
    expect(canShareWith(carol, 'ops')).toBe(true);
  });
});
