import type { CfnResource } from 'aws-cdk-lib';
import { CfnFunctionConfiguration, CfnResolver } from 'aws-cdk-lib/aws-appsync';
import { NagRuleCompliance, NagRules } from 'cdk-nag';
import { MAX_RESOLVER_CODE_LENGTH } from '../../../local/runtime/bundle';

/**
 * AppSync refuses resolver and function code longer than 32,768 characters, but only when the stack
 * deploys: this finds it at synth. Code that is not a literal (an S3 location) cannot be measured here.
 */
export function AppSyncCodeSize(node: CfnResource): NagRuleCompliance {
  if (!(node instanceof CfnResolver) && !(node instanceof CfnFunctionConfiguration)) return NagRuleCompliance.NOT_APPLICABLE;
  const code: unknown = NagRules.resolveIfPrimitive(node, node.code);
  if (typeof code !== 'string') return NagRuleCompliance.NOT_APPLICABLE;
  return code.length <= MAX_RESOLVER_CODE_LENGTH ? NagRuleCompliance.COMPLIANT : NagRuleCompliance.NON_COMPLIANT;
}
