/** One GitHub REST API call, as the scripts make them: a method, a path below the API root, a JSON body. */
export interface GitHubRequest {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Path and query, e.g. `/repos/o/r/actions/runs/1/jobs?per_page=100`. */
  readonly path: string;
  readonly body?: unknown;
}

export interface GitHubResponse {
  readonly status: number;
  readonly data: unknown;
}

/** The transport the scripts are given: the real API in workflows, recorded responses in tests. */
export type GitHubHttp = (request: GitHubRequest) => Promise<GitHubResponse>;

/** A GitHub API answer outside 2xx. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    readonly request: GitHubRequest,
    readonly status: number,
    detail: string,
  ) {
    super(`GitHub API ${request.method} ${request.path} answered ${status}: ${detail}`);
  }
}

export interface FetchGitHubOptions {
  /** The workflow's GITHUB_TOKEN. */
  readonly token: string;
  /** @default process.env.GITHUB_API_URL ?? 'https://api.github.com' (GitHub Enterprise sets it) */
  readonly apiUrl?: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
}

/** The real transport: fetch with the token and the REST API's media type and version headers. */
export function fetchGitHubHttp(options: FetchGitHubOptions): GitHubHttp {
  const apiUrl = options.apiUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const fetch = options.fetch ?? globalThis.fetch;
  return async (request) => {
    const response = await fetch(`${apiUrl}${request.path}`, {
      method: request.method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${options.token}`,
        'x-github-api-version': '2022-11-28',
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const text = await response.text();
    return { status: response.status, data: text ? (JSON.parse(text) as unknown) : null };
  };
}
