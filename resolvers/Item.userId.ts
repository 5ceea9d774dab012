import type { Context } from '@aws-appsync/utils';
import type { Item } from '../generated/graphql';

/**
 * The deprecated `userId`: the item's `ownerId` under its old name (docs/schema-evolution.md). A resolver
 * of its own rather than a copy in `toItem`, only so that AppSync counts its uses: its enhanced metrics
 * count resolver invocations, and the CDK app enables them for the resolvers of deprecated fields.
 */
export const dataSource = 'none';

export function request() {
  return { payload: null };
}

/** A field of Item always has its item as source, and an item always has an owner: never null. */
export function response(ctx: Context<Record<string, never>, Record<string, never>, undefined, Pick<Item, 'ownerId'>>): Item['userId'] {
  return ctx.source!.ownerId;
}
