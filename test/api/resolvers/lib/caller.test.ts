import { AUTH_TYPE, callerOf, hasScope, parseScopes, teamsOf } from '../../../../resolvers/lib/caller';

const cognito = (groups: string[] | null) => ({ sub: 'user-1', username: 'alice', groups, claims: {}, issuer: 'iss', sourceIp: [], defaultAuthStrategy: 'ALLOW' });

const iamIdentity = {
  accountId: '000000000000',
  userArn: 'arn:aws:iam::000000000000:user/job',
  username: 'job',
  sourceIp: [],
  cognitoIdentityPoolId: '',
  cognitoIdentityId: '',
  cognitoIdentityAuthType: '',
  cognitoIdentityAuthProvider: '',
};

describe('callerOf', () => {
  it('a user pool caller: roles and teams from the verified groups only', () => {
    expect(callerOf(AUTH_TYPE.userPool, cognito(['team-admins', 'team-eng', 'team-ops']))).toEqual({
      kind: 'USER',
      userId: 'user-1',
      username: 'alice',
      groups: ['team-admins', 'team-eng', 'team-ops'],
      teams: ['eng', 'ops'],
      isAdmin: false,
      isTeamAdmin: true,
      scopes: null,
    });
    expect(callerOf(AUTH_TYPE.userPool, cognito(['admins'])).isAdmin).toBe(true);
  });

  it('a user in no group (groups null, as AppSync sends it) has no role and no team', () => {
    expect(callerOf(AUTH_TYPE.userPool, cognito(null))).toMatchObject({ groups: [], teams: [], isAdmin: false, isTeamAdmin: false });
  });

  it('a developer key acts as its developer, with no groups and its scopes', () => {
    const caller = callerOf(AUTH_TYPE.lambda, { resolverContext: { developerId: 'dev-1', keyId: 'k1', scopes: 'ITEMS_READ ITEMS_WRITE' } });
    expect(caller).toEqual({
      kind: 'DEVELOPER_KEY',
      userId: 'dev-1',
      username: null,
      groups: [],
      teams: [],
      isAdmin: false,
      isTeamAdmin: false,
      scopes: ['ITEMS_READ', 'ITEMS_WRITE'],
    });
  });

  it('the API key and IAM callers are nobody in particular', () => {
    expect(callerOf(AUTH_TYPE.apiKey, null)).toMatchObject({ kind: 'API_KEY', userId: null, isAdmin: false });
    expect(callerOf(AUTH_TYPE.iam, iamIdentity)).toMatchObject({ kind: 'IAM', userId: null });
  });

  it('claims in another mode never make a user: an IAM identity with a sub is still IAM', () => {
    expect(callerOf(AUTH_TYPE.iam, cognito(['admins']))).toMatchObject({ kind: 'IAM', isAdmin: false });
  });
});

describe('teamsOf', () => {
  it('team-admins is a role, not team "admins"; an empty team name is no team', () => {
    expect(teamsOf(['team-admins', 'team-', 'team-eng', 'admins', 'teams-x'])).toEqual(['eng']);
  });
});

describe('scopes', () => {
  it('unknown scope words are dropped', () => {
    expect(parseScopes('ITEMS_READ  ADMIN items_write')).toEqual(['ITEMS_READ']);
  });

  it('only a developer key is limited by scopes', () => {
    const user = callerOf(AUTH_TYPE.userPool, cognito([]));
    const readOnly = callerOf(AUTH_TYPE.lambda, { resolverContext: { developerId: 'd', keyId: 'k', scopes: 'ITEMS_READ' } });
    expect(hasScope(user, 'ITEMS_WRITE')).toBe(true);
    expect(hasScope(readOnly, 'ITEMS_READ')).toBe(true);
    expect(hasScope(readOnly, 'ITEMS_WRITE')).toBe(false);
  });
});
