import { parseArgs } from 'node:util';
import { actionsFiles, type ActionsFiles } from '../github/actions-files';
import { runCommand, type CommandRunner } from '../deploy/aws-cli';
import { renderResults, runChecks, type CheckResult } from './checks';
import { discoverEndpoint } from './endpoint';
import { integrationChecks, smokeChecks, type ToyApiSession } from './toyapi-checks';

const SUITES = { smoke: smokeChecks, integration: integrationChecks } as const;

export interface PostDeployDependencies {
  readonly env: NodeJS.ProcessEnv;
  readonly run?: CommandRunner;
  readonly fetch?: typeof fetch;
  readonly files?: ActionsFiles;
  readonly log?: (line: string) => void;
  readonly now?: () => number;
}

/**
 * `run.ts --suite smoke|integration --api-stack toyapi-prod-api`: the post-deploy tests, with the typed
 * client, against the deployed endpoint (found from the stack, or TOYAPI_GRAPHQL_URL + TOYAPI_API_KEY).
 * The test user comes from TOYAPI_TEST_USERNAME / TOYAPI_TEST_PASSWORD. Resolves to the exit code.
 */
export async function main(argv: readonly string[], deps: PostDeployDependencies): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { suite: { type: 'string' }, 'api-stack': { type: 'string' } } });
  const suite = values.suite as keyof typeof SUITES | undefined;
  if (!suite || !(suite in SUITES)) throw new Error(`--suite must be one of ${Object.keys(SUITES).join(', ')}`);
  const { env } = deps;
  const endpoint =
    env.TOYAPI_GRAPHQL_URL && env.TOYAPI_API_KEY
      ? { graphqlUrl: env.TOYAPI_GRAPHQL_URL, apiKey: env.TOYAPI_API_KEY }
      : await discoverEndpoint(requireStack(values['api-stack']), deps.run ?? runCommand, deps.now);
  const user = env.TOYAPI_TEST_USERNAME && env.TOYAPI_TEST_PASSWORD ? { username: env.TOYAPI_TEST_USERNAME, password: env.TOYAPI_TEST_PASSWORD } : undefined;
  const session: ToyApiSession = { url: endpoint.graphqlUrl, apiKey: endpoint.apiKey, user, fetch: deps.fetch, runLabel: env.GITHUB_RUN_ID ?? String((deps.now ?? Date.now)()) };
  const results: CheckResult[] = await runChecks(SUITES[suite](session), session, { log: deps.log });
  (deps.files ?? actionsFiles({ env })).appendSummary(renderResults(`Post-deploy ${suite} tests against ${endpoint.graphqlUrl}`, results));
  return results.every((r) => r.outcome === 'passed') ? 0 : 1;
}

function requireStack(stack: string | undefined): string {
  if (!stack) throw new Error('--api-stack is required unless TOYAPI_GRAPHQL_URL and TOYAPI_API_KEY are set');
  return stack;
}

if (require.main === module) {
  main(process.argv.slice(2), { env: process.env }).then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`post-deploy: ${error.message}\n`);
      process.exit(1);
    },
  );
}
