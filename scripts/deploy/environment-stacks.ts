import { parseArgs } from 'node:util';
import { actionsFiles, type ActionsFiles } from '../github/actions-files';
import { selectStacks } from './artifact-hash';

/** An environment whose stacks do not share one concrete region, so one set of credentials cannot serve them. */
export class AmbiguousRegionError extends Error {
  override readonly name = 'AmbiguousRegionError';
}

/**
 * `environment-stacks.ts --assembly cdk.out --stacks 'toyapi-staging-*'`: step outputs `stacks` (what
 * `cdk diff` and `cdk deploy` take, space-separated) and `region` (for the AWS credentials), both read
 * from the cloud assembly, so the workflow repeats nothing the CDK app already says.
 */
export function main(argv: readonly string[], files: ActionsFiles = actionsFiles()): { stacks: string[]; region: string } {
  const { values } = parseArgs({ args: [...argv], options: { assembly: { type: 'string', default: 'cdk.out' }, stacks: { type: 'string' } } });
  if (!values.stacks) throw new Error('--stacks is required');
  const stacks = selectStacks(values.assembly, values.stacks);
  const regions = [...new Set(stacks.map((s) => s.region))];
  if (regions.length !== 1 || regions[0] === 'unknown-region') {
    throw new AmbiguousRegionError(`the stacks matching '${values.stacks}' must all name one region; they name: ${regions.join(', ')}`);
  }
  const result = { stacks: stacks.map((s) => s.hierarchicalId), region: regions[0] };
  files.setOutputs({ stacks: result.stacks.join(' '), region: result.region });
  return result;
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`environment-stacks: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
