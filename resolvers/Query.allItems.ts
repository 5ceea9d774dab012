import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { ItemPage, QueryAllItemsArgs } from '../generated/graphql';
import { ENTITY, INDEX } from './lib/keys';
import { itemPage } from './lib/pages';
import { pageSize } from './lib/paging';
import { unauthorized } from './lib/problems';
import { orRaise, raise } from './lib/raise';
import { currentCaller } from './lib/request-context';

export const dataSource = 'data';

/**
 * Every item: one Query of the byType index on `ITEM`, newest first. One partition holds every item, which
 * suits a low-volume admin listing (docs/data-model.md). The schema lets only `admins` in; so does this.
 */
export function request(ctx: Context<QueryAllItemsArgs>) {
  if (!currentCaller(ctx).isAdmin) raise(unauthorized('Only admins may list every item.'));
  return ddb.query({
    index: INDEX.byType,
    query: { entityType: { eq: ENTITY.item } },
    limit: orRaise(pageSize(ctx.args.limit)),
    nextToken: ctx.args.nextToken,
    scanIndexForward: false,
  });
}

export function response(ctx: Context<QueryAllItemsArgs>): ItemPage {
  return itemPage(ctx);
}
