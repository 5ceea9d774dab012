import type { CfnResource } from 'aws-cdk-lib';
import { NagMessageLevel, NagPack, type NagPackProps } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { AppSyncCodeSize } from './rules/appsync-code-size';
import { DynamoDbOnDemand } from './rules/dynamodb-on-demand';
import { LambdaArm64 } from './rules/lambda-arm64';

/**
 * ToyApi's own rules, run beside AwsSolutions on every synth: AppSync's limits found before a deploy, and
 * the cost policy (free tier first). Rule ids are `ToyApi-<rule>`, acknowledged like any cdk-nag rule.
 */
export class ToyApiChecks extends NagPack {
  readonly name = 'ToyApi';

  constructor(scope?: IConstruct, props?: NagPackProps) {
    super(scope, props);
    this.packName = 'ToyApi';
  }

  protected checkResource(node: CfnResource): void {
    this.applyRule({
      info: 'The AppSync resolver or function code is longer than the 32,768 characters AppSync accepts.',
      explanation: 'AppSync rejects it on deploy; move shared code out of it or split the resolver into pipeline functions.',
      level: NagMessageLevel.ERROR,
      rule: AppSyncCodeSize,
      node,
    });
    this.applyRule({
      info: 'The Lambda function does not run on arm64.',
      explanation: 'arm64 (Graviton) costs less for the same work; ToyApi handlers have no native dependencies.',
      level: NagMessageLevel.ERROR,
      rule: LambdaArm64,
      node,
    });
    this.applyRule({
      info: 'The DynamoDB table does not bill on demand.',
      explanation: 'Provisioned capacity is paid for while idle; ToyApi environments are idle most of the time.',
      level: NagMessageLevel.ERROR,
      rule: DynamoDbOnDemand,
      node,
    });
  }
}
