import { parseArgs } from 'node:util';
import { actionsFiles, type ActionsFiles } from '../github/actions-files';
import { selectStacks, templatesHash } from './artifact-hash';
import { awsCliTemplateReader, type DeployedTemplateReader } from './deployed-templates';

export interface ArtifactComparison {
  readonly builtHash: string;
  /** Null when a stack is not deployed yet. */
  readonly deployedHash: string | null;
  readonly changed: boolean;
}

/**
 * Compares the templates an environment is about to get with the ones CloudFormation holds. Equal hashes
 * mean the deploy would change nothing, so the workflow skips `cdk diff`, `cdk deploy` and their minutes.
 */
export async function compareArtifacts(assemblyDirectory: string, selector: string, readDeployed: DeployedTemplateReader): Promise<ArtifactComparison> {
  const stacks = selectStacks(assemblyDirectory, selector);
  const builtHash = templatesHash(stacks);
  const deployed = await Promise.all(stacks.map(async ({ stackName }) => ({ stackName, template: await readDeployed(stackName) })));
  const deployedHash = deployed.every((d) => d.template !== undefined) ? templatesHash(deployed) : null;
  return { builtHash, deployedHash, changed: builtHash !== deployedHash };
}

/** `compare-artifacts.ts --assembly cdk.out --stacks 'toyapi-staging-*' --environment staging`: step outputs and summary. */
export async function main(
  argv: readonly string[],
  deps: { readonly readDeployed?: DeployedTemplateReader; readonly files?: ActionsFiles } = {},
): Promise<ArtifactComparison> {
  const { values } = parseArgs({
    args: [...argv],
    options: { assembly: { type: 'string', default: 'cdk.out' }, stacks: { type: 'string' }, environment: { type: 'string' } },
  });
  if (!values.stacks || !values.environment) throw new Error('--stacks and --environment are required');
  const comparison = await compareArtifacts(values.assembly, values.stacks, deps.readDeployed ?? awsCliTemplateReader());
  const files = deps.files ?? actionsFiles();
  files.setOutputs({ changed: String(comparison.changed), 'built-hash': comparison.builtHash });
  files.appendSummary(
    comparison.changed
      ? `### ${values.environment}: deploying\nBuilt artifacts \`${short(comparison.builtHash)}\` differ from the deployed ones (${comparison.deployedHash ? `\`${short(comparison.deployedHash)}\`` : 'not deployed yet'}).`
      : `### ${values.environment}: unchanged, deploy skipped\nThe built artifacts hash to \`${short(comparison.builtHash)}\`, the same as what is deployed.`,
  );
  return comparison;
}

const short = (hash: string) => hash.slice(0, 12);

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    process.stderr.write(`compare-artifacts: ${error.message}\n`);
    process.exit(1);
  });
}
