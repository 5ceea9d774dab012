import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Runs a command and resolves to its standard output; rejects with an error carrying `stderr`. */
export type CommandRunner = (command: string, args: readonly string[]) => Promise<string>;

/** The real runner. The AWS CLI is on every GitHub-hosted runner; credentials come from the OIDC role. */
export const runCommand: CommandRunner = async (command, args) =>
  (await promisify(execFile)(command, [...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;

/** `aws <args> --output json`, parsed. */
export async function awsJson(run: CommandRunner, args: readonly string[]): Promise<unknown> {
  return JSON.parse(await run('aws', [...args, '--output', 'json'])) as unknown;
}
