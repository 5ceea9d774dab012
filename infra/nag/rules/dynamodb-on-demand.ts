import type { CfnResource } from 'aws-cdk-lib';
import { CfnTable } from 'aws-cdk-lib/aws-dynamodb';
import { NagRuleCompliance, NagRules } from 'cdk-nag';

/** DynamoDB tables bill on demand: an idle environment then costs nothing, and no capacity is guessed. */
export function DynamoDbOnDemand(node: CfnResource): NagRuleCompliance {
  if (!(node instanceof CfnTable)) return NagRuleCompliance.NOT_APPLICABLE;
  return NagRules.resolveIfPrimitive(node, node.billingMode) === 'PAY_PER_REQUEST' ? NagRuleCompliance.COMPLIANT : NagRuleCompliance.NON_COMPLIANT;
}
