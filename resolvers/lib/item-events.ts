import type { AccessLevel } from '../../generated/graphql';
import { hasScope, type Caller } from './caller';
import { failed, invalid, ok, unauthorized, type Outcome, type Problem } from './problems';

/**
 * Who receives which item event (docs/realtime.md). The item subscriptions set an enhanced filter built
 * here from the verified caller, never from its arguments alone: the filter admits exactly the items the
 * caller may read (as `canRead` in access.ts), and the arguments only narrow it. Every condition is a
 * positive test (`eq`, `in`) on a field of the published item, so an event whose mutation did not select
 * ownerId, accessLevel or teamId fails closed: it reaches nobody but admins.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
 */

/** The subscription fields of item events; they share one filter and one invalidation. */
export const ITEM_EVENT_FIELDS: string[] = ['onItemCreated', 'onItemUpdated', 'onItemDeleted'];

/**
 * AppSync's limits on a subscription filter: at most 10 filter groups, each value of an `in` counting as a
 * group of its own; at most 5 values in an `in`; strings of at most 256 characters.
 * https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html
 */
export const FILTER_LIMITS = { groups: 10, inValues: 5, stringLength: 256 } as const;

/** The arguments of the item subscriptions (onItemCreated has no id). All of them only narrow. */
export interface ItemEventArguments {
  readonly id?: string | null;
  readonly ownerId?: string | null;
  readonly teamId?: string | null;
  readonly accessLevel?: AccessLevel | null;
}

/** A set of items by their fields, every condition of which must hold: one filter group. */
export interface ItemPattern {
  readonly id?: string;
  readonly ownerId?: string;
  readonly accessLevel?: AccessLevel;
  /** The item's team is one of these. */
  readonly teamIds?: string[];
}

/** A filter object for `util.transform.toSubscriptionFilter`. */
export type ItemFilterObject = Record<string, unknown>;

/** The items a caller may read, as patterns any one of which admits an item. */
export function readablePatterns(caller: Caller): ItemPattern[] {
  if (caller.isAdmin) return [{}];
  const patterns: ItemPattern[] = [{ accessLevel: 'PUBLIC' }];
  if (caller.userId !== null) patterns.push({ ownerId: caller.userId });
  if (caller.teams.length > 0) patterns.push({ accessLevel: 'TEAM', teamIds: caller.teams });
  return patterns;
}

/** The pattern with the arguments' conditions added, or null when no item can meet both. */
export function narrowPattern(pattern: ItemPattern, args: ItemEventArguments): ItemPattern | null {
  let narrowed: ItemPattern = pattern;
  if (isGiven(args.id)) {
    if (narrowed.id !== undefined && narrowed.id !== args.id) return null;
    narrowed = { ...narrowed, id: args.id };
  }
  if (isGiven(args.ownerId)) {
    if (narrowed.ownerId !== undefined && narrowed.ownerId !== args.ownerId) return null;
    narrowed = { ...narrowed, ownerId: args.ownerId };
  }
  // Only TEAM items have a team, so a team narrows to TEAM items too.
  const accessLevel = isGiven(args.teamId) ? 'TEAM' : args.accessLevel;
  if (isGiven(accessLevel)) {
    if (narrowed.accessLevel !== undefined && narrowed.accessLevel !== accessLevel) return null;
    narrowed = { ...narrowed, accessLevel };
  }
  if (isGiven(args.teamId)) {
    if (narrowed.teamIds !== undefined && !narrowed.teamIds.includes(args.teamId)) return null;
    narrowed = { ...narrowed, teamIds: [args.teamId] };
  }
  return narrowed;
}

/** Whether every item `specific` admits is admitted by `general` too. */
export function covers(general: ItemPattern, specific: ItemPattern): boolean {
  const same = (a: string | undefined, b: string | undefined) => a === undefined || a === b;
  const teams = general.teamIds;
  return (
    same(general.id, specific.id) &&
    same(general.ownerId, specific.ownerId) &&
    same(general.accessLevel, specific.accessLevel) &&
    (teams === undefined || (specific.teamIds !== undefined && specific.teamIds.every((teamId) => teams.includes(teamId))))
  );
}

/** The patterns without those another one already admits (the first of equal ones stays): fewer filter groups. */
export function withoutCovered(patterns: ItemPattern[]): ItemPattern[] {
  return patterns.filter(
    (pattern, index) =>
      !patterns.some((other, otherIndex) => otherIndex !== index && covers(other, pattern) && (otherIndex < index || !covers(pattern, other))),
  );
}

/** Filter groups a pattern costs: each team of an `in` counts as a group. */
export function groupCount(pattern: ItemPattern): number {
  return pattern.teamIds === undefined ? 1 : pattern.teamIds.length;
}

/**
 * The filter object of the patterns (any one of them admits an item); teams go into `in` lists of at most
 * five. Null when the only pattern has no condition: an admin's unnarrowed subscription, which needs no filter.
 */
export function filterObjectOf(patterns: ItemPattern[]): ItemFilterObject | null {
  const alternatives: ItemFilterObject[] = [];
  patterns.forEach((pattern) => {
    const teamLists = pattern.teamIds === undefined ? [undefined] : chunks(pattern.teamIds, FILTER_LIMITS.inValues);
    teamLists.forEach((teamIds) => alternatives.push(conditionsOf(pattern, teamIds)));
  });
  if (alternatives.length === 1) return Object.keys(alternatives[0]).length === 0 ? null : alternatives[0];
  return { or: alternatives };
}

/**
 * The filter of an item subscription for this caller and these arguments: an object for
 * `util.transform.toSubscriptionFilter`, or null for no filter at all (an admin, unnarrowed). Fails with
 * Unauthorized when the caller may read none of the items the arguments select, and with a
 * ValidationError for arguments that contradict each other or a filter past AppSync's limits.
 */
export function itemEventFilter(caller: Caller, args: ItemEventArguments): Outcome<ItemFilterObject | null> {
  if (!hasScope(caller, 'ITEMS_READ')) return failed(unauthorized('This developer key lacks the ITEMS_READ scope.'));
  const problem = argumentsProblem(args);
  if (problem !== undefined) return failed(problem);
  const narrowed: ItemPattern[] = [];
  readablePatterns(caller).forEach((pattern) => {
    const result = narrowPattern(pattern, args);
    if (result !== null) narrowed.push(result);
  });
  const patterns = withoutCovered(narrowed);
  if (patterns.length === 0) return failed(unauthorized('You may read none of the items these arguments select.'));
  const groups = patterns.reduce((sum, pattern) => sum + groupCount(pattern), 0);
  if (groups > FILTER_LIMITS.groups) {
    return failed(
      invalid(
        'teamId',
        `You belong to ${caller.teams.length} teams, more than one subscription can cover (${FILTER_LIMITS.groups} filter groups): narrow it with teamId or accessLevel.`,
      ),
    );
  }
  return ok(filterObjectOf(patterns));
}

/** What revokeApiKey sends to every item subscription to end those made with the key. */
export function developerKeyRevocation(developerId: string, keyId: string): Record<string, string> {
  return { developerId, keyId };
}

/** The invalidation filter of a subscription made with a developer key: its revocation ends it. */
export function developerKeyInvalidationFilter(developerId: string, keyId: string): ItemFilterObject {
  return { developerId: { eq: developerId }, keyId: { eq: keyId } };
}

function argumentsProblem(args: ItemEventArguments): Problem | undefined {
  if (isGiven(args.teamId) && isGiven(args.accessLevel) && args.accessLevel !== 'TEAM') {
    return invalid('teamId', `Only TEAM items have a team: give teamId without accessLevel ${args.accessLevel}.`);
  }
  const fields: ('id' | 'ownerId' | 'teamId')[] = ['id', 'ownerId', 'teamId'];
  const tooLong = fields.find((field) => {
    const value = args[field];
    return isGiven(value) && value.length > FILTER_LIMITS.stringLength;
  });
  if (tooLong !== undefined) return invalid(tooLong, `${tooLong} must be at most ${FILTER_LIMITS.stringLength} characters.`);
  return undefined;
}

function conditionsOf(pattern: ItemPattern, teamIds: string[] | undefined): ItemFilterObject {
  const conditions: ItemFilterObject = {};
  if (pattern.id !== undefined) conditions.id = { eq: pattern.id };
  if (pattern.ownerId !== undefined) conditions.ownerId = { eq: pattern.ownerId };
  if (pattern.accessLevel !== undefined) conditions.accessLevel = { eq: pattern.accessLevel };
  if (teamIds !== undefined) conditions.teamId = teamIds.length === 1 ? { eq: teamIds[0] } : { in: teamIds };
  return conditions;
}

function chunks(values: string[], size: number): string[][] {
  const result: string[][] = [];
  values.forEach((value, index) => {
    if (index % size === 0) result.push([]);
    result[result.length - 1].push(value);
  });
  return result;
}

function isGiven<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}
