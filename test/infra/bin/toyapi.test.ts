import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describeApi } from '../../../local/api/describe';
import { MAX_RESOLVER_CODE_LENGTH } from '../../../local/runtime/bundle';
import { ENVIRONMENT_NAMES } from '../../../infra/config/types';
import { REPOSITORY_ROOT } from '../../../infra/paths';
import { describedResolvers, synthesizedResolvers } from '../support';

const run = promisify(execFile);

/** The environment of a machine with no AWS credentials at all. */
function withoutCredentials(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', CDK_VALIDATION: 'true' };
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_DEFAULT_PROFILE']) delete env[name];
  return { ...env, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };
}

describe('npm run synth (infra/bin/toyapi.ts)', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'toyapi-synth-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('synthesizes every environment offline with no AWS credentials, cdk-nag clean, resolvers one to one with the API description', async () => {
    await run('npm', ['run', 'synth', '--', '--output', outdir], { cwd: REPOSITORY_ROOT, env: withoutCredentials(), maxBuffer: 64 * 1024 * 1024 });
    const description = describeApi(REPOSITORY_ROOT);
    for (const env of ENVIRONMENT_NAMES) {
      const template = JSON.parse(readFileSync(path.join(outdir, `toyapi-${env}-api.template.json`), 'utf8'));
      expect([env, synthesizedResolvers(template)]).toEqual([env, describedResolvers(description)]);
      for (const resolver of synthesizedResolvers(template)) expect(resolver.code.length).toBeLessThanOrEqual(MAX_RESOLVER_CODE_LENGTH);
      // Deprecated-field usage is counted in every environment, whatever its log level: Item.userId's resolver only.
      const measured = Object.values(template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>)
        .filter(({ Type, Properties: p }) => Type === 'AWS::AppSync::Resolver' && p.MetricsConfig === 'ENABLED')
        .map(({ Properties: p }) => `${p.TypeName}.${p.FieldName}`);
      expect([env, measured]).toEqual([env, ['Item.userId']]);
      expect(existsSync(path.join(outdir, `toyapi-${env}-data.template.json`))).toBe(true);
    }
  }, 240_000);
});
