import { awsJson, type CommandRunner } from '../deploy/aws-cli';

/** Where a deployed environment answers, and the API key its public operations take. */
export interface DeployedEndpoint {
  readonly graphqlUrl: string;
  readonly apiKey: string;
}

/** The API stack's outputs the post-deploy tests read (see infra/stacks/api-stack.ts). */
export const GRAPHQL_URL_OUTPUT = 'GraphqlUrl';
export const API_ID_OUTPUT = 'ApiId';

/** A deployed environment that lacks what the post-deploy tests need. */
export class EndpointDiscoveryError extends Error {
  override readonly name = 'EndpointDiscoveryError';
}

interface StackOutput {
  readonly OutputKey: string;
  readonly OutputValue: string;
}

interface ApiKeyEntry {
  readonly id: string;
  /** Seconds since the epoch. */
  readonly expires: number;
}

/**
 * Finds a deployed environment's endpoint from its API stack's outputs, and an API key that has not
 * expired (the one that lasts longest) from AppSync: nothing to copy into secrets by hand.
 */
export async function discoverEndpoint(apiStackName: string, run: CommandRunner, now: () => number = Date.now): Promise<DeployedEndpoint> {
  const outputs = (await awsJson(run, ['cloudformation', 'describe-stacks', '--stack-name', apiStackName, '--query', 'Stacks[0].Outputs'])) as StackOutput[] | null;
  const output = (key: string) => {
    const found = outputs?.find((o) => o.OutputKey === key)?.OutputValue;
    if (!found) throw new EndpointDiscoveryError(`stack ${apiStackName} has no output ${key}`);
    return found;
  };
  const graphqlUrl = output(GRAPHQL_URL_OUTPUT);
  const { apiKeys } = (await awsJson(run, ['appsync', 'list-api-keys', '--api-id', output(API_ID_OUTPUT)])) as { apiKeys: ApiKeyEntry[] };
  const live = apiKeys.filter((key) => key.expires * 1000 > now()).sort((a, b) => b.expires - a.expires);
  if (live.length === 0) throw new EndpointDiscoveryError(`the API of stack ${apiStackName} has no API key that has not expired`);
  return { graphqlUrl, apiKey: live[0].id };
}
