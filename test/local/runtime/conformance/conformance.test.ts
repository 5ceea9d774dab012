import { readdirSync } from 'node:fs';
import path from 'node:path';
import { evaluateCode } from '../../../../local/runtime/evaluate-code';
import type { ConformanceCase } from './case';

const DEFAULT_NOW = '2024-05-01T12:34:56.789Z';

/** Every `*.cases.ts` beside this file, one describe block per file. */
const caseFiles = readdirSync(__dirname).filter((file) => file.endsWith('.cases.ts')).sort();

/** Deterministic ids, so a case can state what `util.autoId()` returns. */
function fixedIds() {
  let counter = 0;
  return {
    randomUUID: () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`,
    randomBytes: (size: number) => new Uint8Array(size).fill(7),
  };
}

test('there are at least 150 conformance cases', () => {
  const total = caseFiles.reduce((sum, file) => sum + loadCases(file).length, 0);
  expect(total).toBeGreaterThanOrEqual(150);
});

describe.each(caseFiles)('%s', (file) => {
  test.each(loadCases(file).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(c.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    const now = Date.parse(c.now ?? DEFAULT_NOW);
    const response = evaluateCode(
      { code: c.code, context: c.context ?? {}, function: c.function ?? 'request' },
      { now: () => now, ...fixedIds() },
    );
    if ('result' in c.expect) {
      expect(response.error).toBeUndefined();
      expect(JSON.parse(response.evaluationResult ?? 'null')).toEqual(c.expect.result);
    } else if ('error' in c.expect) {
      expect(response.error?.message).toBe(c.expect.error);
    } else {
      const found = (response.error?.codeErrors ?? []).map((e) => `${e.errorType}: ${e.value}`).join('\n');
      expect(found).toContain(c.expect.rejected);
    }
  });
});

function loadCases(file: string): readonly ConformanceCase[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- case files are found at run time
  return (require(path.join(__dirname, file)) as { cases: readonly ConformanceCase[] }).cases;
}
