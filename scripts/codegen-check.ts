import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

/** A generated file whose committed text differs from what codegen makes of the current sources. */
export interface StaleFile {
  /** Relative to the repository root. */
  readonly file: string;
  readonly reason: 'differs' | 'missing';
}

/**
 * Runs codegen in memory for the repository at `root` (where codegen.yml is) and compares each output with
 * the committed file: the schema or an operation changed without `npm run codegen` when anything is stale.
 * (graphql-codegen's CLI is ESM underneath, which jest cannot load: tests run this file as a program.)
 */
export async function findCodegenDrift(root: string): Promise<StaleFile[]> {
  const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
  const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true }, false);
  const stale: StaleFile[] = [];
  for (const output of outputs) {
    const file = path.relative(root, path.resolve(root, output.filename));
    const committed = readIfPresent(path.join(root, file));
    if (committed === undefined) stale.push({ file, reason: 'missing' });
    else if (committed !== output.content) stale.push({ file, reason: 'differs' });
  }
  return stale;
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** `codegen-check [--root DIR]`; the root defaults to this repository. */
async function main(args: readonly string[]): Promise<void> {
  const rootFlag = args.indexOf('--root');
  const stale = await findCodegenDrift(rootFlag >= 0 ? path.resolve(args[rootFlag + 1]) : path.resolve(__dirname, '..'));
  if (stale.length === 0) {
    console.log('generated/ is up to date with schema.graphql and client/operations.');
    return;
  }
  for (const { file, reason } of stale) console.error(`${file}: ${reason === 'missing' ? 'missing' : 'out of date'}`);
  console.error('Run `npm run codegen` and commit generated/.');
  process.exitCode = 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
