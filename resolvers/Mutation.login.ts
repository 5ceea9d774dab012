import type { Context } from '@aws-appsync/utils';
import type { LoginResult, MutationLoginArgs } from '../generated/graphql';
import { lambdaData } from './lib/lambda-result';

/** The `login` Lambda (lambdas/login.ts) signs in with Cognito's USER_PASSWORD_AUTH flow. */
export const dataSource = 'login';

export function request(ctx: Context<MutationLoginArgs>) {
  return { operation: 'Invoke', payload: { username: ctx.args.username, password: ctx.args.password } };
}

export function response(ctx: Context<MutationLoginArgs>): LoginResult {
  return lambdaData<LoginResult>(ctx);
}
