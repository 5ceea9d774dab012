/** One post-deploy check: a name people read in the job summary, and what it does. */
export interface Check<TSession> {
  readonly name: string;
  /** Throws (any error) when the deployed API does not do what it should. */
  readonly run: (session: TSession) => Promise<void>;
  /** Runs even after an earlier check failed, e.g. to delete what the suite created. */
  readonly always?: boolean;
}

export interface CheckResult {
  readonly name: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  readonly durationMs: number;
  readonly error?: string;
}

export interface RunChecksOptions {
  /** Milliseconds, for durations. @default performance.now */
  readonly now?: () => number;
  readonly log?: (line: string) => void;
}

/**
 * Runs checks one after another against one session (later checks use what earlier ones set up, such as
 * a token or a created item). After a failure the rest are skipped, except those marked `always`.
 */
export async function runChecks<TSession>(checks: readonly Check<TSession>[], session: TSession, options: RunChecksOptions = {}): Promise<CheckResult[]> {
  const now = options.now ?? (() => performance.now());
  const log = options.log ?? ((line: string) => console.log(line));
  const results: CheckResult[] = [];
  let failed = false;
  for (const check of checks) {
    if (failed && !check.always) {
      results.push({ name: check.name, outcome: 'skipped', durationMs: 0 });
      log(`- skipped: ${check.name}`);
      continue;
    }
    const started = now();
    try {
      await check.run(session);
      results.push({ name: check.name, outcome: 'passed', durationMs: Math.round(now() - started) });
      log(`✓ ${check.name}`);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: check.name, outcome: 'failed', durationMs: Math.round(now() - started), error: message });
      log(`✗ ${check.name}: ${message}`);
    }
  }
  return results;
}

/** The results as a Markdown table for the job summary. */
export function renderResults(title: string, results: readonly CheckResult[]): string {
  const icon = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;
  const failed = results.filter((r) => r.outcome === 'failed').length;
  return [
    `### ${title}: ${failed === 0 ? 'all passed' : `${failed} failed`}`,
    '',
    '| | check | ms | error |',
    '| --- | --- | ---: | --- |',
    ...results.map((r) => `| ${icon[r.outcome]} | ${r.name} | ${r.durationMs} | ${(r.error ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`),
  ].join('\n');
}

/** A failed expectation inside a check. */
export class CheckFailure extends Error {
  override readonly name = 'CheckFailure';
}

export function expectThat(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}
