import { fetchGitHubHttp, type GitHubHttp } from './http';
import { GitHubRepository } from './repository';

/** A variable a script needs from the workflow, missing. */
export class MissingEnvironmentError extends Error {
  override readonly name = 'MissingEnvironmentError';
  constructor(readonly variable: string) {
    super(`${variable} is not set: run this script from a GitHub Actions workflow, or set it.`);
  }
}

export function requireEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new MissingEnvironmentError(name);
  return value;
}

/** The repository a workflow runs for, reached with its GITHUB_TOKEN (or the transport given). */
export function repositoryFromEnv(env: NodeJS.ProcessEnv, http?: GitHubHttp): GitHubRepository {
  return new GitHubRepository(http ?? fetchGitHubHttp({ token: requireEnv(env, 'GITHUB_TOKEN'), apiUrl: env.GITHUB_API_URL }), requireEnv(env, 'GITHUB_REPOSITORY'));
}
