import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Instant, LocalDate, ZoneOffset } from '@js-joda/core';
import { renderChangelog } from './changelog';
import { checkSchemaEvolution } from './gate';

const USAGE = `Usage: npm run schema:check -- [--current schema.graphql] [--released schema/released.graphql]
                              [--markdown-file changelog.md] [--today YYYY-MM-DD]
Compares the current schema with the last released one, prints the changelog (Markdown) and exits 1
when a change would break clients (see docs/schema-evolution.md).`;

export interface CheckIo {
  readonly readFile: (file: string) => string;
  readonly writeFile: (file: string, text: string) => void;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
}

const processIo: CheckIo = {
  readFile: (file) => readFileSync(file, 'utf8'),
  writeFile: (file, text) => writeFileSync(file, text),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: Date.now,
};

/** `npm run schema:check`; resolves to the exit code: 0 passed, 1 blocked, 2 misuse. */
export async function main(argv: readonly string[], io: CheckIo = processIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        current: { type: 'string', default: 'schema.graphql' },
        released: { type: 'string', default: 'schema/released.graphql' },
        'markdown-file': { type: 'string' },
        today: { type: 'string' },
      },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const today = values.today ? LocalDate.parse(values.today) : LocalDate.ofInstant(Instant.ofEpochMilli(io.now()), ZoneOffset.UTC);
  const result = await checkSchemaEvolution({
    releasedSdl: io.readFile(values.released),
    currentSdl: io.readFile(values.current),
    today,
  });
  const changelog = renderChangelog(result);
  io.out(changelog);
  if (values['markdown-file']) io.writeFile(values['markdown-file'], changelog);
  return result.passed ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`schema:check: ${error.message}\n`);
      process.exit(2);
    },
  );
}
