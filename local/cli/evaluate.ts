import { readFileSync } from 'node:fs';
import { bundleResolver } from '../runtime/bundle';
import { evaluateCode } from '../runtime/evaluate-code';
import { UsageError } from './errors';
import type { CliIo } from './main';
import { parseOptions } from './options';

/**
 * `appsync-local evaluate`: the local twin of `aws appsync evaluate-code`. A TypeScript file is bundled
 * first, exactly as it would be for deployment. Like the API, a failed evaluation is still an answer
 * (exit code 0); only a call the CLI cannot make exits non-zero.
 */
export function runEvaluate(args: readonly string[], io: CliIo): number {
  const { values } = parseOptions(args, {
    code: { type: 'string' },
    context: { type: 'string' },
    function: { type: 'string', default: 'request' },
  });
  if (!values.code) throw new UsageError('--code is required');
  if (!values.context) throw new UsageError('--context is required');
  if (values.function !== 'request' && values.function !== 'response') {
    throw new UsageError(`--function must be 'request' or 'response', not '${values.function}'`);
  }
  const code = /\.[cm]?ts$/.test(values.code) ? bundleResolver(values.code) : readText(values.code);
  const context = readText(values.context);
  const response = evaluateCode({ code, context, function: values.function });
  io.out(`${JSON.stringify(response, null, 2)}\n`);
  return 0;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}
