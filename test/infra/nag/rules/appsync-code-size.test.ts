import { App, Stack } from 'aws-cdk-lib';
import { CfnFunctionConfiguration, CfnResolver } from 'aws-cdk-lib/aws-appsync';
import { CfnTopic } from 'aws-cdk-lib/aws-sns';
import { NagRuleCompliance } from 'cdk-nag';
import { MAX_RESOLVER_CODE_LENGTH } from '../../../../local/runtime/bundle';
import { AppSyncCodeSize } from '../../../../infra/nag/rules/appsync-code-size';
import { assemblyOutdir } from '../../support';

describe('AppSyncCodeSize', () => {
  const stack = new Stack(new App({ outdir: assemblyOutdir() }));
  const resolver = (code: string) => new CfnResolver(stack, `R${code.length}`, { apiId: 'api', typeName: 'Query', fieldName: 'f', code });

  it('accepts code up to 32,768 characters and refuses one more', () => {
    expect(AppSyncCodeSize(resolver('x'.repeat(MAX_RESOLVER_CODE_LENGTH)))).toBe(NagRuleCompliance.COMPLIANT);
    expect(AppSyncCodeSize(resolver('x'.repeat(MAX_RESOLVER_CODE_LENGTH + 1)))).toBe(NagRuleCompliance.NON_COMPLIANT);
  });

  it('checks pipeline functions too, and nothing else', () => {
    const fn = new CfnFunctionConfiguration(stack, 'F', { apiId: 'api', name: 'f', dataSourceName: 'none', code: 'y'.repeat(40_000) });
    expect(AppSyncCodeSize(fn)).toBe(NagRuleCompliance.NON_COMPLIANT);
    expect(AppSyncCodeSize(new CfnTopic(stack, 'T'))).toBe(NagRuleCompliance.NOT_APPLICABLE);
    expect(AppSyncCodeSize(new CfnResolver(stack, 'S3', { apiId: 'api', typeName: 'Query', fieldName: 'g', codeS3Location: 's3://b/k' }))).toBe(
      NagRuleCompliance.NOT_APPLICABLE,
    );
  });
});
