import { readFileSync } from 'node:fs';
import { actionsFiles, type ActionsFiles } from '../github/actions-files';
import { repositoryFromEnv, requireEnv } from '../github/environment';
import type { GitHubHttp } from '../github/http';
import { upsertMarkedComment } from '../github/marked-comment';
import { CHANGELOG_MARKER } from './changelog';

export interface PostChangelogDependencies {
  readonly env: NodeJS.ProcessEnv;
  /** The Markdown `npm run schema:check -- --markdown-file` wrote. */
  readonly changelog: string;
  readonly http?: GitHubHttp;
  readonly files?: ActionsFiles;
}

/**
 * Puts the schema changelog on the pull request (PR_NUMBER) as one comment that every later push updates,
 * and in the job summary.
 */
export async function postChangelog(deps: PostChangelogDependencies): Promise<'created' | 'updated' | 'unchanged'> {
  const files = deps.files ?? actionsFiles({ env: deps.env });
  files.appendSummary(deps.changelog);
  const pullNumber = Number(requireEnv(deps.env, 'PR_NUMBER'));
  const { action } = await upsertMarkedComment(repositoryFromEnv(deps.env, deps.http), pullNumber, CHANGELOG_MARKER, deps.changelog);
  return action;
}

if (require.main === module) {
  const [file] = process.argv.slice(2);
  postChangelog({ env: process.env, changelog: readFileSync(file, 'utf8') }).then(
    (action) => console.log(`schema changelog comment ${action}`),
    (error: Error) => {
      process.stderr.write(`post-changelog: ${error.message}\n`);
      process.exit(1);
    },
  );
}
