import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { Developer, MutationRegisterDeveloperArgs } from '../generated/graphql';
import { newDeveloperRecord, registrationProblem, toDeveloper, type DeveloperRecord } from './lib/developer-record';
import { conflict } from './lib/problems';
import { raise, raiseUnexpected } from './lib/raise';
import { check, requireSignedInUser } from './lib/request-context';

export const dataSource = 'data';

/** One PutItem that must not find a profile: registering twice is a Conflict. */
export function request(ctx: Context<MutationRegisterDeveloperArgs>) {
  const caller = requireSignedInUser(ctx);
  check(registrationProblem(ctx.args.input));
  const { pk, sk, ...attributes } = newDeveloperRecord(caller.userId, ctx.args.input, util.time.nowISO8601());
  return ddb.put<DeveloperRecord>({ key: { pk, sk }, item: attributes, condition: { pk: { attributeExists: false } } });
}

export function response(ctx: Context<MutationRegisterDeveloperArgs>): Developer {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') raise(conflict('You are registered as a developer already: use updateDeveloperProfile.'));
    raiseUnexpected(ctx.error);
  }
  return toDeveloper(ctx.result as DeveloperRecord);
}
