import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { CfnGraphQLApi } from 'aws-cdk-lib/aws-appsync';
import type { Construct } from 'constructs';
import type { ApiDescription } from '../../local/api/describe';
import type { CostFlags } from '../config/flags';
import type { EnvironmentConfig, ToyApiConfig } from '../config/types';
import { ToyApiGraphql } from '../constructs/api';
import { DeprecatedFieldUsageMetrics } from '../constructs/deprecated-field-usage';
import { ToyApiDomain } from '../constructs/domain';
import { ToyApiFirewall } from '../constructs/firewall';
import { ToyApiFunctions } from '../constructs/functions';
import { ToyApiMonitoring } from '../constructs/monitoring';
import type { DataStack } from './data-stack';

export interface ApiStackProps extends StackProps {
  /** The API to deploy, as `describeApi` describes it. */
  readonly apiDescription: ApiDescription;
  /** `<project>-<env>`: starts every resource name. */
  readonly namePrefix: string;
  readonly environment: EnvironmentConfig;
  readonly domain: ToyApiConfig['domain'];
  readonly flags: CostFlags;
  /** The environment's tables and user pool. */
  readonly dataStack: DataStack;
  /** The clock the API key's expiry counts from. @default () => new Date() */
  readonly now?: () => Date;
}

/** The stateless half of an environment: functions, the GraphQL API, monitoring and the flagged extras. */
export class ApiStack extends Stack {
  readonly functions: ToyApiFunctions;
  readonly graphql: ToyApiGraphql;
  readonly monitoring: ToyApiMonitoring;
  readonly deprecatedFieldUsage: DeprecatedFieldUsageMetrics;
  readonly domain?: ToyApiDomain;
  readonly firewall?: ToyApiFirewall;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { environment: env, flags, namePrefix } = props;
    const { data, auth } = props.dataStack;
    const logRemovalPolicy = env.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    this.functions = new ToyApiFunctions(this, 'Functions', {
      description: props.apiDescription,
      namePrefix,
      data,
      userPool: auth.userPool,
      userPoolClient: auth.client,
      memorySize: env.lambdaMemoryMb,
      logRetention: env.logRetention,
      logRemovalPolicy,
      tracing: flags.tracing,
    });
    this.graphql = new ToyApiGraphql(this, 'Graphql', {
      description: props.apiDescription,
      namePrefix,
      data,
      functions: this.functions,
      userPool: auth.userPool,
      userPoolClient: auth.client,
      fieldLogLevel: env.fieldLogLevel,
      logRetention: env.logRetention,
      logRemovalPolicy,
      introspection: env.introspection,
      tracing: flags.tracing,
      cache: flags.cache ? { ttl: Duration.seconds(env.cacheTtlSeconds) } : undefined,
      now: props.now,
    });
    this.monitoring = new ToyApiMonitoring(this, 'Monitoring', {
      namePrefix,
      apiId: this.graphql.api.apiId,
      apiLogGroup: this.graphql.logGroup,
      functions: this.functions.functions,
      tables: Object.values(data.tables),
      alarms: env.alarms,
      alarmEmail: env.alarmEmail,
      billingThresholdUsd: env.billingThresholdUsd,
    });
    // Removals are decided from data: how often each deprecated field is still resolved.
    this.deprecatedFieldUsage = new DeprecatedFieldUsageMetrics(this, 'DeprecatedFieldUsage', {
      api: this.graphql.api,
      resolvers: this.graphql.resolvers,
      schema: props.apiDescription.schema,
    });
    if (this.deprecatedFieldUsage.fields.length > 0) this.monitoring.dashboard.addWidgets(this.deprecatedFieldUsage.widget());
    if (flags.customDomain) {
      this.domain = new ToyApiDomain(this, 'Domain', {
        apiId: this.graphql.api.apiId,
        zoneName: props.domain.zoneName,
        hostedZoneId: props.domain.hostedZoneId,
        label: env.domainLabel,
      });
    }
    if (flags.waf) {
      this.firewall = new ToyApiFirewall(this, 'Firewall', {
        namePrefix,
        apiArn: this.graphql.api.arn,
        requestsPerFiveMinutes: env.wafRequestsPerFiveMinutes,
      });
    }

    new CfnOutput(this, 'GraphqlUrl', { value: this.graphql.api.graphqlUrl, description: 'GraphQL endpoint (POST)' });
    new CfnOutput(this, 'RealtimeUrl', {
      value: (this.graphql.api.node.defaultChild as CfnGraphQLApi).attrRealtimeUrl,
      description: 'Real-time (WebSocket) endpoint for subscriptions',
    });
    new CfnOutput(this, 'ApiId', { value: this.graphql.api.apiId, description: 'AppSync API id (aws appsync list-api-keys --api-id …)' });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName, description: 'CloudWatch dashboard' });
    if (this.domain) {
      new CfnOutput(this, 'CustomDomainUrl', { value: `https://${this.domain.domainName}/graphql`, description: 'GraphQL endpoint on the custom domain' });
    }
  }
}
