import { App, Stack } from 'aws-cdk-lib';
import { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { NagRuleCompliance } from 'cdk-nag';
import { DynamoDbOnDemand } from '../../../../infra/nag/rules/dynamodb-on-demand';
import { assemblyOutdir } from '../../support';

describe('DynamoDbOnDemand', () => {
  const stack = new Stack(new App({ outdir: assemblyOutdir() }));
  const table = (id: string, billingMode?: string) =>
    new CfnTable(stack, id, { keySchema: [{ attributeName: 'id', keyType: 'HASH' }], attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }], billingMode });

  it('accepts on-demand tables and refuses provisioned ones (also the default)', () => {
    expect(DynamoDbOnDemand(table('OnDemand', 'PAY_PER_REQUEST'))).toBe(NagRuleCompliance.COMPLIANT);
    expect(DynamoDbOnDemand(table('Provisioned', 'PROVISIONED'))).toBe(NagRuleCompliance.NON_COMPLIANT);
    expect(DynamoDbOnDemand(table('Default'))).toBe(NagRuleCompliance.NON_COMPLIANT);
  });
});
