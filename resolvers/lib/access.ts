import type { AccessLevel } from '../../generated/graphql';
import type { Caller } from './caller';

/** What authorization needs to know of an item. */
export interface ItemAccess {
  readonly ownerId: string;
  readonly accessLevel: AccessLevel;
  readonly teamId?: string | null;
}

/**
 * Owner and admins read everything; PUBLIC items are readable by every caller; TEAM items by the members of
 * their team. Whatever this refuses must answer as not found, so an item's existence never leaks.
 */
export function canRead(caller: Caller, item: ItemAccess): boolean {
  if (caller.isAdmin || (caller.userId !== null && caller.userId === item.ownerId)) return true;
  if (item.accessLevel === 'PUBLIC') return true;
  return item.accessLevel === 'TEAM' && isMemberOf(caller, item.teamId);
}

/** Owner and admins change everything; team admins change the TEAM items of their teams. */
export function canChange(caller: Caller, item: ItemAccess): boolean {
  if (caller.isAdmin || (caller.userId !== null && caller.userId === item.ownerId)) return true;
  return item.accessLevel === 'TEAM' && caller.isTeamAdmin && isMemberOf(caller, item.teamId);
}

export function isMemberOf(caller: Caller, teamId: string | null | undefined): boolean {
  return typeof teamId === 'string' && caller.teams.includes(teamId);
}

/** Admins read any team's items; everyone else only their own teams'. */
export function canListTeam(caller: Caller, teamId: string): boolean {
  return caller.isAdmin || isMemberOf(caller, teamId);
}

/** Sharing with a team takes membership of it (admins: any team), so nobody fills another team's list. */
export function canShareWith(caller: Caller, teamId: string): boolean {
  return caller.isAdmin || isMemberOf(caller, teamId);
}
