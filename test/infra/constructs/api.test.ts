import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import { MAX_RESOLVER_CODE_LENGTH } from '../../../local/runtime/bundle';
import type { ApiDescription } from '../../../local/api/describe';
import { cachingKeys, ToyApiGraphql, type ToyApiGraphqlProps } from '../../../infra/constructs/api';
import { ToyApiAuth } from '../../../infra/constructs/auth';
import { ToyApiData } from '../../../infra/constructs/data';
import { ToyApiFunctions } from '../../../infra/constructs/functions';
import { InvalidPropsError } from '../../../infra/errors';
import { describedResolvers, describeOnce, nagFindings, NOTES_API_DIRECTORY, synthesizedResolvers, TASKS_API_DIRECTORY, testStack } from '../support';

// AppSync's L2 checks the key's expiry against the real clock, so the injected one is today.
const NOW = new Date();
const START_OF_DAY = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate());

function build(description: ApiDescription, props: Partial<ToyApiGraphqlProps> = {}) {
  const stack = testStack();
  const namePrefix = 'toyapi-test';
  const data = new ToyApiData(stack, 'Data', { tables: description.definition.tables ?? {}, namePrefix });
  const auth = new ToyApiAuth(stack, 'Auth', { namePrefix });
  const functions = new ToyApiFunctions(stack, 'Functions', { description, namePrefix, data, userPool: auth.userPool, userPoolClient: auth.client });
  const graphql = new ToyApiGraphql(stack, 'Graphql', {
    description, namePrefix, data, functions, userPool: auth.userPool, userPoolClient: auth.client, now: () => NOW, ...props,
  });
  return { stack, graphql, template: Template.fromStack(stack) };
}

describe('ToyApiGraphql', () => {
  const tasks = describeOnce(TASKS_API_DIRECTORY);
  const { stack, template } = build(tasks);

  it('creates one resolver per resolver of the API description, with its very code, kind and wiring', () => {
    expect(synthesizedResolvers(template.toJSON())).toEqual(describedResolvers(tasks));
  });

  it('creates one AppSync function per pipeline function, with its code and data source, on APPSYNC_JS 1.0.0', () => {
    const functions = Object.values(template.findResources('AWS::AppSync::FunctionConfiguration')).map(({ Properties: p }) => ({
      name: p.Name, code: p.Code, dataSource: p.DataSourceName, runtime: p.Runtime,
    }));
    expect(functions.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      tasks.functions.map((fn) => ({ name: fn.name, code: fn.code, dataSource: fn.dataSource, runtime: { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' } })),
    );
  });

  it('keeps every resolver and function within AppSync’s 32,768 characters', () => {
    const code = [...Object.values(template.findResources('AWS::AppSync::Resolver')), ...Object.values(template.findResources('AWS::AppSync::FunctionConfiguration'))]
      .map((resource) => resource.Properties.Code as string);
    expect(code.length).toBe(tasks.resolvers.length + tasks.functions.length);
    for (const text of code) expect(text.length).toBeLessThanOrEqual(MAX_RESOLVER_CODE_LENGTH);
  });

  it('deploys the schema file as written, and one data source per definition entry', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLSchema', { Definition: tasks.schemaSdl });
    const names = Object.values(template.findResources('AWS::AppSync::DataSource')).map((r) => `${r.Properties.Name}:${r.Properties.Type}`).sort();
    expect(names).toEqual(['none:NONE', 'signIn:AWS_LAMBDA', 'tasks:AMAZON_DYNAMODB', 'teams:AWS_LAMBDA']);
  });

  it('sets the auth modes of the definition: Cognito by default, then API key, IAM and the Lambda authorizer', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      Name: 'toyapi-test-api',
      AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
      UserPoolConfig: { DefaultAction: 'ALLOW', UserPoolId: { Ref: Match.stringLikeRegexp('^AuthUserPool') } },
      AdditionalAuthenticationProviders: [
        { AuthenticationType: 'API_KEY' },
        { AuthenticationType: 'AWS_IAM' },
        { AuthenticationType: 'AWS_LAMBDA', LambdaAuthorizerConfig: { AuthorizerResultTtlInSeconds: 60, AuthorizerUri: Match.anyValue() } },
      ],
    });
  });

  it('lets only this API invoke the Lambda authorizer', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Principal: 'appsync.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^GraphqlApi'), 'Arn'] },
    });
  });

  it('renews the API key on every deploy: it expires the definition’s days after the start of the UTC day', () => {
    template.hasResourceProperties('AWS::AppSync::ApiKey', { Expires: START_OF_DAY / 1000 + 30 * 24 * 60 * 60 });
  });

  it('sets the definition’s limits, ctx.env with resolved references, and introspection', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      QueryDepthLimit: 6,
      ResolverCountLimit: 100,
      IntrospectionConfig: 'ENABLED',
      XrayEnabled: false,
      EnvironmentVariables: { TASKS_TABLE: 'toyapi-test-tasks', GREETING: 'hello' },
    });
  });

  it('logs fields to its own log group, with a role that may write only there', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      LogConfig: { FieldLogLevel: 'ALL', ExcludeVerboseContent: false, CloudWatchLogsRoleArn: Match.anyValue() },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: { 'Fn::Join': ['', ['/aws/appsync/apis/', { 'Fn::GetAtt': [Match.stringLikeRegexp('^GraphqlApi'), 'ApiId'] }]] },
      RetentionInDays: 7,
    });
    template.resourceCountIs('Custom::LogRetention', 0);
  });

  it('gives each data source a role with exact ARNs only, and passes cdk-nag with no acknowledgement', () => {
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).not.toContain('*');
    template.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    expect(nagFindings(stack)).toEqual([]);
  });

  it('has no cache and no tracing unless asked', () => {
    template.resourceCountIs('AWS::AppSync::ApiCache', 0);
    template.allResourcesProperties('AWS::AppSync::Resolver', { CachingConfig: Match.absent() });
  });

  it('with a cache, caches every Query resolver per caller and arguments, and no Mutation', () => {
    const cached = build(tasks, { cache: { ttl: Duration.seconds(45) }, tracing: true, introspection: false, fieldLogLevel: FieldLogLevel.ERROR }).template;
    cached.hasResourceProperties('AWS::AppSync::ApiCache', { ApiCachingBehavior: 'PER_RESOLVER_CACHING', Type: 'SMALL', Ttl: 45, TransitEncryptionEnabled: true });
    cached.hasResourceProperties('AWS::AppSync::Resolver', {
      TypeName: 'Query', FieldName: 'tasksByOwner',
      CachingConfig: { Ttl: 45, CachingKeys: ['$context.identity.sub', '$context.arguments.ownerId', '$context.arguments.limit', '$context.arguments.nextToken'] },
    });
    cached.hasResource('AWS::AppSync::Resolver', { Properties: { TypeName: 'Query', FieldName: 'task' }, DependsOn: Match.arrayWith([Match.stringLikeRegexp('^GraphqlCache')]) });
    cached.hasResourceProperties('AWS::AppSync::Resolver', { TypeName: 'Mutation', FieldName: 'signIn', CachingConfig: Match.absent() });
    cached.hasResourceProperties('AWS::AppSync::GraphQLApi', { XrayEnabled: true, IntrospectionConfig: 'DISABLED', LogConfig: { FieldLogLevel: 'ERROR' } });
  });

  it('derives caching keys from the field’s arguments', () => {
    expect(cachingKeys(tasks.schema, 'Query', 'greeting')).toEqual(['$context.identity.sub']);
    expect(cachingKeys(tasks.schema, 'Query', 'task')).toEqual(['$context.identity.sub', '$context.arguments.id']);
  });

  it('builds the engine’s fixture API one to one as well', () => {
    const notes = describeOnce(NOTES_API_DIRECTORY);
    const built = build(notes);
    expect(synthesizedResolvers(built.template.toJSON())).toEqual(describedResolvers(notes));
    expect(nagFindings(built.stack)).toEqual([]);
  });

  it('refuses props it cannot build from, saying what to pass', () => {
    const stackWithoutPool = testStack();
    const data = new ToyApiData(stackWithoutPool, 'Data', { tables: tasks.definition.tables!, namePrefix: 'toyapi-test' });
    const auth = new ToyApiAuth(stackWithoutPool, 'Auth', { namePrefix: 'toyapi-test' });
    const functions = new ToyApiFunctions(stackWithoutPool, 'Functions', { description: tasks, namePrefix: 'toyapi-test', data, userPool: auth.userPool, userPoolClient: auth.client });
    expect(() => new ToyApiGraphql(stackWithoutPool, 'Graphql', { description: tasks, namePrefix: 'toyapi-test', data, functions, cache: { ttl: Duration.hours(2) } })).toThrow(
      new InvalidPropsError('ToyApiGraphql', [
        'the definition uses the Cognito user pool (an auth mode or a { userPool } variable): pass userPool and userPoolClient',
        'cache.ttl must be from 1 second to 1 hour (AppSync\'s range), not 7200 s',
      ]),
    );
  });
});
