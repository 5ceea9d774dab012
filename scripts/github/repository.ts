import { GitHubApiError, type GitHubHttp, type GitHubRequest } from './http';

/** The fields of a workflow run (GET /repos/{owner}/{repo}/actions/runs/{id}) the scripts read. */
export interface WorkflowRun {
  readonly id: number;
  readonly run_number: number;
  readonly workflow_id: number;
  readonly event: string;
  readonly status: string | null;
  readonly head_branch: string | null;
  readonly head_sha: string;
  readonly html_url: string;
  readonly created_at: string;
  readonly head_commit: { readonly id: string; readonly message: string } | null;
}

export interface WorkflowJob {
  readonly id: number;
  readonly name: string;
  readonly status: string;
  readonly steps?: readonly { readonly name: string; readonly status: string; readonly number: number }[];
}

export interface PullRequest {
  readonly number: number;
  readonly state: string;
  readonly html_url: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body?: string;
  readonly html_url: string;
}

export interface CommitStatus {
  readonly state: 'error' | 'failure' | 'pending' | 'success';
  readonly context: string;
  /** GitHub keeps at most 140 characters. */
  readonly description: string;
  readonly target_url?: string;
}

/** Run statuses of runs that have not finished: the ones a newer run can supersede. */
export const UNFINISHED_RUN_STATUSES = ['queued', 'in_progress', 'waiting', 'requested', 'pending'] as const;

const PAGE_SIZE = 100;

/** The GitHub REST calls the delivery scripts make, on one repository. */
export class GitHubRepository {
  constructor(
    private readonly http: GitHubHttp,
    /** `owner/name`, as in GITHUB_REPOSITORY. */
    readonly fullName: string,
  ) {}

  async getRun(runId: number): Promise<WorkflowRun> {
    return (await this.call({ method: 'GET', path: this.repoPath(`/actions/runs/${runId}`) })) as WorkflowRun;
  }

  /** Runs of one workflow that have not finished, newest first (the status filter takes one value a call). */
  async listUnfinishedRuns(workflowId: number): Promise<WorkflowRun[]> {
    const runs: WorkflowRun[] = [];
    for (const status of UNFINISHED_RUN_STATUSES) {
      const page = (await this.call({
        method: 'GET',
        path: this.repoPath(`/actions/workflows/${workflowId}/runs?status=${status}&per_page=${PAGE_SIZE}`),
      })) as { workflow_runs: WorkflowRun[] };
      runs.push(...page.workflow_runs);
    }
    const unique = new Map(runs.map((run) => [run.id, run]));
    return [...unique.values()].sort((a, b) => b.run_number - a.run_number);
  }

  async listJobs(runId: number): Promise<WorkflowJob[]> {
    const page = (await this.call({ method: 'GET', path: this.repoPath(`/actions/runs/${runId}/jobs?filter=latest&per_page=${PAGE_SIZE}`) })) as {
      jobs: WorkflowJob[];
    };
    return page.jobs;
  }

  async cancelRun(runId: number): Promise<void> {
    await this.call({ method: 'POST', path: this.repoPath(`/actions/runs/${runId}/cancel`) });
  }

  async createStatus(sha: string, status: CommitStatus): Promise<void> {
    await this.call({ method: 'POST', path: this.repoPath(`/statuses/${sha}`), body: { ...status, description: status.description.slice(0, 140) } });
  }

  /** Pull requests whose head or merge includes the commit. */
  async pullRequestsOf(sha: string): Promise<PullRequest[]> {
    return (await this.call({ method: 'GET', path: this.repoPath(`/commits/${sha}/pulls`) })) as PullRequest[];
  }

  async listIssueComments(issueNumber: number): Promise<IssueComment[]> {
    const comments: IssueComment[] = [];
    for (let page = 1; ; page += 1) {
      const batch = (await this.call({
        method: 'GET',
        path: this.repoPath(`/issues/${issueNumber}/comments?per_page=${PAGE_SIZE}&page=${page}`),
      })) as IssueComment[];
      comments.push(...batch);
      if (batch.length < PAGE_SIZE) return comments;
    }
  }

  async createIssueComment(issueNumber: number, body: string): Promise<IssueComment> {
    return (await this.call({ method: 'POST', path: this.repoPath(`/issues/${issueNumber}/comments`), body: { body } })) as IssueComment;
  }

  async updateIssueComment(commentId: number, body: string): Promise<IssueComment> {
    return (await this.call({ method: 'PATCH', path: this.repoPath(`/issues/comments/${commentId}`), body: { body } })) as IssueComment;
  }

  private repoPath(rest: string): string {
    return `/repos/${this.fullName}${rest}`;
  }

  private async call(request: GitHubRequest): Promise<unknown> {
    const response = await this.http(request);
    if (response.status < 200 || response.status > 299) {
      const message = (response.data as { message?: unknown } | null)?.message;
      throw new GitHubApiError(request, response.status, typeof message === 'string' ? message : JSON.stringify(response.data));
    }
    return response.data;
  }
}
