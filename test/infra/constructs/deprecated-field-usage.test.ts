import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { buildAppSyncSchema } from '../../../local/api/schema';
import { DeprecatedFieldUsageMetrics } from '../../../infra/constructs/deprecated-field-usage';
import { nagFindings, testStack } from '../support';

const SCHEMA = buildAppSyncSchema(`
  type Item { id: ID! ownerId: ID! userId: ID! @deprecated(reason: "Use ownerId. Removal after 2027-05-31.") }
  type Query { items: [Item] oldItems: [Item] @deprecated(reason: "Use items. Removal after 2027-03-31.") }
`);

function build(fieldLogLevel = FieldLogLevel.ALL, schema = SCHEMA) {
  const stack = testStack();
  const logGroup = new LogGroup(stack, 'ApiLogs', { logGroupName: '/aws/appsync/apis/example' });
  const usage = new DeprecatedFieldUsageMetrics(stack, 'DeprecatedFields', { apiId: 'k7nq3xw5fbgmhl2vyd4op6tsra', logGroup, schema, fieldLogLevel });
  return { stack, usage };
}

describe('DeprecatedFieldUsageMetrics', () => {
  it('turns the Tracing log entries of each deprecated field into one metric with the API and the field as dimensions', () => {
    const { stack, usage } = build();
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Logs::MetricFilter', 2);
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: Match.stringLikeRegexp('^ApiLogs') },
      FilterPattern: '{ ($.logType = "Tracing") && ($.parentType = "Item") && ($.fieldName = "userId") }',
      MetricTransformations: [
        {
          MetricNamespace: 'AppSync/DeprecatedFields',
          MetricName: 'DeprecatedFieldResolutions',
          MetricValue: '1',
          Unit: 'Count',
          Dimensions: [
            { Key: 'GraphQLAPIId', Value: '$.graphQLAPIId' },
            { Key: 'ParentType', Value: '$.parentType' },
            { Key: 'FieldName', Value: '$.fieldName' },
          ],
        },
      ],
    });
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ ($.logType = "Tracing") && ($.parentType = "Query") && ($.fieldName = "oldItems") }',
    });
    expect(usage.fields.map((f) => `${f.typeName}.${f.fieldName}`)).toEqual(['Item.userId', 'Query.oldItems']);
    expect(nagFindings(stack)).toEqual([]);
  });

  it('gives the metric of one field for dashboards and alarms', () => {
    const metric = build().usage.metric('Item', 'userId');
    expect(metric.namespace).toBe('AppSync/DeprecatedFields');
    expect(metric.metricName).toBe('DeprecatedFieldResolutions');
    expect(metric.dimensions).toEqual({ GraphQLAPIId: 'k7nq3xw5fbgmhl2vyd4op6tsra', ParentType: 'Item', FieldName: 'userId' });
    expect(metric.statistic).toBe('Sum');
    expect(metric.period.toDays()).toBe(1);
  });

  it('says where the log level keeps the metric at zero', () => {
    const { stack } = build(FieldLogLevel.ERROR);
    Annotations.fromStack(stack).hasInfo('/Test/DeprecatedFields', Match.stringLikeRegexp('field log level ERROR: AppSync writes Tracing entries at ALL only'));
    Annotations.fromStack(build(FieldLogLevel.ALL).stack).hasNoInfo('*', Match.anyValue());
  });

  it('creates nothing for a schema that deprecates nothing', () => {
    const { stack } = build(FieldLogLevel.ERROR, buildAppSyncSchema('type Query { items: [String] }'));
    Template.fromStack(stack).resourceCountIs('AWS::Logs::MetricFilter', 0);
    Annotations.fromStack(stack).hasNoInfo('*', Match.anyValue());
  });
});
