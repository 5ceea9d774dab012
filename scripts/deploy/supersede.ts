import { upsertMarkedComment } from '../github/marked-comment';
import { GitHubApiError } from '../github/http';
import type { GitHubRepository, WorkflowRun } from '../github/repository';
import { selectRoute, type Route } from './route';
import { supersededComment, supersededStatus, supersededMarker } from './supersede-messages';

/**
 * The name of the workflow step that runs `cdk deploy`. A run inside it is never cancelled: CloudFormation
 * would carry on without the run, and the environment would be left without its post-deploy tests.
 */
export const DEPLOY_STEP_NAME = 'cdk deploy';

export interface SupersedeResult {
  readonly route: Route | null;
  readonly cancelled: readonly WorkflowRun[];
  /** Older runs of the route left alone, with why. */
  readonly spared: readonly { readonly run: WorkflowRun; readonly reason: string }[];
}

/** The route a pushed run deploys on, from its branch and head commit message. */
export function routeOfRun(run: WorkflowRun): Route | null {
  if (run.event !== 'push') return null;
  return selectRoute({ branch: run.head_branch, commitMessage: run.head_commit?.message ?? '' });
}

/**
 * Smart cancellation: cancels every older, unfinished run of the same workflow on the same route as
 * `current` (queued, running, or waiting for an approval), then marks each cancelled commit with an
 * error status and comments on its pull requests, naming the commit that superseded it. Idempotent:
 * calling it again (as every deploy job does before deploying) cancels what appeared since and
 * updates, rather than repeats, its comments.
 */
export async function supersedeOlderRuns(repository: GitHubRepository, current: WorkflowRun): Promise<SupersedeResult> {
  const route = routeOfRun(current);
  if (!route) return { route, cancelled: [], spared: [] };
  const older = (await repository.listUnfinishedRuns(current.workflow_id)).filter(
    (run) => run.run_number < current.run_number && routeOfRun(run)?.name === route.name,
  );
  const cancelled: WorkflowRun[] = [];
  const spared: { run: WorkflowRun; reason: string }[] = [];
  for (const run of older) {
    const deploying = (await repository.listJobs(run.id)).find(
      (job) => job.status === 'in_progress' && job.steps?.some((step) => step.name === DEPLOY_STEP_NAME && step.status === 'in_progress'),
    );
    if (deploying) {
      spared.push({ run, reason: `job "${deploying.name}" is deploying; cancelling it would leave CloudFormation running unwatched` });
      continue;
    }
    try {
      await repository.cancelRun(run.id);
    } catch (error) {
      // 409: the run finished between the listing and the cancel.
      if (!(error instanceof GitHubApiError && error.status === 409)) throw error;
      spared.push({ run, reason: 'it finished before it could be cancelled' });
      continue;
    }
    cancelled.push(run);
    await repository.createStatus(run.head_sha, supersededStatus(run, current, route));
    for (const pull of await repository.pullRequestsOf(run.head_sha)) {
      await upsertMarkedComment(repository, pull.number, supersededMarker(run), supersededComment(run, current, route));
    }
  }
  return { route, cancelled, spared };
}
