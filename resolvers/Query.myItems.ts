import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { ItemPage, QueryMyItemsArgs } from '../generated/graphql';
import { INDEX } from './lib/keys';
import { itemPage } from './lib/pages';
import { pageSize } from './lib/paging';
import { orRaise } from './lib/raise';
import { requireUserCaller } from './lib/request-context';

export const dataSource = 'data';

/** One Query of the byOwner index, newest first. */
export function request(ctx: Context<QueryMyItemsArgs>) {
  const caller = requireUserCaller(ctx, 'ITEMS_READ');
  return ddb.query({
    index: INDEX.byOwner,
    query: { ownerId: { eq: caller.userId } },
    limit: orRaise(pageSize(ctx.args.limit)),
    nextToken: ctx.args.nextToken,
    scanIndexForward: false,
  });
}

export function response(ctx: Context<QueryMyItemsArgs>): ItemPage {
  return itemPage(ctx);
}
