import type { Context } from '@aws-appsync/utils';
import type { ItemPage } from '../../generated/graphql';
import { toItem, type ItemRecord } from './item-record';
import { BAD_TOKEN_ERROR_TYPE, INVALID_NEXT_TOKEN } from './paging';
import { raise, raiseUnexpected } from './raise';

/** The records of a Query's answer; a token the data source refused is the caller's ValidationError. */
export function queryRecords<T>(ctx: Context): { items: T[]; nextToken: string | null } {
  if (ctx.error) {
    if (ctx.error.type === BAD_TOKEN_ERROR_TYPE) return raise(INVALID_NEXT_TOKEN);
    return raiseUnexpected(ctx.error);
  }
  return { items: ctx.result.items as T[], nextToken: ctx.result.nextToken ?? null };
}

/** An item list's page from a Query's answer. */
export function itemPage(ctx: Context): ItemPage {
  const page = queryRecords<ItemRecord>(ctx);
  return { items: page.items.map((record) => toItem(record)), nextToken: page.nextToken };
}
