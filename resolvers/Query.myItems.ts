import type { Context } from '@aws-appsync/utils';
import type { ItemPage, QueryMyItemsArgs } from '../generated/graphql';
import { INDEX } from './lib/keys';
import { itemPage } from './lib/pages';
import { newestFirstPage } from './lib/list-query';
import { requireUserCaller } from './lib/request-context';

export const dataSource = 'data';

/** One Query of the byOwner index, newest first. */
export function request(ctx: Context<QueryMyItemsArgs>) {
  const caller = requireUserCaller(ctx, 'ITEMS_READ');
  return newestFirstPage({ index: INDEX.byOwner, query: { ownerId: { eq: caller.userId } } }, ctx.args);
}

export function response(ctx: Context<QueryMyItemsArgs>): ItemPage {
  return itemPage(ctx);
}
