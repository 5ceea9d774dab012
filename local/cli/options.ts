import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

/** `node:util` parseArgs, with its errors turned into usage errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
