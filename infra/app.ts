import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { ApiDescription } from '../local/api/describe';
import { TOYAPI_CONFIG } from './config/environments';
import { readCostFlags } from './config/flags';
import { ENVIRONMENT_NAMES, type EnvironmentName, type ToyApiConfig } from './config/types';
import { validateConfig } from './config/validate';
import { resourceName } from './constructs/naming';
import { ToyApiChecks } from './nag/toyapi-checks';
import { ApiStack } from './stacks/api-stack';
import { DataStack } from './stacks/data-stack';

/**
 * CDK feature flags the app relies on, set in code (not in cdk.json) so tests build the very same app:
 * - only this API may invoke its Lambda authorizer (the permission names the API's ARN);
 * - cross-stack references (API stack → data stack) stay strong: a table in use cannot be removed.
 */
export const FEATURE_FLAGS = {
  '@aws-cdk/aws-appsync:appSyncGraphQLAPIScopeLambdaPermission': true,
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
} as const;

export interface ToyApiAppOptions {
  /** The API to deploy, as `describeApi` describes it: the same description the local engine serves. */
  readonly description: ApiDescription;
  /** @default TOYAPI_CONFIG */
  readonly config?: ToyApiConfig;
  /** Which environments to build. @default all three */
  readonly environments?: readonly EnvironmentName[];
  /** CDK context: the cost flags (`customDomain`, `waf`, `cache`, `tracing`) and CDK's own keys. */
  readonly context?: Readonly<Record<string, unknown>>;
  /** Where the cloud assembly goes. @default CDK's (cdk.out from the CLI, a temporary folder otherwise) */
  readonly outdir?: string;
  /** The clock the API key's expiry counts from. @default () => new Date() */
  readonly now?: () => Date;
}

/** The stacks of one environment. */
export interface EnvironmentStacks {
  readonly data: DataStack;
  readonly api: ApiStack;
}

/**
 * The ToyApi CDK app: for each environment a data stack (`toyapi-<env>-data`) and an API stack
 * (`toyapi-<env>-api`), all from one configuration, with cdk-nag's AwsSolutions checks and ToyApi's own
 * rules run on every synth (an unacknowledged finding fails synthesis).
 */
export function createToyApiApp(options: ToyApiAppOptions): { app: App; environments: Partial<Record<EnvironmentName, EnvironmentStacks>> } {
  const config = validateConfig(options.config ?? TOYAPI_CONFIG);
  const app = new App({ context: { ...FEATURE_FLAGS, ...options.context }, outdir: options.outdir });
  const flags = readCostFlags(app.node);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ToyApiChecks(app));

  const environments: Partial<Record<EnvironmentName, EnvironmentStacks>> = {};
  for (const name of options.environments ?? ENVIRONMENT_NAMES) {
    const environment = config.environments[name];
    const namePrefix = resourceName(config.project, name);
    const env = { account: environment.account, region: environment.region };
    const data = new DataStack(app, resourceName(namePrefix, 'data'), {
      env,
      description: `${config.project} ${name}: tables and user pool`,
      definition: options.description.definition,
      namePrefix,
      retainData: environment.retainData,
    });
    const api = new ApiStack(app, resourceName(namePrefix, 'api'), {
      env,
      description: `${config.project} ${name}: GraphQL API, functions and monitoring`,
      apiDescription: options.description,
      namePrefix,
      environment,
      domain: config.domain,
      flags,
      dataStack: data,
      now: options.now,
    });
    for (const stack of [data, api]) {
      Tags.of(stack).add('project', config.project);
      Tags.of(stack).add('environment', name);
    }
    environments[name] = { data, api };
  }
  return { app, environments };
}
