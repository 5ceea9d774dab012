import type { Context } from '@aws-appsync/utils';
import type { ItemPage, QueryAllItemsArgs } from '../generated/graphql';
import { ENTITY, INDEX } from './lib/keys';
import { itemPage } from './lib/pages';
import { newestFirstPage } from './lib/list-query';
import { unauthorized } from './lib/problems';
import { raise } from './lib/raise';
import { currentCaller } from './lib/request-context';

export const dataSource = 'data';

/**
 * Every item: one Query of the byType index on `ITEM`, newest first. One partition holds every item, which
 * suits a low-volume admin listing (docs/data-model.md). The schema lets only `admins` in; so does this.
 */
export function request(ctx: Context<QueryAllItemsArgs>) {
  if (!currentCaller(ctx).isAdmin) raise(unauthorized('Only admins may list every item.'));
  return newestFirstPage({ index: INDEX.byType, query: { entityType: { eq: ENTITY.item } } }, ctx.args);
}

export function response(ctx: Context<QueryAllItemsArgs>): ItemPage {
  return itemPage(ctx);
}
