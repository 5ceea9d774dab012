import { Template } from 'aws-cdk-lib/assertions';
import { MANAGED_RULE_GROUPS, ToyApiFirewall } from '../../../infra/constructs/firewall';
import { InvalidPropsError } from '../../../infra/errors';
import { nagFindings, testStack } from '../support';

const API_ARN = 'arn:aws:appsync:us-east-1:111111111111:apis/api123';

describe('ToyApiFirewall', () => {
  const stack = testStack();
  new ToyApiFirewall(stack, 'Firewall', { namePrefix: 'toyapi-test', apiArn: API_ARN, requestsPerFiveMinutes: 300 });
  const template = Template.fromStack(stack);

  it('creates a regional web ACL: per-IP rate limit first, then AWS’s common and known-bad-inputs rules', () => {
    const [acl] = Object.values(template.findResources('AWS::WAFv2::WebACL'));
    expect(acl.Properties).toMatchObject({ Name: 'toyapi-test-waf', Scope: 'REGIONAL', DefaultAction: { Allow: {} } });
    const rules = acl.Properties.Rules as { Name: string; Priority: number; Statement: Record<string, { Limit?: number; AggregateKeyType?: string; Name?: string }> }[];
    expect(rules.map((rule) => [rule.Priority, rule.Name])).toEqual([[0, 'RateLimitPerIp'], [1, MANAGED_RULE_GROUPS[0]], [2, MANAGED_RULE_GROUPS[1]]]);
    expect(rules[0].Statement.RateBasedStatement).toMatchObject({ Limit: 300, AggregateKeyType: 'IP', EvaluationWindowSec: 300 });
    expect(rules[1].Statement.ManagedRuleGroupStatement).toMatchObject({ VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' });
    expect(rules[2].Statement.ManagedRuleGroupStatement).toMatchObject({ VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' });
  });

  it('counts instead of blocking large GraphQL bodies (bulk mutations)', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: [{}, { Statement: { ManagedRuleGroupStatement: { RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }] } } }, {}],
    });
  });

  it('associates the ACL with the API', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', { ResourceArn: API_ARN });
    expect(nagFindings(stack)).toEqual([]);
  });

  it('refuses a rate limit AWS WAF does not accept', () => {
    expect(() => new ToyApiFirewall(testStack(), 'Firewall', { namePrefix: 'toyapi-test', apiArn: API_ARN, requestsPerFiveMinutes: 5 })).toThrow(
      new InvalidPropsError('ToyApiFirewall', ["requestsPerFiveMinutes must be a whole number of at least 10 (AWS WAF's lowest), not 5"]),
    );
  });
});
