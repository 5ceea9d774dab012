import type { Context } from '@aws-appsync/utils';
import type { Message } from '../generated/graphql';
import { currentCaller } from './lib/request-context';

export const dataSource = 'none';

export function request() {
  return { payload: null };
}

export function response(ctx: Context): Message {
  const caller = currentCaller(ctx);
  return { message: `Hello ${caller.username}, you are signed in.`, userId: caller.userId };
}
