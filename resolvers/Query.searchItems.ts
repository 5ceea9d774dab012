import { util, type Context } from '@aws-appsync/utils';
import type { ItemPage, QuerySearchItemsArgs } from '../generated/graphql';
import { toItem, type ItemRecord } from './lib/item-record';
import { queryRecords } from './lib/pages';
import { pageSize } from './lib/paging';
import { orRaise } from './lib/raise';
import { requireUserCaller } from './lib/request-context';
import { normalizeQuery, searchNextToken, searchQuery, searchSources, searchStart } from './lib/search';

export const dataSource = 'data';

/** One Query per page, over one of the caller's readable partitions at a time (lib/search.ts). */
export function request(ctx: Context<QuerySearchItemsArgs>) {
  const caller = requireUserCaller(ctx, 'ITEMS_READ');
  const query = orRaise(normalizeQuery(ctx.args.query));
  const limit = orRaise(pageSize(ctx.args.limit));
  const sources = searchSources(caller);
  const start = orRaise(searchStart(sources, ctx.args.nextToken));
  ctx.stash.sourceName = start.source.name;
  const page = searchQuery(start.source, query);
  return {
    operation: 'Query',
    index: start.source.index,
    query: { ...page.key, expressionValues: util.dynamodb.toMapValues(page.key.expressionValues) },
    filter: { ...page.filter, expressionValues: util.dynamodb.toMapValues(page.filter.expressionValues) },
    limit,
    nextToken: start.queryToken,
    scanIndexForward: false,
  };
}

export function response(ctx: Context<QuerySearchItemsArgs>): ItemPage {
  const page = queryRecords<ItemRecord>(ctx);
  const sources = searchSources(requireUserCaller(ctx, 'ITEMS_READ'));
  const current = sources.find((source) => source.name === ctx.stash.sourceName);
  return {
    items: page.items.map((record) => toItem(record)),
    nextToken: current === undefined ? null : searchNextToken(sources, current, page.nextToken),
  };
}
