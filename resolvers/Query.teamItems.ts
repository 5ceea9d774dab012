import type { Context } from '@aws-appsync/utils';
import type { ItemPage, QueryTeamItemsArgs } from '../generated/graphql';
import { canListTeam } from './lib/access';
import { teamIdProblem } from './lib/item-input';
import { INDEX, teamScope } from './lib/keys';
import { itemPage } from './lib/pages';
import { newestFirstPage } from './lib/list-query';
import { unauthorized } from './lib/problems';
import { raise } from './lib/raise';
import { check, currentCaller } from './lib/request-context';

export const dataSource = 'data';

/** One Query of the byScope index on `TEAM#<teamId>`, newest first: members of the team and admins. */
export function request(ctx: Context<QueryTeamItemsArgs>) {
  const { teamId } = ctx.args;
  check(teamIdProblem(teamId));
  if (!canListTeam(currentCaller(ctx), teamId)) raise(unauthorized(`You are not a member of team '${teamId}'.`));
  return newestFirstPage({ index: INDEX.byScope, query: { scope: { eq: teamScope(teamId) } } }, ctx.args);
}

export function response(ctx: Context<QueryTeamItemsArgs>): ItemPage {
  return itemPage(ctx);
}
