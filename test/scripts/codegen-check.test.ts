import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../..');
const run = promisify(execFile);

interface CheckResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the drift check as CI does; graphql-codegen's CLI cannot be loaded inside jest (ESM). */
async function codegenCheck(args: readonly string[] = []): Promise<CheckResult> {
  try {
    const { stdout, stderr } = await run(path.join(root, 'node_modules/.bin/tsx'), ['scripts/codegen-check.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CheckResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A copy of what codegen reads and writes, with generated/graphql.ts edited and generated/operations.ts gone. */
function driftedCopy(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'codegen-drift-'));
  for (const part of ['codegen.yml', 'schema.graphql', 'local/api/appsync-definitions.graphql', 'client/operations', 'generated']) {
    cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
  }
  // codegen finds its plugins from the configuration's folder.
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  appendFileSync(path.join(copy, 'generated/graphql.ts'), '// edited by hand\n');
  rmSync(path.join(copy, 'generated/operations.ts'));
  return copy;
}

describe('scripts/codegen-check', () => {
  const copy = driftedCopy();
  // Both runs at once: each one mostly waits for tsx and codegen to load.
  const results = Promise.all([codegenCheck(), codegenCheck(['--root', copy])]);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('finds generated/ in step with schema.graphql and client/operations (else run `npm run codegen`)', async () => {
    const [current] = await results;
    expect(current).toMatchObject({ code: 0, stderr: '' });
  });

  it('fails, naming each file, when a generated file was edited or is missing', async () => {
    const [, drifted] = await results;
    expect(drifted.code).toBe(1);
    expect(drifted.stderr).toContain(`${path.join('generated', 'graphql.ts')}: out of date`);
    expect(drifted.stderr).toContain(`${path.join('generated', 'operations.ts')}: missing`);
    expect(drifted.stderr).toContain('Run `npm run codegen`');
  });
});
