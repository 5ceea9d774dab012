import { util, type Context } from '@aws-appsync/utils';
import type { ApiKeyPage, QueryApiKeysArgs } from '../generated/graphql';
import { toApiKey, type ApiKeyRecord } from './lib/api-key-record';
import { API_KEY_SORT_PREFIX, developerKey } from './lib/keys';
import { queryRecords } from './lib/pages';
import { newestFirstPage } from './lib/list-query';
import { requireSignedInUser } from './lib/request-context';

export const dataSource = 'data';

/** One Query of the developer's partition for sort keys `APIKEY#…`, newest first (key ids are ULIDs). */
export function request(ctx: Context<QueryApiKeysArgs>) {
  const caller = requireSignedInUser(ctx);
  return newestFirstPage({ query: { pk: { eq: developerKey(caller.userId).pk }, sk: { beginsWith: API_KEY_SORT_PREFIX } } }, ctx.args);
}

export function response(ctx: Context<QueryApiKeysArgs>): ApiKeyPage {
  const page = queryRecords<ApiKeyRecord>(ctx);
  const now = util.time.nowEpochSeconds();
  return { items: page.items.map((record) => toApiKey(record, now)), nextToken: page.nextToken };
}
