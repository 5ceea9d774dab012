import type { Context } from '@aws-appsync/utils';
import type { Message, QueryUserMessageArgs } from '../generated/graphql';
import { unauthorized } from './lib/problems';
import { raise } from './lib/raise';
import { currentCaller } from './lib/request-context';

export const dataSource = 'none';

/** Only the user themself or an admin may read a user's message. */
export function request(ctx: Context<QueryUserMessageArgs>) {
  const caller = currentCaller(ctx);
  if (caller.userId !== ctx.args.userId && !caller.isAdmin) raise(unauthorized('Only the user themself or an admin may read this message.'));
  return { payload: null };
}

export function response(ctx: Context<QueryUserMessageArgs>): Message {
  const caller = currentCaller(ctx);
  const words = caller.userId === ctx.args.userId ? `Hello ${caller.username}, this message is for you alone.` : `A message for user ${ctx.args.userId}, shown to admin ${caller.username}.`;
  return { message: words, userId: ctx.args.userId };
}
