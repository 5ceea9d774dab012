import { Duration, Stack, Token } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, MetricFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { assertValidProps } from '../errors';
import { GLOBAL_REGION } from './global-region';
import { namePrefixProblems, resourceName } from './naming';

/** The alarms an environment may choose; each is exactly one CloudWatch alarm. */
export const ALARM_NAMES = ['latencyP95', 'serverErrors', 'lambdaErrors', 'dynamoDbThrottles', 'unauthorized', 'billing'] as const;
export type AlarmName = (typeof ALARM_NAMES)[number];

const PERIOD = Duration.minutes(5);

export interface ToyApiMonitoringProps {
  /** Starts the dashboard, topic and alarm names: `<namePrefix>-…`. */
  readonly namePrefix: string;
  /** The AppSync API's id (its metrics' GraphQLAPIId dimension). */
  readonly apiId: string;
  /** The API's log group: failed authorizations are counted from it. */
  readonly apiLogGroup: ILogGroup;
  /** @default [] */
  readonly functions?: readonly IFunction[];
  /** @default [] */
  readonly tables?: readonly ITable[];
  /**
   * Which alarms to create. The free tier has 10 alarms per account for all environments together.
   * @default [] — a dashboard only
   */
  readonly alarms?: readonly AlarmName[];
  /** Who is emailed when an alarm fires (confirms a subscription first). @default - no subscription */
  readonly alarmEmail?: string;
  /** The latency SLO: p95 above it alarms. @default Duration.millis(200) */
  readonly latencyThreshold?: Duration;
  /** Estimated monthly charges (USD) above which the billing alarm fires. @default 10 */
  readonly billingThresholdUsd?: number;
}

/**
 * A dashboard of the API (latency p50/p95/p99, 4XX/5XX, tokens), its functions (errors, duration,
 * throttles) and tables (throttles, consumed capacity); the chosen alarms, and the SNS topic they notify.
 */
export class ToyApiMonitoring extends Construct {
  readonly dashboard: Dashboard;
  readonly topic: Topic;
  readonly alarms: Readonly<Partial<Record<AlarmName, Alarm>>>;
  /** Failed authorizations per period, counted from the API's logs. */
  readonly unauthorizedMetric: Metric;
  private readonly namePrefix: string;

  constructor(scope: Construct, id: string, props: ToyApiMonitoringProps) {
    super(scope, id);
    const functions = props.functions ?? [];
    const tables = props.tables ?? [];
    const wanted = props.alarms ?? [];
    assertValidProps('ToyApiMonitoring', monitoringProblems(Stack.of(this).region, props, wanted, functions, tables));
    this.namePrefix = props.namePrefix;

    this.topic = new Topic(this, 'AlarmTopic', { topicName: resourceName(props.namePrefix, 'alarms'), enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    // Labels only on dashboard metrics: a labelled metric turns an alarm into a metric-math alarm.
    const apiMetric = (metricName: string, statistic: string, label?: string) =>
      new Metric({ namespace: 'AWS/AppSync', metricName, dimensionsMap: { GraphQLAPIId: props.apiId }, statistic, period: PERIOD, label });
    const metricFilter = new MetricFilter(this, 'UnauthorizedFilter', {
      logGroup: props.apiLogGroup,
      // AppSync logs the error type of every refused request and field: "Unauthorized".
      filterPattern: FilterPattern.literal('"Unauthorized"'),
      metricNamespace: `ToyApi/${props.namePrefix}`,
      metricName: 'UnauthorizedErrors',
      metricValue: '1',
      defaultValue: 0,
    });
    this.unauthorizedMetric = metricFilter.metric({ statistic: 'Sum', period: PERIOD });
    const lambdaErrors = () => sumOf('Lambda errors', functions.map((fn) => fn.metricErrors({ period: PERIOD })));
    const tableThrottles = () => sumOf('DynamoDB throttled events', tables.flatMap((table) => [
      table.metric('ReadThrottleEvents', { statistic: 'Sum', period: PERIOD }),
      table.metric('WriteThrottleEvents', { statistic: 'Sum', period: PERIOD }),
    ]));

    const alarmFactories: Record<AlarmName, () => Alarm> = {
      latencyP95: () => this.alarm('latency-p95', apiMetric('Latency', 'p95'), (props.latencyThreshold ?? Duration.millis(200)).toMilliseconds(), 'p95 latency above the SLO', 3),
      serverErrors: () => this.alarm('5xx', apiMetric('5XXError', 'Sum'), 0, 'AppSync answered with 5XX errors', 1),
      lambdaErrors: () => this.alarm('lambda-errors', lambdaErrors(), 0, 'A Lambda function failed', 1),
      dynamoDbThrottles: () => this.alarm('dynamodb-throttles', tableThrottles(), 0, 'DynamoDB throttled requests', 1),
      unauthorized: () => this.alarm('unauthorized', this.unauthorizedMetric, 50, 'Many failed authorizations (more than 50 in 5 minutes)', 1),
      billing: () => this.alarm('billing', new Metric({
        namespace: 'AWS/Billing', metricName: 'EstimatedCharges', dimensionsMap: { Currency: 'USD' }, statistic: 'Maximum', period: Duration.hours(6),
      }), props.billingThresholdUsd ?? 10, 'Estimated monthly charges above budget', 1),
    };
    const alarms: Partial<Record<AlarmName, Alarm>> = {};
    for (const name of wanted) alarms[name] = alarmFactories[name]();
    this.alarms = alarms;

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: resourceName(props.namePrefix, 'dashboard'), defaultInterval: Duration.hours(3) });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: `# ${props.namePrefix}\nAlarms here: ${wanted.join(', ') || 'none'}`, width: 24, height: 2 }),
      new GraphWidget({ title: 'Latency (ms)', left: ['p50', 'p95', 'p99'].map((stat) => apiMetric('Latency', stat, `Latency ${stat}`)), width: 8 }),
      new GraphWidget({ title: 'Errors', left: [apiMetric('4XXError', 'Sum', '4XX'), apiMetric('5XXError', 'Sum', '5XX'), this.unauthorizedMetric.with({ label: 'Unauthorized' })], width: 8 }),
      new GraphWidget({ title: 'Tokens consumed', left: [apiMetric('TokensConsumed', 'Sum', 'Tokens')], width: 8 }),
    );
    if (functions.length > 0) {
      this.dashboard.addWidgets(
        new GraphWidget({ title: 'Lambda errors', left: functions.map((fn) => fn.metricErrors({ period: PERIOD })), width: 8 }),
        new GraphWidget({ title: 'Lambda duration p95 (ms)', left: functions.map((fn) => fn.metricDuration({ statistic: 'p95', period: PERIOD })), width: 8 }),
        new GraphWidget({ title: 'Lambda throttles', left: functions.map((fn) => fn.metricThrottles({ period: PERIOD })), width: 8 }),
      );
    }
    if (tables.length > 0) {
      this.dashboard.addWidgets(
        new GraphWidget({ title: 'DynamoDB throttled events', left: [tableThrottles()], width: 12 }),
        new GraphWidget({
          title: 'DynamoDB consumed capacity',
          left: tables.map((table) => table.metricConsumedReadCapacityUnits({ period: PERIOD })),
          right: tables.map((table) => table.metricConsumedWriteCapacityUnits({ period: PERIOD })),
          width: 12,
        }),
      );
    }
  }

  private alarm(name: string, metric: IMetric, threshold: number, description: string, evaluationPeriods: number): Alarm {
    const alarm = new Alarm(this, `Alarm-${name}`, {
      alarmName: resourceName(this.namePrefix, name),
      alarmDescription: description,
      metric,
      threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    return alarm;
  }
}

/** One metric that adds up several (an alarm watches one metric; math keeps it one alarm, not one each). */
function sumOf(label: string, metrics: readonly IMetric[]): MathExpression {
  const usingMetrics = Object.fromEntries(metrics.map((metric, i) => [`m${i}`, metric]));
  return new MathExpression({
    expression: `SUM([${Object.keys(usingMetrics).join(',')}])`,
    usingMetrics,
    label,
    period: PERIOD,
  });
}

function monitoringProblems(
  region: string,
  props: ToyApiMonitoringProps,
  wanted: readonly AlarmName[],
  functions: readonly IFunction[],
  tables: readonly ITable[],
): string[] {
  const problems = namePrefixProblems(props.namePrefix);
  const unknown = wanted.filter((name) => !(ALARM_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) problems.push(`unknown alarm(s) ${unknown.join(', ')}: choose from ${ALARM_NAMES.join(', ')}`);
  if (new Set(wanted).size !== wanted.length) problems.push('alarms lists an alarm twice');
  if (wanted.includes('lambdaErrors') && functions.length === 0) problems.push("the 'lambdaErrors' alarm needs functions: pass them or drop the alarm");
  if (wanted.includes('dynamoDbThrottles') && tables.length === 0) problems.push("the 'dynamoDbThrottles' alarm needs tables: pass them or drop the alarm");
  if (wanted.includes('billing') && (Token.isUnresolved(region) || region !== GLOBAL_REGION)) {
    problems.push(`the billing alarm must be in a stack pinned to ${GLOBAL_REGION} (AWS publishes billing metrics only there), not ${Token.isUnresolved(region) ? 'an environment-agnostic stack' : region}`);
  }
  if (props.billingThresholdUsd !== undefined && !(props.billingThresholdUsd > 0)) problems.push('billingThresholdUsd must be a positive number of dollars');
  return problems;
}
