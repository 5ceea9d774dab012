import type { CommitStatus, WorkflowRun } from '../github/repository';
import type { Route } from './route';

/** The commit status context a route's deploys report under. */
export const statusContext = (route: Route) => `deploy/${route.name}`;

/** Marks the one comment about one superseded run, so a re-run updates it instead of adding another. */
export const supersededMarker = (run: WorkflowRun) => `<!-- superseded-deploy-run:${run.id} -->`;

export const shortSha = (sha: string) => sha.slice(0, 7);

/** The status left on the superseded commit: it was not deployed, and which commit was instead. */
export function supersededStatus(superseded: WorkflowRun, superseding: WorkflowRun, route: Route): CommitStatus {
  return {
    state: 'error',
    context: statusContext(route),
    description: `Not deployed: superseded by ${shortSha(superseding.head_sha)} (run #${superseding.run_number}) on the ${route.name} route.`,
    target_url: superseding.html_url,
  };
}

/** The pull request comment naming the commit that superseded this one. */
export function supersededComment(superseded: WorkflowRun, superseding: WorkflowRun, route: Route): string {
  const commitUrl = `${new URL(superseding.html_url).origin}/${repositoryOf(superseding)}/commit/${superseding.head_sha}`;
  const subject = superseding.head_commit?.message.split('\n')[0] ?? '';
  return [
    supersededMarker(superseded),
    `**Deploy of \`${shortSha(superseded.head_sha)}\` cancelled: superseded.** Run [#${superseded.run_number}](${superseded.html_url}) ` +
      `was cancelled before it deployed, because a newer commit took the **${route.name}** route ` +
      `(${route.environments.join(' → ')}): [\`${shortSha(superseding.head_sha)}\`](${commitUrl})${subject ? ` "${subject}"` : ''}, ` +
      `deploying in run [#${superseding.run_number}](${superseding.html_url}).`,
    '',
    `If \`${shortSha(superseded.head_sha)}\`'s changes are not part of \`${shortSha(superseding.head_sha)}\`, deploy them again with a new push.`,
  ].join('\n');
}

/** `owner/name` from a run's html_url (https://github.com/owner/name/actions/runs/1). */
function repositoryOf(run: WorkflowRun): string {
  return new URL(run.html_url).pathname.split('/').slice(1, 3).join('/');
}
