import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GitHubHttp, GitHubRequest } from '../../scripts/github/http';

const FIXTURES = path.join(__dirname, 'fixtures/github');

/** A recorded answer: a fixture file under fixtures/github (a GitHub REST response body), or none. */
export interface Recorded {
  readonly status: number;
  readonly fixture?: string;
}

/**
 * A GitHub transport that answers from recorded responses, keyed by `METHOD path`, and keeps every request
 * it was sent. A request nobody recorded fails the test: the scripts must make exactly the calls expected.
 */
export function recordedGitHub(answers: Readonly<Record<string, Recorded>>): { http: GitHubHttp; requests: GitHubRequest[] } {
  const requests: GitHubRequest[] = [];
  const http: GitHubHttp = async (request) => {
    requests.push(request);
    const answer = answers[`${request.method} ${request.path}`];
    if (!answer) throw new Error(`no recorded response for ${request.method} ${request.path}`);
    const data = answer.fixture ? (JSON.parse(readFileSync(path.join(FIXTURES, answer.fixture), 'utf8')) as unknown) : null;
    return { status: answer.status, data };
  };
  return { http, requests };
}

export const readFixture = <T>(name: string): T => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
