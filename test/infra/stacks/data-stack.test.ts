import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { FEATURE_FLAGS } from '../../../infra/app';
import { DataStack } from '../../../infra/stacks/data-stack';
import { assemblyOutdir, describeOnce, nagFindings, TASKS_API_DIRECTORY } from '../support';

describe('DataStack', () => {
  const { definition } = describeOnce(TASKS_API_DIRECTORY);
  const app = new App({ outdir: assemblyOutdir(), context: FEATURE_FLAGS });
  const prod = new DataStack(app, 'toyapi-prod-data', { env: { region: 'us-east-1' }, definition, namePrefix: 'toyapi-prod', retainData: true });
  const dev = new DataStack(app, 'toyapi-dev-data', { env: { region: 'us-east-1' }, definition, namePrefix: 'toyapi-dev', retainData: false });

  it('keeps prod data: every table RETAINed, deletion-protected, with PITR; the pool too; termination protection on', () => {
    const template = Template.fromStack(prod);
    expect(prod.terminationProtection).toBe(true);
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    template.allResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    template.allResourcesProperties('AWS::DynamoDB::Table', {
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain', Properties: { DeletionProtection: 'ACTIVE' } });
  });

  it('lets dev data go with the stack', () => {
    const template = Template.fromStack(dev);
    expect(dev.terminationProtection).toBe(false);
    template.allResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete' });
  });

  it('outputs the user pool and client ids and the physical table names', () => {
    const outputs = Template.fromStack(dev).toJSON().Outputs;
    expect(Object.keys(outputs).sort()).toEqual(['Tablekeys', 'Tabletasks', 'UserPoolClientId', 'UserPoolId']);
    expect(outputs.Tabletasks.Value).toBe('toyapi-dev-tasks');
    expect(nagFindings(app)).toEqual([]);
  });
});
