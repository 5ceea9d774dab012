import { GitHubRepository, type WorkflowRun } from '../../../scripts/github/repository';
import { supersedeOlderRuns } from '../../../scripts/deploy/supersede';
import { readFixture, recordedGitHub } from '../recorded-github';
import { REPO, run, SCENE } from './deploy-runs-scene';

const current = readFixture<WorkflowRun>('get-run-42.json');

describe('supersedeOlderRuns', () => {
  it('cancels the older queued, running and waiting runs of its route, and spares a run inside cdk deploy', async () => {
    const { http } = recordedGitHub(SCENE);
    const result = await supersedeOlderRuns(new GitHubRepository(http, 'toyapi-dev/toyapi'), current);
    expect(result.route?.name).toBe('release');
    expect(result.cancelled.map((r) => r.run_number)).toEqual([41, 40, 37]);
    expect(result.spared.map(({ run, reason }) => [run.run_number, reason])).toEqual([
      [39, 'job "Deploy staging / Deploy" is deploying; cancelling it would leave CloudFormation running unwatched'],
    ]);
  });

  it('marks each cancelled commit with an error status naming the superseding commit', async () => {
    const { http, requests } = recordedGitHub(SCENE);
    await supersedeOlderRuns(new GitHubRepository(http, 'toyapi-dev/toyapi'), current);
    const statuses = requests.filter((r) => r.path.includes('/statuses/'));
    expect(statuses.map((r) => r.path.split('/').pop()!.slice(0, 4))).toEqual(['b2c3', 'a1b2', '7d8e']);
    expect(statuses[0].body).toEqual({
      state: 'error',
      context: 'deploy/release',
      description: 'Not deployed: superseded by c3d4c3d (run #42) on the release route.',
      target_url: 'https://github.com/toyapi-dev/toyapi/actions/runs/30000000042',
    });
  });

  it('comments on the pull requests of cancelled commits, updating its earlier comment rather than repeating it', async () => {
    const { http, requests } = recordedGitHub(SCENE);
    await supersedeOlderRuns(new GitHubRepository(http, 'toyapi-dev/toyapi'), current);
    const created = requests.find((r) => r.method === 'POST' && r.path.endsWith('/issues/12/comments'))!;
    expect((created.body as { body: string }).body).toBe(
      [
        '<!-- superseded-deploy-run:30000000041 -->',
        '**Deploy of `b2c3b2c` cancelled: superseded.** Run [#41](https://github.com/toyapi-dev/toyapi/actions/runs/30000000041) ' +
          'was cancelled before it deployed, because a newer commit took the **release** route (staging → prod): ' +
          '[`c3d4c3d`](https://github.com/toyapi-dev/toyapi/commit/c3d4c3d4c3d4c3d4c3d4c3d4c3d4c3d4c3d4c3d4) "Count items per team in itemStats (#14)", ' +
          'deploying in run [#42](https://github.com/toyapi-dev/toyapi/actions/runs/30000000042).',
        '',
        "If `b2c3b2c`'s changes are not part of `c3d4c3d`, deploy them again with a new push.",
      ].join('\n'),
    );
    const updated = requests.filter((r) => r.method === 'PATCH');
    expect(updated.map((r) => r.path)).toEqual([`${REPO}/issues/comments/3500000003`]);
    expect((updated[0].body as { body: string }).body).toContain('<!-- superseded-deploy-run:30000000037 -->\n**Deploy of `7d8e7d8` cancelled');
    expect(requests.filter((r) => r.method === 'POST' && r.path.includes('/issues/'))).toHaveLength(1);
  });

  it('never touches newer runs, its own run, or runs of another route', async () => {
    const { http, requests } = recordedGitHub(SCENE);
    await supersedeOlderRuns(new GitHubRepository(http, 'toyapi-dev/toyapi'), current);
    const touched = requests.filter((r) => r.method !== 'GET' || r.path.includes('/jobs')).map((r) => r.path);
    for (const number of [43, 42, 38]) expect(touched.some((p) => p.includes(`/runs/${run(number)}/`))).toBe(false);
  });

  it('leaves a run alone that finished between the listing and the cancel', async () => {
    const { http } = recordedGitHub({ ...SCENE, [`POST ${REPO}/actions/runs/${run(41)}/cancel`]: { status: 409, fixture: 'cancel-run-conflict.json' } });
    const result = await supersedeOlderRuns(new GitHubRepository(http, 'toyapi-dev/toyapi'), current);
    expect(result.cancelled.map((r) => r.run_number)).toEqual([40, 37]);
    expect(result.spared.map(({ run }) => run.run_number)).toEqual([41, 39]);
  });

  it('does nothing for a run that deploys nowhere', async () => {
    const { http, requests } = recordedGitHub({});
    const featurePush = { ...current, head_branch: 'feature/x', head_commit: { ...current.head_commit!, message: 'WIP' } };
    const result = await supersedeOlderRuns(new GitHubRepository(http, 'toyapi-dev/toyapi'), featurePush);
    expect(result).toEqual({ route: null, cancelled: [], spared: [] });
    expect(requests).toEqual([]);
  });

  it('reports GitHub API errors with the call that failed', async () => {
    const { http } = recordedGitHub({ ...SCENE, [`POST ${REPO}/actions/runs/${run(41)}/cancel`]: { status: 403, fixture: 'cancel-run-conflict.json' } });
    await expect(supersedeOlderRuns(new GitHubRepository(http, 'toyapi-dev/toyapi'), current)).rejects.toThrow(
      `GitHub API POST ${REPO}/actions/runs/${run(41)}/cancel answered 403: Cannot cancel a workflow run that is completed.`,
    );
  });
});
