import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ToyApiChecks } from '../../../infra/nag/toyapi-checks';
import { FEATURE_FLAGS } from '../../../infra/app';
import { TOYAPI_CONFIG } from '../../../infra/config/environments';
import { COST_FLAG_NAMES, type CostFlags } from '../../../infra/config/flags';
import { ENVIRONMENT_NAMES, type EnvironmentName } from '../../../infra/config/types';
import { ApiStack } from '../../../infra/stacks/api-stack';
import { DataStack } from '../../../infra/stacks/data-stack';
import { assemblyOutdir, describeOnce, TASKS_API_DIRECTORY } from '../support';

/** All 2^4 combinations of the cost flags. */
const FLAG_COMBINATIONS: CostFlags[] = Array.from({ length: 2 ** COST_FLAG_NAMES.length }, (_, bits) =>
  Object.fromEntries(COST_FLAG_NAMES.map((name, i) => [name, (bits & (1 << i)) !== 0])) as CostFlags,
);
const label = (flags: CostFlags) => COST_FLAG_NAMES.filter((name) => flags[name]).join('-') || 'none';

/**
 * Every environment with every flag combination: 48 API stacks, in one app so that they synthesize (with
 * cdk-nag) in one pass; Lambda bundling is skipped here — the app test bundles for real.
 */
describe('ApiStack', () => {
  const description = describeOnce(TASKS_API_DIRECTORY);
  const app = new App({ outdir: assemblyOutdir(), context: { ...FEATURE_FLAGS, 'aws:cdk:bundling-stacks': [] } });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ToyApiChecks(app));
  const stacks: { env: EnvironmentName; flags: CostFlags; stack: ApiStack }[] = [];
  for (const env of ENVIRONMENT_NAMES) {
    const environment = TOYAPI_CONFIG.environments[env];
    const namePrefix = `toyapi-${env}`;
    const dataStack = new DataStack(app, `${namePrefix}-data`, {
      env: { region: environment.region }, definition: description.definition, namePrefix, retainData: environment.retainData,
    });
    for (const flags of FLAG_COMBINATIONS) {
      stacks.push({
        env,
        flags,
        stack: new ApiStack(app, `${namePrefix}-api-${label(flags)}`, {
          env: { region: environment.region }, apiDescription: description, namePrefix, environment, domain: TOYAPI_CONFIG.domain, flags, dataStack,
        }),
      });
    }
  }
  // Synthesizes everything once, and fails on any cdk-nag finding in any combination.
  const assembly = app.synth();
  const templateOf = (stack: ApiStack) => Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);

  it('synthesizes every environment with every combination of the cost flags, cdk-nag clean', () => {
    expect(stacks).toHaveLength(ENVIRONMENT_NAMES.length * 16);
    for (const { stack } of stacks) expect(templateOf(stack).toJSON().Resources).toBeDefined();
  });

  it.each(COST_FLAG_NAMES)('adds what the %s flag pays for only when it is on', (flag) => {
    const evidence: Record<typeof flag, (template: Template) => boolean> = {
      customDomain: (t) => Object.keys(t.findResources('AWS::AppSync::DomainName')).length === 1 && Object.keys(t.findResources('AWS::Route53::RecordSet')).length === 1,
      waf: (t) => Object.keys(t.findResources('AWS::WAFv2::WebACLAssociation')).length === 1,
      cache: (t) => Object.keys(t.findResources('AWS::AppSync::ApiCache')).length === 1,
      tracing: (t) => Object.keys(t.findResources('AWS::AppSync::GraphQLApi', { Properties: { XrayEnabled: true } })).length === 1,
    };
    for (const { flags, stack } of stacks) expect([label(flags), evidence[flag](templateOf(stack))]).toEqual([label(flags), flags[flag]]);
  });

  it('puts each environment’s custom domain where the configuration says: dev., staging., the apex for prod', () => {
    const domains = stacks.filter(({ flags }) => label(flags) === 'customDomain').map(({ stack }) => stack.domain?.domainName);
    expect(domains).toEqual(['dev.toyapi.example.com', 'staging.toyapi.example.com', 'toyapi.example.com']);
  });

  it('has the configured alarms in each environment, and disables introspection and logs only errors in prod', () => {
    for (const { env, stack } of stacks.filter(({ flags }) => label(flags) === 'none')) {
      const template = templateOf(stack);
      template.resourceCountIs('AWS::CloudWatch::Alarm', TOYAPI_CONFIG.environments[env].alarms.length);
      template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
        IntrospectionConfig: env === 'prod' ? 'DISABLED' : 'ENABLED',
        LogConfig: { FieldLogLevel: env === 'prod' ? 'ERROR' : 'ALL' },
      });
      template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: { dev: 7, staging: 14, prod: 90 }[env] });
    }
  });

  it('outputs the GraphQL and real-time URLs, and the custom domain URL when it is on', () => {
    const outputs = (stack: ApiStack) => Object.keys(templateOf(stack).toJSON().Outputs);
    const plain = stacks.find(({ flags }) => label(flags) === 'none')!.stack;
    expect(outputs(plain)).toEqual(expect.arrayContaining(['GraphqlUrl', 'RealtimeUrl', 'ApiId', 'DashboardName']));
    expect(outputs(plain)).not.toContain('CustomDomainUrl');
    const withDomain = stacks.find(({ flags }) => label(flags) === 'customDomain')!.stack;
    expect(templateOf(withDomain).toJSON().Outputs.CustomDomainUrl.Value).toBe('https://dev.toyapi.example.com/graphql');
  });
});
