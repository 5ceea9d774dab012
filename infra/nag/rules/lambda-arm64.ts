import { Stack, type CfnResource } from 'aws-cdk-lib';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NagRuleCompliance } from 'cdk-nag';

/** Lambda functions run on arm64 (Graviton): the same work costs less per GB-second than on x86_64. */
export function LambdaArm64(node: CfnResource): NagRuleCompliance {
  if (!(node instanceof CfnFunction)) return NagRuleCompliance.NOT_APPLICABLE;
  const architectures: unknown = Stack.of(node).resolve(node.architectures);
  return Array.isArray(architectures) && architectures.length === 1 && architectures[0] === 'arm64'
    ? NagRuleCompliance.COMPLIANT
    : NagRuleCompliance.NON_COMPLIANT;
}
