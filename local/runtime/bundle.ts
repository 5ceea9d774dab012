import { buildSync, type Message } from 'esbuild';
import { BundleError } from './errors';

/** The only modules AppSync resolves for APPSYNC_JS code; everything else must be bundled in. */
export const APPSYNC_UTILS_MODULES = ['@aws-appsync/utils', '@aws-appsync/utils/dynamodb'] as const;

/** AppSync refuses resolver code longer than this many characters. */
export const MAX_RESOLVER_CODE_LENGTH = 32_768;

/**
 * Turns one resolver source file (TypeScript or JavaScript) into the single ES module AppSync accepts:
 * everything it imports is bundled in, except the AppSync utils modules, which the runtime provides.
 *
 * The CDK app and the local engine both call this function, so what runs locally is byte for byte what
 * deploys. The output is deterministic for a given source tree.
 */
export function bundleResolver(entryFile: string): string {
  let result;
  try {
    result = buildSync({
      entryPoints: [entryFile],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'esnext',
      // `@aws-appsync/utils/*` also covers sub-paths AppSync provides but the local engine does not
      // (rds, ai): they stay imports, and the runtime's import check names them clearly.
      external: ['@aws-appsync/utils', '@aws-appsync/utils/*'],
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'silent',
      charset: 'utf8',
    });
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors ?? [];
    throw new BundleError(entryFile, errors.length ? errors.map(formatMessage).join('; ') : String(error));
  }
  return result.outputFiles[0].text;
}

function formatMessage(message: Message): string {
  const where = message.location ? `${message.location.line}:${message.location.column + 1}: ` : '';
  return `${where}${message.text}`;
}
