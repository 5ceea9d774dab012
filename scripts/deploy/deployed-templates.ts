import { runCommand, type CommandRunner } from './aws-cli';

/** The template CloudFormation holds for a stack, or undefined when there is no such stack. */
export type DeployedTemplateReader = (stackName: string) => Promise<unknown | undefined>;

/** Reads deployed templates with `aws cloudformation get-template`: the original template, before transforms. */
export function awsCliTemplateReader(run: CommandRunner = runCommand): DeployedTemplateReader {
  return async (stackName) => {
    let stdout: string;
    try {
      stdout = await run('aws', ['cloudformation', 'get-template', '--stack-name', stackName, '--template-stage', 'Original', '--query', 'TemplateBody', '--output', 'json']);
    } catch (error) {
      if (/does not exist/.test(String((error as { stderr?: unknown }).stderr ?? ''))) return undefined;
      throw error;
    }
    return parseTemplateBody(stdout);
  };
}

/**
 * The CLI prints a JSON template as a JSON object and a YAML one as a JSON string. CDK writes JSON; a YAML
 * template (deployed by hand) stays a string, which hashes differently and so gets redeployed.
 */
export function parseTemplateBody(stdout: string): unknown {
  const body = JSON.parse(stdout) as unknown;
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
