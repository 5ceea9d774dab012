import type { GitHubRepository, IssueComment } from './repository';

/**
 * Creates the pull request comment that carries `marker` (an HTML comment), or updates it when a comment
 * with that marker is there already, so re-runs refresh one comment instead of adding another.
 */
export async function upsertMarkedComment(
  repository: GitHubRepository,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<{ readonly action: 'created' | 'updated' | 'unchanged'; readonly comment: IssueComment }> {
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  const existing = (await repository.listIssueComments(issueNumber)).find((comment) => comment.body?.includes(marker));
  if (!existing) return { action: 'created', comment: await repository.createIssueComment(issueNumber, text) };
  if (existing.body === text) return { action: 'unchanged', comment: existing };
  return { action: 'updated', comment: await repository.updateIssueComment(existing.id, text) };
}
