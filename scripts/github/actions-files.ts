import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

/**
 * The files GitHub Actions reads after a step: step outputs (GITHUB_OUTPUT) and the job summary
 * (GITHUB_STEP_SUMMARY). Outside Actions (no such variables) outputs go nowhere and summaries to stdout.
 */
export interface ActionsFiles {
  setOutputs(values: Readonly<Record<string, string>>): void;
  appendSummary(markdown: string): void;
}

export interface ActionsFilesOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly append?: (file: string, text: string) => void;
  readonly out?: (text: string) => void;
  /** Delimiter source for multi-line values. @default randomUUID */
  readonly delimiter?: () => string;
}

export function actionsFiles(options: ActionsFilesOptions = {}): ActionsFiles {
  const env = options.env ?? process.env;
  const append = options.append ?? ((file: string, text: string) => appendFileSync(file, text));
  const out = options.out ?? ((text: string) => process.stdout.write(text));
  const delimiter = options.delimiter ?? (() => `EOF_${randomUUID()}`);
  return {
    setOutputs(values) {
      if (!env.GITHUB_OUTPUT) return;
      append(env.GITHUB_OUTPUT, Object.entries(values).map(([name, value]) => formatOutput(name, value, delimiter)).join(''));
    },
    appendSummary(markdown) {
      if (env.GITHUB_STEP_SUMMARY) append(env.GITHUB_STEP_SUMMARY, `${markdown.trimEnd()}\n`);
      else out(`${markdown.trimEnd()}\n`);
    },
  };
}

/** `name=value`, or the heredoc form GitHub documents for values with line breaks. */
function formatOutput(name: string, value: string, delimiter: () => string): string {
  if (!value.includes('\n')) return `${name}=${value}\n`;
  const end = delimiter();
  return `${name}<<${end}\n${value}\n${end}\n`;
}
