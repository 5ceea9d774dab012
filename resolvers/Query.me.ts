import type { Context } from '@aws-appsync/utils';
import type { CurrentUser } from '../generated/graphql';
import { currentCaller } from './lib/request-context';

export const dataSource = 'none';

export function request() {
  return { payload: null };
}

/** Everything comes from the verified id token: nothing is stored about users. */
export function response(ctx: Context): CurrentUser {
  const caller = currentCaller(ctx);
  return { id: caller.userId as string, username: caller.username as string, groups: [...caller.groups], teams: [...caller.teams] };
}
