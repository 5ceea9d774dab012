import type { Identity } from '@aws-appsync/utils';
import type { ApiKeyScope } from '../../generated/graphql';

/** The groups that carry roles (docs/data-model.md, "Roles"). */
export const ADMINS_GROUP = 'admins';
export const TEAM_ADMINS_GROUP = 'team-admins';
/** A group `team-<teamId>` makes its members members of team `teamId`. */
export const TEAM_GROUP_PREFIX = 'team-';

/** The `util.authType()` strings AppSync documents. */
export const AUTH_TYPE = {
  userPool: 'User Pool Authorization',
  lambda: 'Lambda Authorization',
  apiKey: 'API Key Authorization',
  iam: 'IAM Authorization',
} as const;

/** The resolverContext the developer-key authorizer returns (flat strings, as AppSync requires). */
export interface DeveloperKeyContext {
  readonly developerId: string;
  readonly keyId: string;
  /** Space-separated ApiKeyScope values. */
  readonly scopes: string;
}

/**
 * Who is calling, reduced to what authorization needs. Roles come only from the verified
 * `cognito:groups` claim; a developer key acts as its developer with no groups, limited by its scopes.
 */
export interface Caller {
  readonly kind: 'USER' | 'DEVELOPER_KEY' | 'API_KEY' | 'IAM';
  /** The Cognito `sub` of the user (or the key's developer); null for the API key and IAM. */
  readonly userId: string | null;
  readonly username: string | null;
  readonly groups: string[];
  readonly teams: string[];
  readonly isAdmin: boolean;
  /** Admin of the teams in `teams`. */
  readonly isTeamAdmin: boolean;
  /** What a developer key may do; null for every other caller (no scope limits). */
  readonly scopes: ApiKeyScope[] | null;
}

/** The teams a list of groups makes someone a member of. `team-admins` is a role, not team `admins`. */
export function teamsOf(groups: string[]): string[] {
  return groups
    .filter((group) => group.startsWith(TEAM_GROUP_PREFIX) && group.length > TEAM_GROUP_PREFIX.length && group !== TEAM_ADMINS_GROUP)
    .map((group) => group.slice(TEAM_GROUP_PREFIX.length));
}

/** The caller of a request, from `util.authType()` and `ctx.identity`. */
export function callerOf(authType: string, identity: Identity): Caller {
  const anonymous = { userId: null, username: null, groups: [], teams: [], isAdmin: false, isTeamAdmin: false, scopes: null };
  if (authType === AUTH_TYPE.userPool && identity && Object.hasOwn(identity, 'sub')) {
    const user = identity as { sub: string; username: string; groups?: string[] | null };
    const groups = user.groups ?? [];
    return {
      kind: 'USER',
      userId: user.sub,
      username: user.username,
      groups,
      teams: teamsOf(groups),
      isAdmin: groups.includes(ADMINS_GROUP),
      isTeamAdmin: groups.includes(TEAM_ADMINS_GROUP),
      scopes: null,
    };
  }
  if (authType === AUTH_TYPE.lambda && identity && Object.hasOwn(identity, 'resolverContext')) {
    const context = (identity as { resolverContext: DeveloperKeyContext }).resolverContext;
    return { ...anonymous, kind: 'DEVELOPER_KEY', userId: context.developerId, scopes: parseScopes(context.scopes) };
  }
  return { ...anonymous, kind: authType === AUTH_TYPE.iam ? 'IAM' : 'API_KEY' };
}

export function formatScopes(scopes: ApiKeyScope[]): string {
  return scopes.join(' ');
}

export function parseScopes(text: string): ApiKeyScope[] {
  return text
    .split(' ')
    .filter((scope) => scope === 'ITEMS_READ' || scope === 'ITEMS_WRITE')
    .map((scope) => scope as ApiKeyScope);
}

/** Whether the caller may use an operation needing `scope`: everyone but a developer key lacking it. */
export function hasScope(caller: Caller, scope: ApiKeyScope): boolean {
  return caller.scopes === null || caller.scopes.includes(scope);
}
