import { Annotations, Duration } from 'aws-cdk-lib';
import { FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import { Metric, Unit, type MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { FilterPattern, MetricFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { GraphQLSchema } from 'graphql';
import { deprecatedFieldsOf, type DeprecatedField } from '../../local/execution/deprecated-usage';

export interface DeprecatedFieldUsageMetricsProps {
  /** The API's id: environments sharing an account get separate metrics. */
  readonly apiId: string;
  /** The API's log group (`/aws/appsync/apis/<apiId>`). It must exist before the filters: create it in the stack. */
  readonly logGroup: ILogGroup;
  /** The schema the API serves (the API description's `schema`): every field it deprecates is measured. */
  readonly schema: GraphQLSchema;
  /** The API's field log level. AppSync writes the Tracing entries counted here at ALL only. */
  readonly fieldLogLevel: FieldLogLevel;
  /** @default 'AppSync/DeprecatedFields' */
  readonly namespace?: string;
}

/**
 * The cloud half of deprecated-field usage: a CloudWatch metric of every resolution of a deprecated field.
 * APPSYNC_JS code cannot call CloudWatch, but with field logging at ALL AppSync writes one structured
 * `Tracing` log entry per resolved field (`graphQLAPIId`, `parentType`, `fieldName`, …); one metric filter
 * per deprecated field turns those into the metric `DeprecatedFieldResolutions` (dimensions GraphQLAPIId,
 * ParentType and FieldName). See https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html ("Tracing").
 */
export class DeprecatedFieldUsageMetrics extends Construct {
  static readonly METRIC_NAME = 'DeprecatedFieldResolutions';

  readonly namespace: string;
  /** The deprecated fields measured, as the schema declares them. */
  readonly fields: readonly DeprecatedField[];
  private readonly apiId: string;

  constructor(scope: Construct, id: string, props: DeprecatedFieldUsageMetricsProps) {
    super(scope, id);
    this.namespace = props.namespace ?? 'AppSync/DeprecatedFields';
    this.apiId = props.apiId;
    this.fields = deprecatedFieldsOf(props.schema);
    for (const { typeName, fieldName } of this.fields) {
      new MetricFilter(this, `${typeName}.${fieldName}`, {
        logGroup: props.logGroup,
        filterPattern: FilterPattern.all(
          FilterPattern.stringValue('$.logType', '=', 'Tracing'),
          FilterPattern.stringValue('$.parentType', '=', typeName),
          FilterPattern.stringValue('$.fieldName', '=', fieldName),
        ),
        metricNamespace: this.namespace,
        metricName: DeprecatedFieldUsageMetrics.METRIC_NAME,
        metricValue: '1',
        unit: Unit.COUNT,
        dimensions: { GraphQLAPIId: '$.graphQLAPIId', ParentType: '$.parentType', FieldName: '$.fieldName' },
      });
    }
    if (this.fields.length > 0 && props.fieldLogLevel !== FieldLogLevel.ALL) {
      Annotations.of(this).addInfo(
        `field log level ${props.fieldLogLevel}: AppSync writes Tracing entries at ALL only, so the deprecated-field metrics stay at zero here ` +
          '(set ALL for a measuring window before a removal; see docs/schema-evolution.md)',
      );
    }
  }

  /** Resolutions of one deprecated field; the sum per day by default. */
  metric(typeName: string, fieldName: string, options: MetricOptions = {}): Metric {
    return new Metric({
      namespace: this.namespace,
      metricName: DeprecatedFieldUsageMetrics.METRIC_NAME,
      dimensionsMap: { GraphQLAPIId: this.apiId, ParentType: typeName, FieldName: fieldName },
      statistic: 'Sum',
      period: Duration.days(1),
      ...options,
    });
  }
}
