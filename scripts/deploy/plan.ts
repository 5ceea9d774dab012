import { actionsFiles, type ActionsFiles } from '../github/actions-files';
import { repositoryFromEnv, requireEnv } from '../github/environment';
import type { GitHubHttp } from '../github/http';
import { shortSha } from './supersede-messages';
import { supersedeOlderRuns, type SupersedeResult } from './supersede';

export interface PlanDependencies {
  readonly env: NodeJS.ProcessEnv;
  /** @default the real GitHub API with GITHUB_TOKEN */
  readonly http?: GitHubHttp;
  readonly files?: ActionsFiles;
  readonly log?: (line: string) => void;
}

/**
 * The first step of every deploy run, and again of every deploy job: find this run's route, then
 * supersede older runs on it. Step outputs: `route` (`dev`, `release` or `none`) and `environments`
 * (a JSON list).
 */
export async function plan(deps: PlanDependencies): Promise<SupersedeResult> {
  const log = deps.log ?? ((line: string) => console.log(line));
  const files = deps.files ?? actionsFiles({ env: deps.env });
  const repository = repositoryFromEnv(deps.env, deps.http);
  const current = await repository.getRun(Number(requireEnv(deps.env, 'GITHUB_RUN_ID')));
  const result = await supersedeOlderRuns(repository, current);
  const { route } = result;
  files.setOutputs({ route: route?.name ?? 'none', environments: JSON.stringify(route?.environments ?? []) });

  const lines = [
    route
      ? `Route **${route.name}** for \`${shortSha(current.head_sha)}\`: ${route.environments.join(' → ')}.`
      : `No deploy for \`${shortSha(current.head_sha)}\` on \`${current.head_branch}\` (deploys come from main, or from "[deploy-dev]" in the commit message).`,
    ...result.cancelled.map((run) => `- Cancelled superseded run [#${run.run_number}](${run.html_url}) of \`${shortSha(run.head_sha)}\`.`),
    ...result.spared.map(({ run, reason }) => `- Left run [#${run.run_number}](${run.html_url}) of \`${shortSha(run.head_sha)}\` alone: ${reason}.`),
  ];
  lines.forEach((line) => log(line));
  files.appendSummary(lines.join('\n'));
  return result;
}

if (require.main === module) {
  plan({ env: process.env }).catch((error: Error) => {
    process.stderr.write(`deploy plan: ${error.message}\n`);
    process.exit(1);
  });
}
