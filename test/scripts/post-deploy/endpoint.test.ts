import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandRunner } from '../../../scripts/deploy/aws-cli';
import { EndpointDiscoveryError, discoverEndpoint } from '../../../scripts/post-deploy/endpoint';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/aws', name), 'utf8');
const NOW = Date.parse('2026-11-25T12:00:00Z');

/** The AWS CLI, answering from recorded output. */
function recordedCli(answers: Record<string, string>): { run: CommandRunner; calls: string[] } {
  const calls: string[] = [];
  const run: CommandRunner = async (command, args) => {
    const line = [command, ...args].join(' ');
    calls.push(line);
    const answer = Object.entries(answers).find(([prefix]) => line.startsWith(prefix))?.[1];
    if (answer === undefined) throw new Error(`no recorded output for ${line}`);
    return answer;
  };
  return { run, calls };
}

describe('discoverEndpoint', () => {
  it("reads the GraphQL URL from the API stack's outputs and picks the live API key that lasts longest", async () => {
    const { run, calls } = recordedCli({
      'aws cloudformation describe-stacks': fixture('describe-stacks-outputs.json'),
      'aws appsync list-api-keys': fixture('list-api-keys.json'),
    });
    expect(await discoverEndpoint('toyapi-staging-api', run, () => NOW)).toEqual({
      graphqlUrl: 'https://x4bd2sfuejhqlnmg5vroiwakty.appsync-api.eu-west-1.amazonaws.com/graphql',
      apiKey: 'da2-r6wq3kx2vfbnzj4ytaplm5eoci',
    });
    expect(calls).toEqual([
      'aws cloudformation describe-stacks --stack-name toyapi-staging-api --query Stacks[0].Outputs --output json',
      'aws appsync list-api-keys --api-id k7nq3xw5fbgmhl2vyd4op6tsra --output json',
    ]);
  });

  it('fails clearly when every key expired or an output is missing', async () => {
    const expired = recordedCli({ 'aws cloudformation': fixture('describe-stacks-outputs.json'), 'aws appsync': fixture('list-api-keys.json') });
    await expect(discoverEndpoint('toyapi-staging-api', expired.run, () => Date.parse('2027-12-01T00:00:00Z'))).rejects.toThrow(
      new EndpointDiscoveryError('the API of stack toyapi-staging-api has no API key that has not expired'),
    );
    const bare = recordedCli({ 'aws cloudformation': '[]' });
    await expect(discoverEndpoint('toyapi-staging-api', bare.run, () => NOW)).rejects.toThrow('stack toyapi-staging-api has no output GraphqlUrl');
  });
});
