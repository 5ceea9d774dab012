import type { Context } from '@aws-appsync/utils';
import type { ItemPage, QueryPublicItemsArgs } from '../generated/graphql';
import { INDEX, PUBLIC_SCOPE } from './lib/keys';
import { itemPage } from './lib/pages';
import { newestFirstPage } from './lib/list-query';
import { raise } from './lib/raise';
import { currentCaller } from './lib/request-context';
import { hasScope } from './lib/caller';
import { unauthorized } from './lib/problems';

export const dataSource = 'data';

/** One Query of the byScope index on `PUBLIC`, newest first. */
export function request(ctx: Context<QueryPublicItemsArgs>) {
  if (!hasScope(currentCaller(ctx), 'ITEMS_READ')) raise(unauthorized('This developer key lacks the ITEMS_READ scope.'));
  return newestFirstPage({ index: INDEX.byScope, query: { scope: { eq: PUBLIC_SCOPE } } }, ctx.args);
}

export function response(ctx: Context<QueryPublicItemsArgs>): ItemPage {
  return itemPage(ctx);
}
