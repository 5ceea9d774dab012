import type { AccessLevel, Item } from '../../generated/graphql';
import { ENTITY, itemKey, PUBLIC_SCOPE, teamScope, type TableKey } from './keys';

/** An item as stored: its fields plus the keys of the indexes it appears in (docs/data-model.md). */
export interface ItemRecord extends TableKey {
  readonly entityType: typeof ENTITY.item;
  readonly id: string;
  readonly message: string;
  /** The message lower-cased, for case-insensitive search. */
  readonly searchText: string;
  readonly accessLevel: AccessLevel;
  readonly teamId?: string;
  /** byScope partition: absent for INDIVIDUAL items, which no shared list shows. */
  readonly scope?: string;
  readonly ownerId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface ItemFields {
  readonly id: string;
  readonly message: string;
  readonly accessLevel: AccessLevel;
  readonly teamId: string | null;
  readonly ownerId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export function scopeOf(accessLevel: AccessLevel, teamId: string | null): string | null {
  if (accessLevel === 'PUBLIC') return PUBLIC_SCOPE;
  if (accessLevel === 'TEAM' && teamId !== null) return teamScope(teamId);
  return null;
}

export function toItemRecord(fields: ItemFields): ItemRecord {
  const scope = scopeOf(fields.accessLevel, fields.teamId);
  return {
    ...itemKey(fields.id),
    entityType: ENTITY.item,
    id: fields.id,
    message: fields.message,
    searchText: fields.message.toLowerCase(),
    accessLevel: fields.accessLevel,
    ownerId: fields.ownerId,
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt,
    version: fields.version,
    // Left out rather than null: an index refuses a null key attribute, and absence keeps the index sparse.
    ...(fields.teamId === null ? {} : { teamId: fields.teamId }),
    ...(scope === null ? {} : { scope }),
  };
}

/**
 * The GraphQL Item. Its deprecated `userId` is left to its own resolver (`resolvers/Item.userId.ts`, from
 * `ownerId`), so that AppSync counts its uses (docs/schema-evolution.md); the generated `Item` type still
 * lists the field, hence the cast.
 */
export function toItem(record: ItemRecord): Item {
  const item: Omit<Item, 'userId'> = {
    id: record.id,
    message: record.message,
    accessLevel: record.accessLevel,
    teamId: record.teamId ?? null,
    ownerId: record.ownerId,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
  };
  return item as Item;
}
