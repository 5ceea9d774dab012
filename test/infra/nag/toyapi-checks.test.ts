import { Template } from 'aws-cdk-lib/assertions';
import { Table, AttributeType, BillingMode } from 'aws-cdk-lib/aws-dynamodb';
import { Validations } from 'aws-cdk-lib';
import { ToyApiChecks } from '../../../infra/nag/toyapi-checks';
import { testStack } from '../support';

describe('ToyApiChecks', () => {
  it('reports a rule as ToyApi-<rule> and fails synthesis on it', () => {
    const stack = testStack();
    new Table(stack, 'Provisioned', { partitionKey: { name: 'id', type: AttributeType.STRING }, billingMode: BillingMode.PROVISIONED, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });
    const report = new ToyApiChecks().validateScope(stack);
    expect(report.violations.map((v) => [v.ruleName, v.violatingResources.map((r) => r.constructPath)])).toEqual([
      ['ToyApi-DynamoDbOnDemand', ['Test/Provisioned/Resource']],
    ]);
    expect(() => Template.fromStack(stack)).toThrow(/ToyApi-DynamoDbOnDemand/);
  });

  it('honours an acknowledgement with a reason, as for any cdk-nag rule', () => {
    const stack = testStack();
    const table = new Table(stack, 'Provisioned', { partitionKey: { name: 'id', type: AttributeType.STRING }, billingMode: BillingMode.PROVISIONED, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } });
    Validations.of(table).acknowledge({ id: 'ToyApi-DynamoDbOnDemand', reason: 'A load test needs fixed capacity.' });
    expect(new ToyApiChecks().validateScope(stack).violations).toEqual([]);
  });
});
