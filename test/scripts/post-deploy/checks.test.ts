import { renderResults, runChecks, type Check } from '../../../scripts/post-deploy/checks';

describe('runChecks', () => {
  const ticking = () => {
    let t = 0;
    return () => (t += 5);
  };

  it('runs checks in order on one session, skips the rest after a failure but still runs the always ones', async () => {
    const trail: string[] = [];
    const checks: Check<{ token?: string }>[] = [
      { name: 'sign in', run: async (s) => void (s.token = 't', trail.push('sign in')) },
      { name: 'create', run: async (s) => void trail.push(`create with ${s.token}`) },
      { name: 'update', run: async () => Promise.reject(new Error('HTTP 500')) },
      { name: 'read', run: async () => void trail.push('read') },
      { name: 'clean up', always: true, run: async () => void trail.push('clean up') },
    ];
    const log: string[] = [];
    const results = await runChecks(checks, {}, { now: ticking(), log: (line) => log.push(line) });
    expect(trail).toEqual(['sign in', 'create with t', 'clean up']);
    expect(results.map((r) => [r.name, r.outcome, r.durationMs])).toEqual([
      ['sign in', 'passed', 5],
      ['create', 'passed', 5],
      ['update', 'failed', 5],
      ['read', 'skipped', 0],
      ['clean up', 'passed', 5],
    ]);
    expect(log).toEqual(['✓ sign in', '✓ create', '✗ update: HTTP 500', '- skipped: read', '✓ clean up']);
    expect(renderResults('Smoke', results)).toBe(
      [
        '### Smoke: 1 failed',
        '',
        '| | check | ms | error |',
        '| --- | --- | ---: | --- |',
        '| ✅ | sign in | 5 |  |',
        '| ✅ | create | 5 |  |',
        '| ❌ | update | 5 | HTTP 500 |',
        '| ⏭️ | read | 0 |  |',
        '| ✅ | clean up | 5 |  |',
      ].join('\n'),
    );
  });
});
