import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { actionsFiles, type ActionsFiles } from '../github/actions-files';

/** GitHub takes up to 1 MiB of summary per step; a diff longer than this is cut, with a note. */
export const MAX_DIFF_CHARACTERS = 200_000;

/** `cdk diff`'s output as a collapsible job summary section, colours stripped. */
export function renderDiffSummary(environment: string, output: string): string {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '').trim();
  const count = /Number of stacks with differences: (\d+)/.exec(plain)?.[1];
  const cut = plain.length > MAX_DIFF_CHARACTERS;
  const body = cut ? `${plain.slice(0, MAX_DIFF_CHARACTERS)}\n… (cut: the whole diff is in the job log)` : plain;
  return [
    `<details open><summary><strong>cdk diff: ${environment}</strong>${count === undefined ? '' : ` (${count} stack(s) with differences)`}</summary>`,
    '',
    '```text',
    body.replace(/```/g, "'''"),
    '```',
    '',
    '</details>',
  ].join('\n');
}

/** `diff-summary.ts --environment staging cdk-diff.txt` */
export function main(argv: readonly string[], files: ActionsFiles = actionsFiles(), readFile = (file: string) => readFileSync(file, 'utf8')): void {
  const { values, positionals } = parseArgs({ args: [...argv], options: { environment: { type: 'string' } }, allowPositionals: true });
  if (!values.environment || positionals.length !== 1) throw new Error('usage: diff-summary.ts --environment <name> <cdk-diff-output-file>');
  files.appendSummary(renderDiffSummary(values.environment, readFile(positionals[0])));
}

if (require.main === module) main(process.argv.slice(2));
