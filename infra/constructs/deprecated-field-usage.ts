import { Duration } from 'aws-cdk-lib';
import {
  DataSourceLevelMetricsBehavior,
  OperationLevelMetricsConfig,
  ResolverLevelMetricsBehavior,
  ResolverMetricsConfig,
  type CfnGraphQLApi,
  type CfnResolver,
  type GraphqlApi,
  type Resolver,
} from 'aws-cdk-lib/aws-appsync';
import { GraphWidget, MathExpression, Metric, type MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { deprecatedFieldsOf, type DeprecatedField } from '../../local/execution/deprecated-usage';
import { assertValidProps } from '../errors';

/**
 * AppSync's per-resolver enhanced metrics. The API reference (EnhancedMetricsConfig) lists five per resolver
 * (GraphQL errors, Requests — "the number of invocations", Latency, cache hits, cache misses), "recorded by
 * API ID and resolver name"; the AWS blog "Unlocking deeper insights with enhanced monitoring in AWS
 * AppSync" names their namespace, `AWS/AppSync`, and dimensions, `GraphQLAPIId` and `Resolver`.
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_EnhancedMetricsConfig.html
 * https://aws.amazon.com/blogs/mobile/unlocking-deeper-insights-with-enhanced-monitoring-in-aws-appsync
 */
const ENHANCED_METRICS = { namespace: 'AWS/AppSync', invocations: 'Requests', apiDimension: 'GraphQLAPIId', resolverDimension: 'Resolver' } as const;

export interface DeprecatedFieldUsageMetricsProps {
  /** The API: its enhanced metrics are switched on, per resolver. */
  readonly api: GraphqlApi;
  /** The API's resolvers: those of deprecated fields get their metrics enabled. */
  readonly resolvers: readonly Resolver[];
  /** The schema the API serves (the API description's `schema`): every field it deprecates is measured. */
  readonly schema: GraphQLSchema;
}

/**
 * The cloud half of deprecated-field usage: AppSync's own per-resolver metrics, at every field log level.
 * The API's enhanced metrics are set to per resolver (and per data source, with none enabled; no operation
 * metrics), and only the resolvers of deprecated fields enable theirs: each enabled resolver is five custom
 * CloudWatch metrics. A deprecated field must therefore have a resolver; an API without one is refused.
 * Fields of object types are measured (only they take resolvers); an interface's field is measured
 * through the deprecated fields of the types that implement it.
 */
export class DeprecatedFieldUsageMetrics extends Construct {
  /** The deprecated fields measured, as the schema declares them. */
  readonly fields: readonly DeprecatedField[];
  private readonly apiId: string;

  constructor(scope: Construct, id: string, props: DeprecatedFieldUsageMetricsProps) {
    super(scope, id);
    this.fields = deprecatedFieldsOf(props.schema).filter((field) => isObjectType(props.schema.getType(field.typeName)));
    const resolvers = new Map(props.resolvers.map((resolver) => [coordinateOf(resolver.node.defaultChild as CfnResolver), resolver]));
    assertValidProps('DeprecatedFieldUsageMetrics', unmeasurableFieldProblems(this.fields, resolvers.keys()));
    this.apiId = props.api.apiId;
    if (this.fields.length === 0) return;

    // Set on the L1 resources: the API and its resolvers are built (from the API description) before this.
    (props.api.node.defaultChild as CfnGraphQLApi).enhancedMetricsConfig = {
      resolverLevelMetricsBehavior: ResolverLevelMetricsBehavior.PER_RESOLVER_METRICS,
      dataSourceLevelMetricsBehavior: DataSourceLevelMetricsBehavior.PER_DATA_SOURCE_METRICS,
      operationLevelMetricsConfig: OperationLevelMetricsConfig.DISABLED,
    };
    for (const field of this.fields) {
      (resolvers.get(coordinateOf(field))!.node.defaultChild as CfnResolver).metricsConfig = ResolverMetricsConfig.ENABLED;
    }
  }

  /**
   * How often one deprecated field was resolved; the sum per day by default. The `Resolver` dimension's
   * value is assumed to be `Type.field`: AWS's texts say "resolver name" without giving its form.
   */
  metric(typeName: string, fieldName: string, options: MetricOptions = {}): Metric {
    return new Metric({
      namespace: ENHANCED_METRICS.namespace,
      metricName: ENHANCED_METRICS.invocations,
      dimensionsMap: { [ENHANCED_METRICS.apiDimension]: this.apiId, [ENHANCED_METRICS.resolverDimension]: `${typeName}.${fieldName}` },
      statistic: 'Sum',
      period: Duration.days(1),
      ...options,
    });
  }

  /**
   * A dashboard widget of every per-resolver invocation metric of the API, per day. Only the resolvers of
   * deprecated fields emit one, so this is exactly their usage, each labelled as AppSync names its resolver.
   */
  widget(): GraphWidget {
    const { namespace, invocations, apiDimension, resolverDimension } = ENHANCED_METRICS;
    return new GraphWidget({
      title: 'Deprecated fields: resolutions per day',
      left: [
        new MathExpression({
          expression: `SEARCH('{${namespace},${apiDimension},${resolverDimension}} MetricName="${invocations}" ${apiDimension}="${this.apiId}"', 'Sum', 86400)`,
          usingMetrics: {},
          period: Duration.days(1),
        }),
      ],
      width: 24,
    });
  }
}

/** The deprecated fields no resolver answers, each with what to do. */
function unmeasurableFieldProblems(fields: readonly DeprecatedField[], resolvedFields: Iterable<string>): string[] {
  const resolved = new Set(resolvedFields);
  return fields
    .filter((field) => !resolved.has(coordinateOf(field)))
    .map((field) => `${coordinateOf(field)} is deprecated but has no resolver: add resolvers/${coordinateOf(field)}.ts so its uses are counted`);
}

function coordinateOf(field: { readonly typeName: string; readonly fieldName: string }): string {
  return `${field.typeName}.${field.fieldName}`;
}
