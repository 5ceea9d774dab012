import { plan } from '../../../scripts/deploy/plan';
import { actionsFiles } from '../../../scripts/github/actions-files';
import { recordedGitHub } from '../recorded-github';
import { REPO, run, SCENE } from './deploy-runs-scene';

const ENV = {
  GITHUB_TOKEN: 'ghs_test',
  GITHUB_REPOSITORY: 'toyapi-dev/toyapi',
  GITHUB_RUN_ID: run(42),
  GITHUB_OUTPUT: '/runner/output',
  GITHUB_STEP_SUMMARY: '/runner/summary',
};

function runPlan(env: NodeJS.ProcessEnv, answers = SCENE) {
  const { http, requests } = recordedGitHub({ ...answers, [`GET ${REPO}/actions/runs/${run(42)}`]: { status: 200, fixture: 'get-run-42.json' } });
  const appended: Record<string, string> = {};
  const files = actionsFiles({ env, append: (file, text) => (appended[file] = (appended[file] ?? '') + text) });
  const log: string[] = [];
  return plan({ env, http, files, log: (line) => log.push(line) }).then((result) => ({ result, appended, log, requests }));
}

describe('deploy plan', () => {
  it('reads its own run, supersedes older runs, and sets the route outputs and the job summary', async () => {
    const { appended, log } = await runPlan(ENV);
    expect(appended['/runner/output']).toBe('route=release\nenvironments=["staging","prod"]\n');
    expect(log[0]).toBe('Route **release** for `c3d4c3d`: staging → prod.');
    expect(appended['/runner/summary']).toContain(
      '- Cancelled superseded run [#41](https://github.com/toyapi-dev/toyapi/actions/runs/30000000041) of `b2c3b2c`.',
    );
    expect(appended['/runner/summary']).toContain('- Left run [#39](https://github.com/toyapi-dev/toyapi/actions/runs/30000000039) of `9f0a9f0` alone: job "Deploy staging / Deploy" is deploying');
  });

  it('says so when a push deploys nowhere, and touches no other run', async () => {
    const { http, requests } = recordedGitHub({ [`GET ${REPO}/actions/runs/${run(44)}`]: { status: 200, fixture: 'get-run-44-feature.json' } });
    const appended: string[] = [];
    const env = { ...ENV, GITHUB_RUN_ID: run(44) };
    await plan({ env, http, files: actionsFiles({ env, append: (_file, text) => appended.push(text) }), log: () => undefined });
    expect(appended).toEqual([
      'route=none\nenvironments=[]\n',
      'No deploy for `e5f6e5f` on `feature/search` (deploys come from main, or from "[deploy-dev]" in the commit message).\n',
    ]);
    expect(requests).toHaveLength(1);
  });

  it('refuses to run without the workflow variables it needs', async () => {
    await expect(runPlan({ ...ENV, GITHUB_RUN_ID: undefined })).rejects.toThrow('GITHUB_RUN_ID is not set');
  });
});
