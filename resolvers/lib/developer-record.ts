import type { Developer, RegisterDeveloperInput, UpdateDeveloperProfileInput } from '../../generated/graphql';
import { developerKey, ENTITY, type TableKey } from './keys';
import { invalid, type Problem } from './problems';
import { characterCount, hasControlCharacter } from './checks';

export const MAX_NAME_LENGTH = 100;

/** What operations that need a developer profile answer (NotFound) when there is none. */
export const NOT_REGISTERED = 'You are not registered as a developer: use registerDeveloper first.';

/** A developer profile as stored: one per user, in the developer's partition beside their keys. */
export interface DeveloperRecord extends TableKey {
  readonly entityType: typeof ENTITY.developer;
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly organization?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function shortTextProblem(field: string, value: string, allowEmpty: boolean): Problem | undefined {
  const length = characterCount(value.trim());
  if ((length === 0 && !allowEmpty) || length > MAX_NAME_LENGTH || hasControlCharacter(value)) {
    return invalid(field, `${field} must be ${allowEmpty ? 0 : 1} to ${MAX_NAME_LENGTH} characters, without control characters.`);
  }
  return undefined;
}

export function registrationProblem(input: RegisterDeveloperInput): Problem | undefined {
  return shortTextProblem('name', input.name, false) ?? (input.organization ? shortTextProblem('organization', input.organization, true) : undefined);
}

export function profileChangeProblem(input: UpdateDeveloperProfileInput): Problem | undefined {
  if (input.name !== undefined && input.name !== null) {
    const problem = shortTextProblem('name', input.name, false);
    if (problem) return problem;
  }
  if (input.organization !== undefined && input.organization !== null) return shortTextProblem('organization', input.organization, true);
  return undefined;
}

export function newDeveloperRecord(developerId: string, input: RegisterDeveloperInput, now: string): DeveloperRecord {
  const organization = input.organization?.trim();
  return {
    ...developerKey(developerId),
    entityType: ENTITY.developer,
    id: developerId,
    name: input.name.trim(),
    email: input.email,
    ...(organization ? { organization } : {}),
    createdAt: now,
    updatedAt: now,
  };
}

export function toDeveloper(record: DeveloperRecord): Developer {
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    organization: record.organization ?? null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
