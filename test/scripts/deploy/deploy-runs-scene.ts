import type { Recorded } from '../recorded-github';

export const REPO = '/repos/toyapi-dev/toyapi';
export const WORKFLOW = 98765432;
export const run = (number: number) => `300000000${number}`;

/**
 * The recorded scene (runs of the Deploy workflow, newest first): #43 on main is newer than us; #42 is the
 * current run; #41 on main is queued; #40 on main runs its checks; #39 on main is inside `cdk deploy` in
 * staging; #38 deploys a feature branch to dev (another route); #37 on main waits for prod's approval.
 */
export const SCENE: Record<string, Recorded> = {
  [`GET ${REPO}/actions/workflows/${WORKFLOW}/runs?status=queued&per_page=100`]: { status: 200, fixture: 'list-runs-queued.json' },
  [`GET ${REPO}/actions/workflows/${WORKFLOW}/runs?status=in_progress&per_page=100`]: { status: 200, fixture: 'list-runs-in_progress.json' },
  [`GET ${REPO}/actions/workflows/${WORKFLOW}/runs?status=waiting&per_page=100`]: { status: 200, fixture: 'list-runs-waiting.json' },
  [`GET ${REPO}/actions/workflows/${WORKFLOW}/runs?status=requested&per_page=100`]: { status: 200, fixture: 'list-runs-none.json' },
  [`GET ${REPO}/actions/workflows/${WORKFLOW}/runs?status=pending&per_page=100`]: { status: 200, fixture: 'list-runs-none.json' },
  [`GET ${REPO}/actions/runs/${run(41)}/jobs?filter=latest&per_page=100`]: { status: 200, fixture: 'list-jobs-41.json' },
  [`GET ${REPO}/actions/runs/${run(40)}/jobs?filter=latest&per_page=100`]: { status: 200, fixture: 'list-jobs-40.json' },
  [`GET ${REPO}/actions/runs/${run(39)}/jobs?filter=latest&per_page=100`]: { status: 200, fixture: 'list-jobs-39.json' },
  [`GET ${REPO}/actions/runs/${run(37)}/jobs?filter=latest&per_page=100`]: { status: 200, fixture: 'list-jobs-37.json' },
  [`POST ${REPO}/actions/runs/${run(41)}/cancel`]: { status: 202 },
  [`POST ${REPO}/actions/runs/${run(40)}/cancel`]: { status: 202 },
  [`POST ${REPO}/actions/runs/${run(37)}/cancel`]: { status: 202 },
  [`POST ${REPO}/statuses/${'b2c3'.repeat(10)}`]: { status: 201, fixture: 'create-status.json' },
  [`POST ${REPO}/statuses/${'a1b2'.repeat(10)}`]: { status: 201, fixture: 'create-status.json' },
  [`POST ${REPO}/statuses/${'7d8e'.repeat(10)}`]: { status: 201, fixture: 'create-status.json' },
  [`GET ${REPO}/commits/${'b2c3'.repeat(10)}/pulls`]: { status: 200, fixture: 'commit-pulls-b2c3.json' },
  [`GET ${REPO}/commits/${'a1b2'.repeat(10)}/pulls`]: { status: 200, fixture: 'commit-pulls-none.json' },
  [`GET ${REPO}/commits/${'7d8e'.repeat(10)}/pulls`]: { status: 200, fixture: 'commit-pulls-7d8e.json' },
  [`GET ${REPO}/issues/12/comments?per_page=100&page=1`]: { status: 200, fixture: 'issue-comments-12.json' },
  [`GET ${REPO}/issues/10/comments?per_page=100&page=1`]: { status: 200, fixture: 'issue-comments-10.json' },
  [`POST ${REPO}/issues/12/comments`]: { status: 201, fixture: 'create-comment.json' },
  [`PATCH ${REPO}/issues/comments/3500000003`]: { status: 200, fixture: 'update-comment.json' },
};
