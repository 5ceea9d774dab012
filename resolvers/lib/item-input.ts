import type { AccessLevel, CreateItemInput, UpdateItemInput } from '../../generated/graphql';
import { canShareWith, type ItemAccess } from './access';
import type { Caller } from './caller';
import { failed, invalid, ok, unauthorized, type Outcome, type Problem } from './problems';
import { characterCount, hasControlCharacter, isSimpleIdentifier, isWholeNumber } from './checks';

export const MAX_MESSAGE_LENGTH = 1000;
export const MAX_TEAM_ID_LENGTH = 64;

/** What an item's content resolves to once input and defaults are combined. */
export interface ItemContent {
  readonly message: string;
  readonly accessLevel: AccessLevel;
  readonly teamId: string | null;
}

/** The message as stored (trimmed), or why it cannot be. */
export function normalizeMessage(message: string): Outcome<string> {
  const trimmed = message.trim();
  const length = characterCount(trimmed);
  if (length === 0) return failed(invalid('message', 'message must not be empty.'));
  if (length > MAX_MESSAGE_LENGTH) return failed(invalid('message', `message must be at most ${MAX_MESSAGE_LENGTH} characters, not ${length}.`));
  if (hasControlCharacter(trimmed)) return failed(invalid('message', 'message must not contain control characters (line breaks and tabs included).'));
  return ok(trimmed);
}

export function teamIdProblem(teamId: string): Problem | undefined {
  if (teamId.length > MAX_TEAM_ID_LENGTH || !isSimpleIdentifier(teamId)) {
    return invalid('teamId', `teamId must be 1 to ${MAX_TEAM_ID_LENGTH} letters, digits, '-' or '_'.`);
  }
  return undefined;
}

/**
 * The level a request ends up with: the one given; else TEAM when a team is given; else what it was.
 * A team goes only with TEAM, and TEAM needs a team.
 */
function resolveAccess(
  caller: Caller,
  given: { accessLevel?: AccessLevel | null; teamId?: string | null },
  current: { accessLevel: AccessLevel; teamId: string | null },
): Outcome<{ accessLevel: AccessLevel; teamId: string | null }> {
  const givenTeam = given.teamId ?? null;
  if (givenTeam !== null) {
    const problem = teamIdProblem(givenTeam);
    if (problem) return failed(problem);
  }
  const accessLevel = given.accessLevel ?? (givenTeam !== null ? 'TEAM' : current.accessLevel);
  if (accessLevel !== 'TEAM') {
    if (givenTeam !== null) return failed(invalid('teamId', `teamId goes only with accessLevel TEAM, not ${accessLevel}.`));
    return ok({ accessLevel, teamId: null });
  }
  const teamId = givenTeam ?? current.teamId;
  if (teamId === null) return failed(invalid('teamId', 'accessLevel TEAM needs a teamId.'));
  if (teamId !== current.teamId && !canShareWith(caller, teamId)) {
    return failed(unauthorized(`You can share items only with your own teams, and you are not a member of team '${teamId}'.`));
  }
  return ok({ accessLevel, teamId });
}

/** A new item's content from createItem's input. */
export function newItemContent(caller: Caller, input: CreateItemInput): Outcome<ItemContent> {
  const message = normalizeMessage(input.message);
  if (!message.ok) return message;
  const access = resolveAccess(caller, input, { accessLevel: 'INDIVIDUAL', teamId: null });
  if (!access.ok) return access;
  return ok({ message: message.value, accessLevel: access.value.accessLevel, teamId: access.value.teamId });
}

export function expectedVersionProblem(expectedVersion: number): Problem | undefined {
  if (isWholeNumber(expectedVersion) && expectedVersion >= 1) return undefined;
  return invalid('expectedVersion', 'expectedVersion must be a whole number from 1.');
}

/** Problems updateItem's input has whatever the item is: checked before the item is read. */
export function updateInputProblem(input: UpdateItemInput): Problem | undefined {
  const versionProblem = expectedVersionProblem(input.expectedVersion);
  if (versionProblem) return versionProblem;
  if (input.message !== undefined && input.message !== null) {
    const message = normalizeMessage(input.message);
    if (!message.ok) return message.problem;
  }
  if (input.teamId !== undefined && input.teamId !== null) return teamIdProblem(input.teamId);
  return undefined;
}

/** An existing item's content after updateItem's input. */
export function changedItemContent(caller: Caller, current: ItemAccess & { message: string }, input: UpdateItemInput): Outcome<ItemContent> {
  const message = input.message === undefined || input.message === null ? ok(current.message) : normalizeMessage(input.message);
  if (!message.ok) return message;
  const access = resolveAccess(caller, input, { accessLevel: current.accessLevel, teamId: current.teamId ?? null });
  if (!access.ok) return access;
  return ok({ message: message.value, accessLevel: access.value.accessLevel, teamId: access.value.teamId });
}
