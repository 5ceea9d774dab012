import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../local/cli/main';

const ROOT = path.resolve(__dirname, '../../..');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('appsync-local evaluate', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'evaluate-cli-'));
    writeFileSync(
      path.join(dir, 'code.js'),
      `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  console.log('id', ctx.args.id);
  return { operation: 'GetItem', key: util.dynamodb.toMapValues({ id: ctx.args.id }) };
}
export function response(ctx) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
`,
    );
    writeFileSync(path.join(dir, 'context.json'), JSON.stringify({ arguments: { id: 'item-1' } }));
    writeFileSync(path.join(dir, 'failed.json'), JSON.stringify({ error: { message: 'boom', type: 'DynamoDB:X' } }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs from the repository root through npx and prints the EvaluateCode answer', () => {
    const stdout = execFileSync(
      'npx',
      ['appsync-local', 'evaluate', '--code', path.join(dir, 'code.js'), '--context', path.join(dir, 'context.json'), '--function', 'request'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const answer = JSON.parse(stdout);
    expect(JSON.parse(answer.evaluationResult)).toEqual({ operation: 'GetItem', key: { id: { S: 'item-1' } } });
    expect(answer.logs).toEqual(['INFO - code.js:3:11: "id" "item-1"']);
  });

  it('answers a util.error as the API does: an error object, exit code 0', async () => {
    const { io, out } = capture();
    const code = await main(['evaluate', '--code', path.join(dir, 'code.js'), '--context', path.join(dir, 'failed.json'), '--function', 'response'], io);
    expect(code).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ error: { message: 'boom' } });
  });

  it('bundles a TypeScript resolver before evaluating it', async () => {
    const { io, out } = capture();
    const fixture = path.join(ROOT, 'test/local/runtime/fixtures/resolvers/Query.greeting.ts');
    writeFileSync(path.join(dir, 'name.json'), JSON.stringify({ arguments: { name: 'Grace' } }));
    expect(await main(['evaluate', '--code', fixture, '--context', path.join(dir, 'name.json')], io)).toBe(0);
    expect(JSON.parse(JSON.parse(out.join('')).evaluationResult)).toEqual({ payload: 'Hello, Grace!' });
  });

  it('exits 2 with the usage on a call it cannot make', async () => {
    const { io, err } = capture();
    expect(await main(['evaluate', '--code', path.join(dir, 'code.js'), '--function', 'middle'], io)).toBe(2);
    expect(err.join('')).toMatch(/--context is required/);
    expect(await main(['frobnicate'], io)).toBe(2);
  });
});
