import { util, type Context } from '@aws-appsync/utils';
import type { ApiKeyScope } from '../../generated/graphql';
import { callerOf, hasScope, type Caller } from './caller';
import { unauthorized, type Problem } from './problems';
import { raise } from './raise';

/** The caller of the request in progress. */
export function currentCaller(ctx: Context): Caller {
  return callerOf(util.authType(), ctx.identity);
}

/** The physical name of the data table (transactions and batches name tables explicitly). */
export function dataTableName(ctx: Context): string {
  return ctx.env.TABLE_NAME;
}

/**
 * The caller, who must be a user or a developer key (the operations on "my" data), holding `scope` when it
 * is a developer key. Schema directives already keep other callers out; this keeps the code honest.
 */
export function requireUserCaller(ctx: Context, scope: ApiKeyScope): Caller & { userId: string } {
  const caller = currentCaller(ctx);
  if (caller.userId === null) return raise(unauthorized('This operation needs a signed-in user or a developer key.'));
  if (!hasScope(caller, scope)) return raise(unauthorized(`This developer key lacks the ${scope} scope.`));
  return caller as Caller & { userId: string };
}

/** Ends the handler with `problem` if there is one. */
export function check(problem: Problem | undefined): void {
  if (problem !== undefined) raise(problem);
}

/** The caller, who must be a signed-in user (operations the schema opens to user pool tokens only). */
export function requireSignedInUser(ctx: Context): Caller & { userId: string } {
  const caller = currentCaller(ctx);
  if (caller.kind !== 'USER') return raise(unauthorized('This operation needs a signed-in user.'));
  return caller as Caller & { userId: string };
}
