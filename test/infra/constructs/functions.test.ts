import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AssetStaging } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { ToyApiAuth } from '../../../infra/constructs/auth';
import { ToyApiData } from '../../../infra/constructs/data';
import { functionNameOf, ToyApiFunctions, USER_POOL_ACTIONS } from '../../../infra/constructs/functions';
import { InvalidPropsError } from '../../../infra/errors';
import { describeOnce, nagFindings, TASKS_API_DIRECTORY, testStack } from '../support';

function build(options: { tracing?: boolean; bundle?: boolean; withPool?: boolean } = {}) {
  const description = describeOnce(TASKS_API_DIRECTORY);
  const stack = testStack({ bundle: options.bundle });
  const data = new ToyApiData(stack, 'Data', { tables: description.definition.tables!, namePrefix: 'toyapi-test' });
  const { userPool, client } = new ToyApiAuth(stack, 'Auth', { namePrefix: 'toyapi-test' });
  const functions = new ToyApiFunctions(stack, 'Functions', {
    description,
    namePrefix: 'toyapi-test',
    data,
    ...(options.withPool === false ? {} : { userPool, userPoolClient: client }),
    tracing: options.tracing,
  });
  return { stack, functions, userPool, client };
}

/** The policy statements of the role a function runs as. */
function statementsOf(template: Template, functionName: string): { Action: string | string[]; Resource: unknown }[] {
  const [fn] = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { FunctionName: functionName } }));
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  const policies = Object.values(template.findResources('AWS::IAM::Policy')).filter((policy) =>
    policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleId),
  );
  return policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

const actionsOf = (statements: { Action: string | string[] }[]) => statements.flatMap((s) => [s.Action].flat());

describe('ToyApiFunctions', () => {
  const { stack, functions } = build({ bundle: true });
  const template = Template.fromStack(stack);

  it('runs every handler the definition lists once: data sources and the Lambda authorizer', () => {
    template.resourceCountIs('AWS::Lambda::Function', 3);
    expect(functions.functions.map((fn) => (fn.node.defaultChild as { functionName?: string }).functionName)).toEqual([
      'toyapi-test-sign-in',
      'toyapi-test-teams-create-team',
      'toyapi-test-authorizer',
    ]);
    template.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'toyapi-test-teams-create-team', Handler: 'index.createTeam' });
  });

  it('runs Node.js 24 on arm64, with its own log group kept for the configured time', () => {
    template.allResourcesProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 256,
      Timeout: 10,
      TracingConfig: Match.absent(),
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/lambda/toyapi-test-authorizer', RetentionInDays: 7 });
  });

  it('resolves table and user pool references in each environment', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'toyapi-test-teams-create-team',
      Environment: { Variables: { TASKS_TABLE: 'toyapi-test-tasks', USER_POOL_ID: { Ref: Match.stringLikeRegexp('^AuthUserPool') } } },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'toyapi-test-sign-in',
      Environment: { Variables: { CLIENT_ID: { Ref: Match.stringLikeRegexp('^AuthUserPoolWebClient') } } },
    });
  });

  it('bundles locally with esbuild: minified, with the AWS SDK v3 clients inside', () => {
    const staged = (fn: NodejsFunction) => fn.node.findAll().find((c): c is AssetStaging => c instanceof AssetStaging)!.absoluteStagedPath;
    const signIn = readFileSync(path.join(staged(functions.functions[0]), 'index.js'), 'utf8');
    expect(signIn).toContain('InitiateAuth');
    expect(signIn).toContain('cognito-idp');
    expect(signIn).not.toMatch(/require\(["']@aws-sdk\/client-/);
    // Minified: few, long lines.
    expect(signIn.split('\n').length).toBeLessThan(signIn.length / 500);
  });

  it('grants each function only what its environment shows it uses', () => {
    const teams = statementsOf(template, 'toyapi-test-teams-create-team');
    expect(actionsOf(teams)).toEqual(expect.arrayContaining(['dynamodb:PutItem', ...USER_POOL_ACTIONS, 'logs:PutLogEvents']));
    expect(JSON.stringify(teams)).toContain('toyapi-test-tasks/index/byOwner');
    expect(JSON.stringify(teams)).not.toContain('Datakeys');

    const authorizer = statementsOf(template, 'toyapi-test-authorizer');
    expect(actionsOf(authorizer).filter((a) => a.startsWith('cognito-idp:'))).toEqual([]);
    expect(JSON.stringify(authorizer)).toContain('Datakeys');
    expect(JSON.stringify(authorizer)).not.toContain('Datatasks');

    // InitiateAuth is a public API: signing in needs no IAM permission at all.
    expect(actionsOf(statementsOf(template, 'toyapi-test-sign-in')).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
  });

  it('uses no AWS managed policy and no wildcard, so cdk-nag has nothing to say', () => {
    template.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).not.toContain('*');
    expect(nagFindings(stack)).toEqual([]);
  });

  it('turns on active tracing with the tracing flag, acknowledging X-Ray’s Resource "*"', () => {
    const traced = build({ tracing: true });
    const tracedTemplate = Template.fromStack(traced.stack);
    tracedTemplate.allResourcesProperties('AWS::Lambda::Function', { TracingConfig: { Mode: 'Active' } });
    expect(JSON.stringify(tracedTemplate.findResources('AWS::IAM::Policy'))).toContain('xray:PutTraceSegments');
    expect(nagFindings(traced.stack)).toEqual([]);
  });

  it('names functions after the file, and the export when it is not `handler`', () => {
    expect(functionNameOf('toyapi-dev', { file: 'lambdas/apiKeys.ts' })).toBe('toyapi-dev-api-keys');
    expect(functionNameOf('toyapi-dev', { file: 'lambdas/keys.ts', export: 'revokeKey' })).toBe('toyapi-dev-keys-revoke-key');
  });

  it('refuses a handler that reads the user pool when no pool is given', () => {
    expect(() => build({ withPool: false })).toThrow(InvalidPropsError);
    expect(() => build({ withPool: false })).toThrow('lambdas/sign-in.ts#handler reads the user pool from its environment: pass userPool and userPoolClient');
  });

  it('refuses to look up a handler the definition does not list', () => {
    expect(() => functions.functionFor({ file: 'lambdas/other.ts' })).toThrow('No function runs lambdas/other.ts#handler');
  });
});
