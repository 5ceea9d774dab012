import { util, type Context } from '@aws-appsync/utils';
import type { ItemStats } from '../generated/graphql';
import { GLOBAL_STATS_KEY, ownerStatsKey, teamStatsKey } from './lib/keys';
import { raiseUnexpected } from './lib/raise';
import { dataTableName, requireUserCaller } from './lib/request-context';
import { itemCounts } from './lib/stats';

export const dataSource = 'data';

/** A transaction reads at most 100 items: the own counters, the global ones, and up to 98 teams. */
const MAX_TEAMS = 98;

/** One consistent read of the caller's counters: own, each of their teams, and global for admins. */
export function request(ctx: Context) {
  const caller = requireUserCaller(ctx, 'ITEMS_READ');
  const teams = [...caller.teams].sort().slice(0, MAX_TEAMS);
  ctx.stash.teams = teams;
  const keys = [ownerStatsKey(caller.userId), ...teams.map((team) => teamStatsKey(team)), ...(caller.isAdmin ? [GLOBAL_STATS_KEY] : [])];
  const table = dataTableName(ctx);
  return {
    operation: 'TransactGetItems',
    transactItems: keys.map((key) => ({ table, key: util.dynamodb.toMapValues({ pk: key.pk, sk: key.sk }) })),
  };
}

export function response(ctx: Context): ItemStats {
  if (ctx.error) raiseUnexpected(ctx.error);
  const records = ctx.result.items as (Record<string, number> | null)[];
  const teams = ctx.stash.teams as string[];
  const isAdmin = requireUserCaller(ctx, 'ITEMS_READ').isAdmin;
  return {
    own: itemCounts(records[0]),
    teams: teams.map((teamId, index) => ({ teamId, count: itemCounts(records[index + 1]).team })),
    global: isAdmin ? itemCounts(records[teams.length + 1]) : null,
  };
}
