import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main, type CheckIo } from '../../../scripts/schema/check';

const FIXTURES = path.join(__dirname, '../fixtures/schema');
const fixture = (name: string) => path.join(FIXTURES, `${name}.graphql`);

/** Runs `npm run schema:check` on real fixture files, capturing what it prints and writes. */
async function run(argv: string[], now = Date.parse('2026-11-25T12:00:00Z')) {
  const written: Record<string, string> = {};
  let out = '';
  let err = '';
  const io: CheckIo = {
    readFile: (file) => readFileSync(file, 'utf8'),
    writeFile: (file, text) => (written[file] = text),
    out: (text) => (out += text),
    err: (text) => (err += text),
    now: () => now,
  };
  const code = await main(argv, io);
  return { code, out, err, written };
}

describe('npm run schema:check', () => {
  it('exits 1 on a deliberately breaking change and prints why, as Markdown', async () => {
    const { code, out } = await run(['--released', fixture('released'), '--current', fixture('renames-message')]);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        '<!-- schema-evolution-gate -->',
        '## Schema changes against the released schema',
        '',
        '❌ 1 breaking change(s) block this change. See docs/schema-evolution.md for how to evolve the schema.',
        '',
        '### Breaking: blocked (1)',
        '',
        '- Field `message` was removed from object type `Item`: `Item.message` is not deprecated in the released schema: deprecate it first (see docs/schema-evolution.md).',
        '',
        '### Safe (1)',
        '',
        '- Field `text` was added to object type `Item`',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 when deprecated fields are removed after their removal date, judged by the clock', async () => {
    const argv = ['--released', fixture('released'), '--current', fixture('removes-deprecated')];
    expect((await run(argv, Date.parse('2027-06-30T23:59:59Z'))).code).toBe(1);
    const after = await run(argv, Date.parse('2027-07-01T00:00:00Z'));
    expect(after.code).toBe(0);
    expect(after.out).toContain('### Breaking: allowed (deprecation expired) (3)');
  });

  it('takes --today and writes the changelog to --markdown-file for CI to post', async () => {
    const { code, out, written } = await run([
      '--released', fixture('released'), '--current', fixture('released'), '--today', '2027-07-01', '--markdown-file', 'changelog.md',
    ]);
    expect(code).toBe(0);
    expect(written['changelog.md']).toBe(out);
    expect(out).toContain('✅ No changes.');
    expect(out).toContain('### Deprecations past their removal date, ready to remove (2)\n\n- `Item.userId`: "Use ownerId. Removal after 2027-06-30."');
  });

  it('exits 1 on a deprecation without a removal date, and lists it', async () => {
    const written: Record<string, string> = {};
    let out = '';
    const undated = readFileSync(fixture('released'), 'utf8').replace('Use ownerId. Removal after 2027-06-30.")\n  owner', 'Use ownerId.")\n  owner');
    const code = await main(['--released', fixture('released'), '--current', 'current.graphql'], {
      readFile: (file) => (file === 'current.graphql' ? undated : readFileSync(file, 'utf8')),
      writeFile: (file, text) => (written[file] = text),
      out: (text) => (out += text),
      err: () => undefined,
      now: () => Date.parse('2026-11-25T12:00:00Z'),
    });
    expect(code).toBe(1);
    expect(out).toContain('❌ Every deprecation must state its removal date.');
    expect(out).toContain('### Deprecations without a valid removal date (1)\n\n- `Item.userId`: "Use ownerId." needs `Removal after YYYY-MM-DD.`');
  });

  it('exits 2 on an unknown option', async () => {
    const { code, err } = await run(['--bogus']);
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--bogus'");
  });
});
