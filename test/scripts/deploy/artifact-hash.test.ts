import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App, Duration, Stack, Stage, aws_logs as logs, aws_sqs as sqs } from 'aws-cdk-lib';
import { NoStacksSelectedError, canonicalJson, selectStacks, templatesHash } from '../../../scripts/deploy/artifact-hash';
import { compareArtifacts, main } from '../../../scripts/deploy/compare-artifacts';
import { AmbiguousRegionError, main as environmentStacks } from '../../../scripts/deploy/environment-stacks';
import { actionsFiles } from '../../../scripts/github/actions-files';
import type { CommandRunner } from '../../../scripts/deploy/aws-cli';
import { awsCliTemplateReader, parseTemplateBody } from '../../../scripts/deploy/deployed-templates';

const FIXTURES = path.join(__dirname, '../fixtures/aws');

/** Synthesizes a small real app: staging and prod stacks at the top, dev stacks in a Stage. */
function synthesize(options: { retentionDays?: number } = {}): string {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'assembly-'));
  directories.push(outdir);
  // The built-in template validation is slow and beside the point here.
  const app = new App({ outdir, builtinCloudFormationValidation: false });
  for (const env of ['staging', 'prod']) {
    const region = { env: { region: 'eu-west-1' } };
    const api = new Stack(app, `toyapi-${env}-api`, region);
    new logs.LogGroup(api, 'ApiLogs', { retention: options.retentionDays === 7 ? logs.RetentionDays.ONE_WEEK : logs.RetentionDays.ONE_MONTH });
    const data = new Stack(app, `toyapi-${env}-data`, env === 'prod' ? { env: { region: 'eu-central-1' } } : region);
    new sqs.Queue(data, 'Events', { retentionPeriod: Duration.days(4) });
  }
  const dev = new Stage(app, 'dev');
  new Stack(dev, 'Api', { stackName: 'toyapi-dev-api' }).templateOptions.description = 'dev api';
  app.synth();
  return outdir;
}
const directories: string[] = [];
afterAll(() => directories.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** What `aws cloudformation get-template --output json` prints for a deployed template: other key order, indented. */
function cliOutputFor(template: unknown): string {
  const reversed = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse().map(([k, v]) => [k, reversed(v)]))
      : Array.isArray(value) ? value.map(reversed) : value;
  return JSON.stringify(reversed(template), null, 4);
}

describe('artifact hashing', () => {
  const assembly = synthesize();
  const deployedAs = (dir: string) => {
    const templates = new Map(selectStacks(dir, '*').map((s) => [s.stackName, s.template]));
    return async (stackName: string) => (templates.has(stackName) ? parseTemplateBody(cliOutputFor(templates.get(stackName))) : undefined);
  };

  it("selects an environment's stacks by stack name or by hierarchical id", () => {
    expect(selectStacks(assembly, 'toyapi-staging-*').map((s) => s.hierarchicalId)).toEqual(['toyapi-staging-api', 'toyapi-staging-data']);
    expect(selectStacks(assembly, 'dev/*').map((s) => [s.hierarchicalId, s.stackName])).toEqual([['dev/Api', 'toyapi-dev-api']]);
    expect(selectStacks(assembly, 'toyapi-dev-*').map((s) => s.hierarchicalId)).toEqual(['dev/Api']);
    expect(() => selectStacks(assembly, 'toyapi-qa-*')).toThrow(NoStacksSelectedError);
  });

  it('hashes the same templates the same, whatever their key order and layout', () => {
    const stacks = selectStacks(assembly, 'toyapi-staging-*');
    const refetched = stacks.map((s) => ({ stackName: s.stackName, template: JSON.parse(cliOutputFor(s.template)) as unknown }));
    expect(canonicalJson(refetched[0].template)).toBe(canonicalJson(stacks[0].template));
    expect(templatesHash([...refetched].reverse())).toBe(templatesHash(stacks));
    expect(templatesHash(stacks)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports unchanged when CloudFormation holds the very templates just built', async () => {
    const comparison = await compareArtifacts(assembly, 'toyapi-staging-*', deployedAs(synthesize()));
    expect(comparison.changed).toBe(false);
    expect(comparison.deployedHash).toBe(comparison.builtHash);
  });

  it('reports changed when one property of one stack differs, or a stack is not deployed yet', async () => {
    const changed = await compareArtifacts(assembly, 'toyapi-staging-*', deployedAs(synthesize({ retentionDays: 7 })));
    expect(changed.changed).toBe(true);
    expect(changed.deployedHash).not.toBeNull();
    const deployed = deployedAs(assembly);
    const firstDeploy = await compareArtifacts(assembly, 'toyapi-staging-*', async (name) => (name === 'toyapi-staging-data' ? undefined : deployed(name)));
    expect(firstDeploy).toMatchObject({ changed: true, deployedHash: null });
  });

  it('writes the step outputs and a job summary line', async () => {
    const appended: string[] = [];
    const files = actionsFiles({ env: { GITHUB_OUTPUT: '/o', GITHUB_STEP_SUMMARY: '/s' }, append: (_f, text) => appended.push(text) });
    const comparison = await main(['--assembly', assembly, '--stacks', 'toyapi-prod-*', '--environment', 'prod'], { readDeployed: deployedAs(assembly), files });
    expect(comparison.changed).toBe(false);
    expect(appended[0]).toBe(`changed=false\nbuilt-hash=${comparison.builtHash}\n`);
    expect(appended[1]).toBe(`### prod: unchanged, deploy skipped\nThe built artifacts hash to \`${comparison.builtHash.slice(0, 12)}\`, the same as what is deployed.\n`);
  });
});

describe("an environment's stacks for the workflow", () => {
  const assembly = synthesize();

  it('writes what cdk diff and cdk deploy take, and the one region the credentials need', () => {
    const appended: string[] = [];
    const files = actionsFiles({ env: { GITHUB_OUTPUT: '/o' }, append: (_f, text) => appended.push(text) });
    expect(environmentStacks(['--assembly', assembly, '--stacks', 'toyapi-staging-*'], files)).toEqual({
      stacks: ['toyapi-staging-api', 'toyapi-staging-data'],
      region: 'eu-west-1',
    });
    expect(appended).toEqual(['stacks=toyapi-staging-api toyapi-staging-data\nregion=eu-west-1\n']);
  });

  it('refuses stacks spread over regions, or without one', () => {
    const files = actionsFiles({ env: {} });
    expect(() => environmentStacks(['--assembly', assembly, '--stacks', 'toyapi-prod-*'], files)).toThrow(
      new AmbiguousRegionError("the stacks matching 'toyapi-prod-*' must all name one region; they name: eu-west-1, eu-central-1"),
    );
    expect(() => environmentStacks(['--assembly', assembly, '--stacks', 'dev/*'], files)).toThrow(AmbiguousRegionError);
  });
});

describe('awsCliTemplateReader', () => {
  it('asks the AWS CLI for the original template and reads its JSON', async () => {
    const calls: (readonly string[])[] = [];
    const run: CommandRunner = async (command, args) => {
      calls.push([command, ...args]);
      return '{\n    "Resources": {\n        "Q": {\n            "Type": "AWS::SQS::Queue"\n        }\n    }\n}\n';
    };
    expect(await awsCliTemplateReader(run)('toyapi-staging-api')).toEqual({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } });
    expect(calls).toEqual([
      ['aws', 'cloudformation', 'get-template', '--stack-name', 'toyapi-staging-api', '--template-stage', 'Original', '--query', 'TemplateBody', '--output', 'json'],
    ]);
  });

  it('answers undefined for a stack that does not exist, and fails on any other error', async () => {
    const missing = Object.assign(new Error('Command failed'), { stderr: readFileSync(path.join(FIXTURES, 'get-template-missing-stack.txt'), 'utf8') });
    expect(await awsCliTemplateReader(async () => Promise.reject(missing))('toyapi-staging-data')).toBeUndefined();
    const denied = Object.assign(new Error('Command failed'), { stderr: 'An error occurred (AccessDenied) when calling the GetTemplate operation' });
    await expect(awsCliTemplateReader(async () => Promise.reject(denied))('x')).rejects.toBe(denied);
  });

  it('reads a template the CLI prints as a string: JSON parsed, YAML kept as text', () => {
    expect(parseTemplateBody(JSON.stringify('{"Resources":{}}'))).toEqual({ Resources: {} });
    expect(parseTemplateBody(JSON.stringify('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n'))).toBe('Resources:\n  Q:\n    Type: AWS::SQS::Queue\n');
  });
});
