import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { Developer } from '../generated/graphql';
import { toDeveloper, type DeveloperRecord } from './lib/developer-record';
import { developerKey } from './lib/keys';
import { raiseUnexpected } from './lib/raise';
import { requireUserCaller } from './lib/request-context';

export const dataSource = 'data';

/** The caller's profile; for a developer key, its developer's. Null when not registered. */
export function request(ctx: Context) {
  const caller = requireUserCaller(ctx, 'ITEMS_READ');
  return ddb.get({ key: developerKey(caller.userId), consistentRead: true });
}

export function response(ctx: Context): Developer | null {
  if (ctx.error) raiseUnexpected(ctx.error);
  return ctx.result ? toDeveloper(ctx.result as DeveloperRecord) : null;
}
