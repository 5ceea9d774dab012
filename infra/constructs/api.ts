import path from 'node:path';
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AppsyncFunction,
  CfnApiCache,
  Code,
  Definition,
  DynamoDbDataSource,
  FieldLogLevel,
  FunctionRuntime,
  GraphqlApi,
  HttpDataSource,
  IntrospectionConfig,
  LambdaDataSource,
  NoneDataSource,
  Resolver,
  type BaseDataSource,
  type CfnGraphQLApi,
} from 'aws-cdk-lib/aws-appsync';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { GraphQLSchema } from 'graphql';
import type { DataSourceDefinition } from '../../local/api/definition';
import { SCHEMA_FILE, type ApiDescription } from '../../local/api/describe';
import { resolveEnvironment } from '../../local/server/environment';
import { assertValidProps } from '../errors';
import { authorizationConfig, MAX_API_KEY_DAYS } from './authorization';
import type { ToyApiData } from './data';
import { tablesReferenced, type ToyApiFunctions } from './functions';
import { namePrefixProblems, resourceName } from './naming';

/** The API cache of the `cache` cost flag. */
export interface ApiCacheOptions {
  /** How long a read query's result stays cached (1 s to 1 h). */
  readonly ttl: Duration;
  /** AppSync's cache instance type. @default 'SMALL', the cheapest */
  readonly instanceType?: string;
}

export interface ToyApiGraphqlProps {
  /** The API description the local engine serves: schema, resolvers, functions and definition. */
  readonly description: ApiDescription;
  /** Starts the API's name: `<namePrefix>-api`. */
  readonly namePrefix: string;
  /** The tables DynamoDB data sources and `{ table: … }` variables resolve to. */
  readonly data: ToyApiData;
  /** The functions Lambda data sources and the Lambda authorizer invoke. */
  readonly functions: ToyApiFunctions;
  /** The user pool of the Cognito auth mode and of `{ userPool: … }` variables. @default - none */
  readonly userPool?: IUserPool;
  readonly userPoolClient?: IUserPoolClient;
  /** @default FieldLogLevel.ALL */
  readonly fieldLogLevel?: FieldLogLevel;
  /** @default RetentionDays.ONE_WEEK */
  readonly logRetention?: RetentionDays;
  /** @default RemovalPolicy.DESTROY */
  readonly logRemovalPolicy?: RemovalPolicy;
  /** Whether introspection is on; it also needs the definition's `settings.introspection`. @default true */
  readonly introspection?: boolean;
  /** X-Ray tracing (the `tracing` cost flag). @default false */
  readonly tracing?: boolean;
  /** An API cache with per-resolver caching of every Query resolver (the `cache` cost flag). @default - no cache */
  readonly cache?: ApiCacheOptions;
  /** The clock the API key's expiry counts from. @default () => new Date() */
  readonly now?: () => Date;
}

/**
 * The AppSync GraphQL API, built by walking the API description: the schema file, one data source per
 * definition entry, one AppSync function per `resolvers/functions/` file and one resolver per
 * `resolvers/<Type>.<field>.ts`, each with the very code the description bundled (APPSYNC_JS 1.0.0).
 */
export class ToyApiGraphql extends Construct {
  readonly api: GraphqlApi;
  /** The API's log group (`/aws/appsync/apis/<id>`), created here so its retention is ours. */
  readonly logGroup: LogGroup;
  readonly dataSources: Readonly<Record<string, BaseDataSource>>;
  readonly appsyncFunctions: Readonly<Record<string, AppsyncFunction>>;
  readonly resolvers: readonly Resolver[];
  readonly apiCache?: CfnApiCache;

  constructor(scope: Construct, id: string, props: ToyApiGraphqlProps) {
    super(scope, id);
    assertValidProps('ToyApiGraphql', graphqlProblems(props));
    const { definition, directory, schema } = props.description;
    const userPoolTargets = props.userPool && props.userPoolClient
      ? { userPoolId: props.userPool.userPoolId, clientId: props.userPoolClient.userPoolClientId }
      : undefined;

    this.api = new GraphqlApi(this, 'Api', {
      name: resourceName(props.namePrefix, 'api'),
      definition: Definition.fromFile(path.join(directory, SCHEMA_FILE)),
      authorizationConfig: authorizationConfig(definition.authentication, {
        userPool: props.userPool,
        functionFor: (handler) => props.functions.functionFor(handler),
        now: (props.now ?? (() => new Date()))(),
      }),
      xrayEnabled: props.tracing ?? false,
      introspectionConfig:
        (props.introspection ?? true) && (definition.settings?.introspection ?? true) ? IntrospectionConfig.ENABLED : IntrospectionConfig.DISABLED,
      queryDepthLimit: definition.settings?.queryDepthLimit,
      resolverCountLimit: definition.settings?.resolverCountLimit,
      environmentVariables: resolveEnvironment(definition.environmentVariables ?? {}, {
        tableNames: props.data.tableNames,
        userPool: userPoolTargets,
      }),
    });

    // Logging is set on the L1 resource: the L2's logConfig adds a log-retention custom resource (a Lambda
    // with wildcard log permissions) and an AWS managed policy; an own log group and role need neither.
    this.logGroup = new LogGroup(this, 'Logs', {
      logGroupName: `/aws/appsync/apis/${this.api.apiId}`,
      retention: props.logRetention ?? RetentionDays.ONE_WEEK,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.DESTROY,
    });
    const logsRole = new Role(this, 'LogsRole', {
      assumedBy: new ServicePrincipal('appsync.amazonaws.com'),
      description: `Lets ${resourceName(props.namePrefix, 'api')} write its own logs`,
    });
    this.logGroup.grantWrite(logsRole);
    (this.api.node.defaultChild as CfnGraphQLApi).logConfig = {
      cloudWatchLogsRoleArn: logsRole.roleArn,
      fieldLogLevel: props.fieldLogLevel ?? FieldLogLevel.ALL,
      excludeVerboseContent: false,
    };

    const sharedTables = tablesReferenced(Object.values(definition.environmentVariables ?? {}));
    this.dataSources = Object.fromEntries(
      Object.entries(definition.dataSources).map(([name, source]) => [name, this.addDataSource(name, source, props, sharedTables)]),
    );

    this.appsyncFunctions = Object.fromEntries(
      props.description.functions.map((fn) => [
        fn.name,
        new AppsyncFunction(this, `Function-${fn.name}`, {
          api: this.api,
          name: fn.name,
          dataSource: this.dataSources[fn.dataSource],
          code: Code.fromInline(fn.code),
          runtime: FunctionRuntime.JS_1_0_0,
        }),
      ]),
    );

    if (props.cache) {
      this.apiCache = new CfnApiCache(this, 'Cache', {
        apiId: this.api.apiId,
        apiCachingBehavior: 'PER_RESOLVER_CACHING',
        type: props.cache.instanceType ?? 'SMALL',
        ttl: props.cache.ttl.toSeconds(),
        atRestEncryptionEnabled: true,
        transitEncryptionEnabled: true,
      });
    }
    const queryType = schema.getQueryType()?.name;
    this.resolvers = props.description.resolvers.map((resolver) => {
      const cache = resolver.typeName === queryType && props.cache && this.apiCache;
      const created = new Resolver(this, `Resolver-${resolver.typeName}.${resolver.fieldName}`, {
        api: this.api,
        typeName: resolver.typeName,
        fieldName: resolver.fieldName,
        code: Code.fromInline(resolver.code),
        runtime: FunctionRuntime.JS_1_0_0,
        ...(resolver.kind === 'UNIT'
          ? { dataSource: this.dataSources[resolver.dataSource] }
          : { pipelineConfig: resolver.functions.map((name) => this.appsyncFunctions[name]) }),
        cachingConfig: cache && props.cache ? { ttl: props.cache.ttl, cachingKeys: cachingKeys(schema, resolver.typeName, resolver.fieldName) } : undefined,
      });
      // AppSync refuses a resolver's caching config until the API has a cache.
      if (cache) created.node.addDependency(cache);
      return created;
    });
  }

  private addDataSource(name: string, source: DataSourceDefinition, props: ToyApiGraphqlProps, sharedTables: readonly string[]): BaseDataSource {
    const id = `DataSource-${name}`;
    switch (source.type) {
      case 'NONE':
        return new NoneDataSource(this, id, { api: this.api, name });
      case 'HTTP':
        return new HttpDataSource(this, id, { api: this.api, name, endpoint: source.endpoint });
      case 'AMAZON_DYNAMODB': {
        // The data source's own table plus every table resolver code can name through ctx.env (batch and
        // transaction requests), each with exact table and index ARNs: the L2's own grant would add `index/*`.
        const role = this.dataSourceRole(name);
        props.data.grantDataAccess(role, [source.table, ...sharedTables]);
        return new DynamoDbDataSource(this, id, { api: this.api, name, table: props.data.tables[source.table], serviceRole: role.withoutPolicyUpdates() });
      }
      case 'AWS_LAMBDA': {
        // Invoke this function and no version or alias of it: the L2's grant would add `<arn>:*`.
        const role = this.dataSourceRole(name);
        const lambdaFunction = props.functions.functionFor(source.handler);
        role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [lambdaFunction.functionArn] }));
        return new LambdaDataSource(this, id, { api: this.api, name, lambdaFunction, serviceRole: role.withoutPolicyUpdates() });
      }
    }
  }

  private dataSourceRole(name: string): Role {
    return new Role(this, `DataSource-${name}-role`, {
      assumedBy: new ServicePrincipal('appsync.amazonaws.com'),
      description: `AppSync data source ${name} of ${Stack.of(this).stackName}`,
    });
  }
}

/**
 * What a cached read is keyed on: the caller and every argument of the field, so no caller ever gets a
 * result computed for another caller or other arguments.
 */
export function cachingKeys(schema: GraphQLSchema, typeName: string, fieldName: string): string[] {
  const field = schema.getQueryType()?.name === typeName ? schema.getQueryType()?.getFields()[fieldName] : undefined;
  return ['$context.identity.sub', ...(field?.args ?? []).map((arg) => `$context.arguments.${arg.name}`)];
}

function graphqlProblems(props: ToyApiGraphqlProps): string[] {
  const problems = namePrefixProblems(props.namePrefix);
  const { definition } = props.description;
  const missing = Object.keys(definition.tables ?? {}).filter((name) => !props.data.tables[name]);
  if (missing.length > 0) problems.push(`data has no table(s) ${missing.join(', ')}: build ToyApiData from the same definition's tables`);
  const modes = [definition.authentication.default, ...(definition.authentication.additional ?? [])];
  const referencesPool = Object.values(definition.environmentVariables ?? {}).some((value) => typeof value === 'object' && 'userPool' in value);
  if ((modes.some((mode) => mode.type === 'AMAZON_COGNITO_USER_POOLS') || referencesPool) && !(props.userPool && props.userPoolClient)) {
    problems.push('the definition uses the Cognito user pool (an auth mode or a { userPool } variable): pass userPool and userPoolClient');
  }
  for (const mode of modes) {
    if (mode.type === 'API_KEY' && mode.expiresInDays !== undefined && !(Number.isInteger(mode.expiresInDays) && mode.expiresInDays >= 2 && mode.expiresInDays <= MAX_API_KEY_DAYS)) {
      problems.push(`API_KEY expiresInDays must be a whole number from 2 to ${MAX_API_KEY_DAYS}: the expiry counts from the start of the deploy's UTC day and AppSync needs at least one day left`);
    }
  }
  const ttl = props.cache?.ttl.toSeconds();
  if (ttl !== undefined && !(ttl >= 1 && ttl <= 3600)) problems.push(`cache.ttl must be from 1 second to 1 hour (AppSync's range), not ${ttl} s`);
  return problems;
}
