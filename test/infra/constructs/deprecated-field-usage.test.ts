import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Code, Definition, FunctionRuntime, GraphqlApi, Resolver } from 'aws-cdk-lib/aws-appsync';
import { buildAppSyncSchema } from '../../../local/api/schema';
import { DeprecatedFieldUsageMetrics } from '../../../infra/constructs/deprecated-field-usage';
import { InvalidPropsError } from '../../../infra/errors';
import { REPOSITORY_ROOT } from '../../../infra/paths';
import { assemblyOutdir, describeOnce } from '../support';

const SDL = `
  interface Owned { ownerId: ID! ownerName: String @deprecated(reason: "Unused. Removal after 2027-01-31.") }
  type Item implements Owned { id: ID! ownerId: ID! ownerName: String userId: ID! @deprecated(reason: "Use ownerId. Removal after 2027-05-31.") }
  type Query { items: [Item] oldItems: [Item] @deprecated(reason: "Use items. Removal after 2027-03-31.") }
`;
const CODE = Code.fromInline('export function request() { return {}; }\nexport function response(ctx) { return ctx.result; }');

/**
 * An API with a resolver on each `Type.field` given, the usage metrics over it, and their template. The
 * stack has no cdk-nag: the API here is bare (no logs), the stack and app tests check ToyApi's own.
 */
function build(resolved: readonly string[], sdl = SDL) {
  const stack = new Stack(new App({ outdir: assemblyOutdir() }), 'Test');
  const schemaFile = path.join(assemblyOutdir(), 'schema.graphql');
  writeFileSync(schemaFile, sdl);
  const api = new GraphqlApi(stack, 'Api', { name: 'test-api', definition: Definition.fromFile(schemaFile) });
  const none = api.addNoneDataSource('none');
  const resolvers = resolved.map((coordinate) => {
    const [typeName, fieldName] = coordinate.split('.');
    return new Resolver(stack, `Resolver-${coordinate}`, { api, dataSource: none, typeName, fieldName, code: CODE, runtime: FunctionRuntime.JS_1_0_0 });
  });
  const usage = new DeprecatedFieldUsageMetrics(stack, 'DeprecatedFields', { api, resolvers, schema: buildAppSyncSchema(sdl) });
  return { stack, usage, template: Template.fromStack(stack) };
}

/** `Type.field` of each resolver of the template whose enhanced metrics are enabled. */
function measuredResolvers(template: Template): string[] {
  return Object.values(template.findResources('AWS::AppSync::Resolver', { Properties: { MetricsConfig: 'ENABLED' } }))
    .map(({ Properties: p }) => `${p.TypeName}.${p.FieldName}`)
    .sort();
}

describe('DeprecatedFieldUsageMetrics', () => {
  const { usage, template } = build(['Query.items', 'Query.oldItems', 'Item.userId']);

  it('measures the deprecated fields of object types (an interface field has no resolver of its own)', () => {
    expect(usage.fields.map((f) => `${f.typeName}.${f.fieldName}`).sort()).toEqual(['Item.userId', 'Query.oldItems']);
  });

  it('switches the API to per-resolver enhanced metrics, with no data source or operation metrics', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      EnhancedMetricsConfig: {
        ResolverLevelMetricsBehavior: 'PER_RESOLVER_METRICS',
        DataSourceLevelMetricsBehavior: 'PER_DATA_SOURCE_METRICS',
        OperationLevelMetricsConfig: 'DISABLED',
      },
    });
    template.resourcePropertiesCountIs('AWS::AppSync::DataSource', { MetricsConfig: 'ENABLED' }, 0);
  });

  it('enables the metrics of exactly the deprecated fields’ resolvers', () => {
    expect(measuredResolvers(template)).toEqual(['Item.userId', 'Query.oldItems']);
    template.resourceCountIs('AWS::AppSync::Resolver', 3);
  });

  it('refuses a deprecated field without a resolver, saying which file to add', () => {
    const refusal = (() => {
      try {
        build(['Query.items']);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(InvalidPropsError);
    expect((refusal as InvalidPropsError).problems).toEqual([
      'Item.userId is deprecated but has no resolver: add resolvers/Item.userId.ts so its uses are counted',
      'Query.oldItems is deprecated but has no resolver: add resolvers/Query.oldItems.ts so its uses are counted',
    ]);
  });

  it('gives one field’s resolutions per day: AppSync’s Requests metric of its resolver', () => {
    const metric = usage.metric('Item', 'userId');
    expect(metric.namespace).toBe('AWS/AppSync');
    expect(metric.metricName).toBe('Requests');
    expect(Object.keys(metric.dimensions ?? {})).toEqual(['GraphQLAPIId', 'Resolver']);
    expect(metric.dimensions?.Resolver).toBe('Item.userId');
    expect(Stack.of(usage).resolve(metric.dimensions?.GraphQLAPIId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Api/), 'ApiId'] });
    expect(metric.statistic).toBe('Sum');
    expect(metric.period.toDays()).toBe(1);
  });

  it('gives a dashboard widget that searches the API’s per-resolver Requests metrics', () => {
    const widget = Stack.of(usage).resolve(usage.widget().toJson());
    const expression = JSON.stringify(widget[0].properties.metrics);
    expect(expression).toContain('SEARCH(\'{AWS/AppSync,GraphQLAPIId,Resolver} MetricName=\\"Requests\\" GraphQLAPIId=\\"');
    expect(expression).toContain('ApiId');
  });

  it('changes nothing for a schema that deprecates nothing', () => {
    const plain = build(['Query.items'], 'type Query { items: [String] }');
    expect(plain.usage.fields).toEqual([]);
    expect(plain.template.findResources('AWS::AppSync::GraphQLApi', { Properties: { EnhancedMetricsConfig: {} } })).toEqual({});
    expect(measuredResolvers(plain.template)).toEqual([]);
  });

  it('measures ToyApi’s own deprecated field, Item.userId, through its resolver', () => {
    const toyApi = describeOnce(REPOSITORY_ROOT);
    const { template: toyTemplate } = build(toyApi.resolvers.map((r) => `${r.typeName}.${r.fieldName}`), toyApi.schemaSdl);
    expect(measuredResolvers(toyTemplate)).toEqual(['Item.userId']);
  });
});
