import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { assertValidProps } from '../errors';
import { namePrefixProblems, resourceName } from './naming';

export interface ToyApiFirewallProps {
  /** Names the web ACL and its metrics: `<namePrefix>-waf`. */
  readonly namePrefix: string;
  /** The AppSync API to protect. */
  readonly apiArn: string;
  /**
   * Requests one IP address may make in any 5-minute window before it is blocked (at least 10).
   * @default 1000
   */
  readonly requestsPerFiveMinutes?: number;
}

/** The AWS managed rule groups the firewall runs, in order. Managed by AWS, no subscription fee. */
export const MANAGED_RULE_GROUPS = ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet'] as const;

/**
 * An AWS WAF web ACL on the API (the `waf` cost flag): a per-IP rate limit, then AWS's common and
 * known-bad-inputs rule groups.
 */
export class ToyApiFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: ToyApiFirewallProps) {
    super(scope, id);
    const limit = props.requestsPerFiveMinutes ?? 1000;
    assertValidProps('ToyApiFirewall', [
      ...namePrefixProblems(props.namePrefix),
      ...(Number.isInteger(limit) && limit >= 10 ? [] : [`requestsPerFiveMinutes must be a whole number of at least 10 (AWS WAF's lowest), not ${limit}`]),
    ]);
    const name = resourceName(props.namePrefix, 'waf');
    const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(name),
      rules: [
        {
          name: 'RateLimitPerIp',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: 300 } },
          visibilityConfig: visibility(`${name}-rate-limit`),
        },
        ...MANAGED_RULE_GROUPS.map((groupName, i) => ({
          name: groupName,
          priority: i + 1,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: groupName,
              // GraphQL bulk mutations legitimately send bodies over the common set's 8 KB limit: count
              // them instead of blocking (AppSync itself caps requests).
              ruleActionOverrides: groupName === 'AWSManagedRulesCommonRuleSet' ? [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }] : undefined,
            },
          },
          visibilityConfig: visibility(`${name}-${groupName}`),
        })),
      ],
    });
    new CfnWebACLAssociation(this, 'Association', { resourceArn: props.apiArn, webAclArn: this.webAcl.attrArn });
  }
}
