import { Template } from 'aws-cdk-lib/assertions';
import { createToyApiApp } from '../../infra/app';
import { TOYAPI_CONFIG } from '../../infra/config/environments';
import { ENVIRONMENT_NAMES } from '../../infra/config/types';
import { FREE_TIER_ALARMS } from '../../infra/config/validate';
import { InvalidConfigError } from '../../infra/errors';
import { assemblyOutdir, describedResolvers, describeOnce, nagFindings, synthesizedResolvers, TASKS_API_DIRECTORY } from './support';

/** Bundling is skipped here (the functions test and the bin test bundle for real). */
const SKIP_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

describe('createToyApiApp', () => {
  const description = describeOnce(TASKS_API_DIRECTORY);
  const { app, environments } = createToyApiApp({ description, context: SKIP_BUNDLING, outdir: assemblyOutdir() });
  const assembly = app.synth();
  const templates = assembly.stacks.map((stack) => ({ name: stack.stackName, template: Template.fromJSON(stack.template), stack }));

  it('builds a data stack and an API stack for each of dev, staging and prod, in the configured region', () => {
    expect(templates.map(({ name }) => name).sort()).toEqual([
      'toyapi-dev-api', 'toyapi-dev-data', 'toyapi-prod-api', 'toyapi-prod-data', 'toyapi-staging-api', 'toyapi-staging-data',
    ]);
    for (const { stack } of templates) expect(stack.environment.region).toBe('us-east-1');
    expect(Object.keys(environments)).toEqual([...ENVIRONMENT_NAMES]);
  });

  it('names every named resource toyapi-<env>-…', () => {
    const nameProperties = ['TableName', 'FunctionName', 'UserPoolName', 'ClientName', 'TopicName', 'DashboardName', 'AlarmName', 'Name'];
    const checked = new Set<string>();
    for (const { name, template } of templates) {
      const env = name.split('-')[1];
      for (const resource of Object.values(template.toJSON().Resources) as { Type: string; Properties?: Record<string, unknown> }[]) {
        for (const key of nameProperties) {
          const value = resource.Properties?.[key];
          const isNamed = typeof value === 'string' && !['AWS::AppSync::DataSource', 'AWS::AppSync::FunctionConfiguration'].includes(resource.Type);
          if (!isNamed) continue;
          expect([resource.Type, value]).toEqual([resource.Type, expect.stringMatching(new RegExp(`^toyapi-${env}-`))]);
          checked.add(resource.Type);
        }
      }
    }
    expect([...checked].sort()).toEqual([
      'AWS::AppSync::GraphQLApi', 'AWS::CloudWatch::Alarm', 'AWS::CloudWatch::Dashboard', 'AWS::Cognito::UserPool',
      'AWS::Cognito::UserPoolClient', 'AWS::DynamoDB::Table', 'AWS::Lambda::Function', 'AWS::SNS::Topic',
    ]);
  });

  it('deploys in every environment exactly the resolvers of the API description', () => {
    for (const { name, template } of templates.filter(({ name }) => name.endsWith('-api'))) {
      expect([name, synthesizedResolvers(template.toJSON())]).toEqual([name, describedResolvers(description)]);
    }
  });

  it('stays within the free tier’s 10 alarms across all environments', () => {
    const alarms = templates.reduce((sum, { template }) => sum + Object.keys(template.findResources('AWS::CloudWatch::Alarm')).length, 0);
    expect(alarms).toBe(ENVIRONMENT_NAMES.reduce((sum, env) => sum + TOYAPI_CONFIG.environments[env].alarms.length, 0));
    expect(alarms).toBeLessThanOrEqual(FREE_TIER_ALARMS);
  });

  it('turns on nothing that costs money by default', () => {
    for (const { template } of templates) {
      for (const type of ['AWS::AppSync::ApiCache', 'AWS::WAFv2::WebACL', 'AWS::AppSync::DomainName', 'AWS::CertificateManager::Certificate']) {
        template.resourceCountIs(type, 0);
      }
      expect(Object.keys(template.findResources('AWS::AppSync::GraphQLApi', { Properties: { XrayEnabled: true } }))).toEqual([]);
    }
  });

  it('runs cdk-nag AwsSolutions on the whole app with no unacknowledged finding', () => {
    expect(nagFindings(app)).toEqual([]);
  });

  it('reads cost flags from context as the CLI passes them (-c waf=true)', () => {
    const flagged = createToyApiApp({ description, context: { ...SKIP_BUNDLING, waf: 'true' }, environments: ['dev'], outdir: assemblyOutdir() });
    expect(Object.keys(flagged.environments)).toEqual(['dev']);
    Template.fromStack(flagged.environments.dev!.api).resourceCountIs('AWS::WAFv2::WebACL', 1);
  });

  it('refuses a bad flag value or configuration before building anything', () => {
    expect(() => createToyApiApp({ description, context: { cache: 'on' }, outdir: assemblyOutdir() })).toThrow(InvalidConfigError);
    expect(() => createToyApiApp({ description, config: { ...TOYAPI_CONFIG, project: 'X' } })).toThrow(/project 'X' must be/);
  });
});
