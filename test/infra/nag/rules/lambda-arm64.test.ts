import { App, Stack } from 'aws-cdk-lib';
import { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NagRuleCompliance } from 'cdk-nag';
import { LambdaArm64 } from '../../../../infra/nag/rules/lambda-arm64';
import { assemblyOutdir } from '../../support';

describe('LambdaArm64', () => {
  const stack = new Stack(new App({ outdir: assemblyOutdir() }));
  const fn = (id: string, architectures?: string[]) => new CfnFunction(stack, id, { role: 'arn:aws:iam::111111111111:role/r', code: { zipFile: 'x' }, architectures });

  it('accepts arm64 and refuses x86_64 or the default (which is x86_64)', () => {
    expect(LambdaArm64(fn('Arm', ['arm64']))).toBe(NagRuleCompliance.COMPLIANT);
    expect(LambdaArm64(fn('X86', ['x86_64']))).toBe(NagRuleCompliance.NON_COMPLIANT);
    expect(LambdaArm64(fn('Default'))).toBe(NagRuleCompliance.NON_COMPLIANT);
  });
});
