import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { Developer, MutationUpdateDeveloperProfileArgs } from '../generated/graphql';
import { NOT_REGISTERED, profileChangeProblem, toDeveloper, type DeveloperRecord } from './lib/developer-record';
import { developerKey } from './lib/keys';
import { notFound } from './lib/problems';
import { raise, raiseUnexpected } from './lib/raise';
import { check, requireSignedInUser } from './lib/request-context';

export const dataSource = 'data';

/** One UpdateItem of the fields given, on a profile that must exist. An empty organization removes it. */
export function request(ctx: Context<MutationUpdateDeveloperProfileArgs>) {
  const caller = requireSignedInUser(ctx);
  const { input } = ctx.args;
  check(profileChangeProblem(input));
  const organization = input.organization?.trim();
  return ddb.update({
    key: developerKey(caller.userId),
    update: {
      updatedAt: ddb.operations.replace(util.time.nowISO8601()),
      ...(input.name ? { name: ddb.operations.replace(input.name.trim()) } : {}),
      ...(input.email ? { email: ddb.operations.replace(input.email) } : {}),
      ...(organization === undefined ? {} : { organization: organization === '' ? ddb.operations.remove() : ddb.operations.replace(organization) }),
    },
    condition: { pk: { attributeExists: true } },
  });
}

export function response(ctx: Context<MutationUpdateDeveloperProfileArgs>): Developer {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') raise(notFound(NOT_REGISTERED));
    raiseUnexpected(ctx.error);
  }
  return toDeveloper(ctx.result as DeveloperRecord);
}
