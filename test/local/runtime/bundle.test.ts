import path from 'node:path';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { bundleResolver } from '../../../local/runtime/bundle';
import { BundleError } from '../../../local/runtime/errors';
import { AppSyncRuntime } from '../../../local/runtime/evaluator';

const FIXTURE = path.join(__dirname, 'fixtures/resolvers/Query.greeting.ts');

describe('bundleResolver', () => {
  it('bundles local imports in and leaves only the AppSync utils import', () => {
    const code = bundleResolver(FIXTURE);
    expect(code).toContain('Hello, ');
    expect(code).not.toContain('./shared/greeting');
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['@aws-appsync/utils']);
    expect(code).toMatch(/^export \{/m);
  });

  it('is deterministic, so the local engine and the cloud get the same bytes', () => {
    expect(bundleResolver(FIXTURE)).toBe(bundleResolver(FIXTURE));
  });

  it('produces code the runtime loads and runs', () => {
    const resolver = new AppSyncRuntime().load(bundleResolver(FIXTURE), 'Query.greeting.js');
    const args = { name: 'Ada' };
    expect(resolver.run('request', { arguments: args, args })).toMatchObject({
      status: 'returned',
      value: { payload: 'Hello, Ada!' },
    });
  });

  it('names the file and the line of a syntax error', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    try {
      const file = path.join(dir, 'Broken.field.ts');
      writeFileSync(file, 'export function request() {\n  return {;\n}\n');
      expect(() => bundleResolver(file)).toThrow(BundleError);
      expect(() => bundleResolver(file)).toThrow(/Broken\.field\.ts: cannot bundle resolver: 2:\d+: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
