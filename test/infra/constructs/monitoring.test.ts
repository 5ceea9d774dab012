import { Match, Template } from 'aws-cdk-lib/assertions';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Stack } from 'aws-cdk-lib';
import { ToyApiAuth } from '../../../infra/constructs/auth';
import { ToyApiData } from '../../../infra/constructs/data';
import { ToyApiFunctions } from '../../../infra/constructs/functions';
import { ALARM_NAMES, ToyApiMonitoring, type ToyApiMonitoringProps } from '../../../infra/constructs/monitoring';
import { InvalidPropsError } from '../../../infra/errors';
import { describeOnce, nagFindings, TASKS_API_DIRECTORY, testStack } from '../support';

function build(props: Partial<ToyApiMonitoringProps> = {}, stack: Stack = testStack()) {
  const description = describeOnce(TASKS_API_DIRECTORY);
  const data = new ToyApiData(stack, 'Data', { tables: description.definition.tables!, namePrefix: 'toyapi-test' });
  const auth = new ToyApiAuth(stack, 'Auth', { namePrefix: 'toyapi-test' });
  const functions = new ToyApiFunctions(stack, 'Functions', { description, namePrefix: 'toyapi-test', data, userPool: auth.userPool, userPoolClient: auth.client });
  const monitoring = new ToyApiMonitoring(stack, 'Monitoring', {
    namePrefix: 'toyapi-test',
    apiId: 'abcdefghijklmnopqrstuvwxyz',
    apiLogGroup: new LogGroup(stack, 'ApiLogs', { logGroupName: '/aws/appsync/apis/abcdefghijklmnopqrstuvwxyz' }),
    functions: functions.functions,
    tables: Object.values(data.tables),
    ...props,
  });
  return { stack, monitoring, template: Template.fromStack(stack) };
}

describe('ToyApiMonitoring', () => {
  it('has a dashboard and no alarm by default (dev): alarms are counted against the free tier', () => {
    const { template, stack } = build();
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardName: 'toyapi-test-dashboard' });
    expect(nagFindings(stack)).toEqual([]);
  });

  it('charts API latency p50/p95/p99, 4XX/5XX, tokens, Lambda errors/duration/throttles and DynamoDB throttles and capacity', () => {
    const { template } = build();
    const body = JSON.stringify(template.findResources('AWS::CloudWatch::Dashboard'));
    for (const expected of ['"stat\\":\\"p50', '"stat\\":\\"p95', '"stat\\":\\"p99', '4XXError', '5XXError', 'TokensConsumed',
      'AWS/Lambda\\",\\"Errors', 'AWS/Lambda\\",\\"Duration', 'AWS/Lambda\\",\\"Throttles', 'ReadThrottleEvents', 'WriteThrottleEvents',
      'ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits', 'UnauthorizedErrors']) {
      expect(body).toContain(expected);
    }
  });

  it('creates exactly one alarm per name asked for, each notifying the SNS topic', () => {
    const { template, stack } = build({ alarms: [...ALARM_NAMES], alarmEmail: 'ops@example.com' });
    template.resourceCountIs('AWS::CloudWatch::Alarm', ALARM_NAMES.length);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: Match.stringLikeRegexp('^MonitoringAlarmTopic') }] });
    template.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'toyapi-test-alarms' });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
    expect(nagFindings(stack)).toEqual([]);
  });

  it('alarms when p95 latency exceeds the 200 ms SLO', () => {
    build({ alarms: ['latencyP95'] }).template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'toyapi-test-latency-p95',
      Namespace: 'AWS/AppSync',
      MetricName: 'Latency',
      ExtendedStatistic: 'p95',
      Dimensions: [{ Name: 'GraphQLAPIId', Value: 'abcdefghijklmnopqrstuvwxyz' }],
      Threshold: 200,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
  });

  it('watches all functions and all tables with one alarm each (metric math), not one per resource', () => {
    const { template } = build({ alarms: ['lambdaErrors', 'dynamoDbThrottles'] });
    template.resourceCountIs('AWS::CloudWatch::Alarm', 2);
    const lambda = Object.values(template.findResources('AWS::CloudWatch::Alarm', { Properties: { AlarmName: 'toyapi-test-lambda-errors' } }))[0];
    expect(lambda.Properties.Metrics.filter((m: { MetricStat?: unknown }) => m.MetricStat)).toHaveLength(3);
    const throttles = Object.values(template.findResources('AWS::CloudWatch::Alarm', { Properties: { AlarmName: 'toyapi-test-dynamodb-throttles' } }))[0];
    expect(throttles.Properties.Metrics.filter((m: { MetricStat?: unknown }) => m.MetricStat)).toHaveLength(4);
  });

  it('counts failed authorizations from the API’s logs and alarms on them', () => {
    const { template } = build({ alarms: ['unauthorized'] });
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '"Unauthorized"',
      MetricTransformations: [{ MetricNamespace: 'ToyApi/toyapi-test', MetricName: 'UnauthorizedErrors', MetricValue: '1', DefaultValue: 0 }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'toyapi-test-unauthorized', MetricName: 'UnauthorizedErrors' });
  });

  it('alarms on estimated charges in us-east-1', () => {
    build({ alarms: ['billing'], billingThresholdUsd: 25 }).template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Billing', MetricName: 'EstimatedCharges', Dimensions: [{ Name: 'Currency', Value: 'USD' }], Threshold: 25, Period: 21600,
    });
  });

  it('refuses a billing alarm elsewhere, and alarms with nothing to watch', () => {
    expect(() => build({ alarms: ['billing'] }, testStack({ region: 'eu-west-1' }))).toThrow(
      'the billing alarm must be in a stack pinned to us-east-1 (AWS publishes billing metrics only there), not eu-west-1',
    );
    expect(() => build({ alarms: ['lambdaErrors', 'lambdaErrors'], functions: [] })).toThrow(
      new InvalidPropsError('ToyApiMonitoring', ['alarms lists an alarm twice', "the 'lambdaErrors' alarm needs functions: pass them or drop the alarm"]),
    );
  });
});
