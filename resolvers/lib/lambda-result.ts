import type { Context } from '@aws-appsync/utils';
import type { LambdaAnswer } from './lambda-answer';
import type { Problem } from './problems';
import { raise, raiseUnexpected } from './raise';

/** The data of a ToyApi Lambda's answer, or the end of the handler with its problem. */
export function lambdaData<T>(ctx: Context): T {
  if (ctx.error) return raiseUnexpected(ctx.error);
  const answer = ctx.result as LambdaAnswer<T>;
  if (Object.hasOwn(answer, 'error')) return raise((answer as { error: Problem }).error);
  return (answer as { data: T }).data;
}
