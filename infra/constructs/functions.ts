import { existsSync } from 'node:fs';
import path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { lambdaHandlers, type EnvironmentValue, type LambdaHandlerReference } from '../../local/api/definition';
import type { ApiDescription } from '../../local/api/describe';
import { resolveEnvironment } from '../../local/server/environment';
import { assertValidProps } from '../errors';
import { REPOSITORY_ROOT } from '../paths';
import type { ToyApiData } from './data';
import { kebabCase, namePrefixProblems, resourceName } from './naming';

/**
 * What a handler whose environment names the user pool id may do on that pool: read users and manage
 * group membership, including creating the `team-<id>` groups the API makes at run time. (A handler given
 * only the client id needs no IAM permission: InitiateAuth is a public Cognito API.)
 */
export const USER_POOL_ACTIONS = [
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:CreateGroup',
  'cognito-idp:GetGroup',
  'cognito-idp:ListUsersInGroup',
] as const;

export interface ToyApiFunctionsProps {
  /** The API description: its definition lists every handler (data sources and the Lambda authorizer). */
  readonly description: ApiDescription;
  /** Starts every function name: `lambdas/login.ts` becomes `<namePrefix>-login`. */
  readonly namePrefix: string;
  /** The tables `{ table: … }` environment references resolve to; a handler may use exactly those. */
  readonly data: ToyApiData;
  /** What `{ userPool: … }` references resolve to. @default - none; then no handler may reference it */
  readonly userPool?: IUserPool;
  readonly userPoolClient?: IUserPoolClient;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default Duration.seconds(10) — AppSync stops waiting for a data source after 30 s */
  readonly timeout?: Duration;
  /** @default RetentionDays.ONE_WEEK */
  readonly logRetention?: RetentionDays;
  /** What happens to the log groups when the stack is deleted. @default RemovalPolicy.DESTROY */
  readonly logRemovalPolicy?: RemovalPolicy;
  /** Active X-Ray tracing (the `tracing` cost flag). @default false */
  readonly tracing?: boolean;
  /** The folder holding `package-lock.json`. @default the repository root */
  readonly projectRoot?: string;
}

/**
 * One Lambda function per handler of the API definition: Node.js 24 on arm64, bundled locally by esbuild
 * (never Docker), minified, with the AWS SDK v3 clients it imports inside the bundle. Each function gets its
 * own log group and role, and only the permissions its environment shows it needs.
 */
export class ToyApiFunctions extends Construct {
  private readonly byHandler = new Map<string, NodejsFunction>();

  constructor(scope: Construct, id: string, props: ToyApiFunctionsProps) {
    super(scope, id);
    const handlers = distinctHandlers(lambdaHandlers(props.description.definition));
    assertValidProps('ToyApiFunctions', functionsProblems(props, handlers));

    for (const handler of handlers) {
      const functionName = functionNameOf(props.namePrefix, handler);
      const logGroup = new LogGroup(this, `${functionName}-logs`, {
        logGroupName: `/aws/lambda/${functionName}`,
        retention: props.logRetention ?? RetentionDays.ONE_WEEK,
        removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.DESTROY,
      });
      // An own role instead of the default one: the default attaches AWSLambdaBasicExecutionRole, which may
      // write to every log group; this one may write to its own.
      const role = new Role(this, `${functionName}-role`, {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: `Runs ${functionName} (${handler.file})`,
      });
      logGroup.grantWrite(role);
      const projectRoot = props.projectRoot ?? REPOSITORY_ROOT;
      const fn = new NodejsFunction(this, functionName, {
        functionName,
        description: `${handler.file} → ${handler.export ?? 'handler'}`,
        entry: path.join(props.description.directory, handler.file),
        handler: handler.export ?? 'handler',
        runtime: Runtime.NODEJS_24_X,
        architecture: Architecture.ARM_64,
        memorySize: props.memorySize ?? 256,
        timeout: props.timeout ?? Duration.seconds(10),
        role,
        logGroup,
        tracing: props.tracing ? Tracing.ACTIVE : undefined,
        environment: resolveEnvironment(handler.environment ?? {}, {
          tableNames: props.data.tableNames,
          userPool: props.userPool && props.userPoolClient && {
            userPoolId: props.userPool.userPoolId,
            clientId: props.userPoolClient.userPoolClientId,
          },
        }),
        projectRoot,
        depsLockFilePath: path.join(projectRoot, 'package-lock.json'),
        bundling: {
          forceDockerBundling: false,
          minify: true,
          sourceMap: false,
          bundleAwsSDK: true,
          logLevel: LogLevel.ERROR,
        },
      });
      if (props.tracing) {
        Validations.of(role).acknowledge({
          id: 'AwsSolutions-IAM5[Resource::*]',
          reason: 'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions; AWS documents Resource "*" for them.',
        });
      }
      const references = Object.values(handler.environment ?? {});
      props.data.grantDataAccess(fn, tablesReferenced(references));
      if (props.userPool && references.some((value) => typeof value === 'object' && 'userPool' in value && value.userPool === 'userPoolId')) {
        fn.addToRolePolicy(new PolicyStatement({ actions: [...USER_POOL_ACTIONS], resources: [props.userPool.userPoolArn] }));
      }
      this.byHandler.set(handlerKey(handler), fn);
    }
  }

  /** Every function, in the order the definition lists the handlers. */
  get functions(): readonly NodejsFunction[] {
    return [...this.byHandler.values()];
  }

  /** The function that runs a handler of the definition. */
  functionFor(handler: LambdaHandlerReference): IFunction {
    const fn = this.byHandler.get(handlerKey(handler));
    if (!fn) throw new RangeError(`No function runs ${handlerKey(handler)}; ToyApiFunctions builds only the handlers the API definition lists`);
    return fn;
  }
}

/** `lambdas/login.ts` → `<prefix>-login`; a named export other than `handler` is appended. */
export function functionNameOf(namePrefix: string, handler: LambdaHandlerReference): string {
  const exportName = handler.export ?? 'handler';
  const base = kebabCase(path.basename(handler.file));
  return resourceName(namePrefix, ...(exportName === 'handler' ? [base] : [base, kebabCase(exportName)]));
}

/** Logical names of the tables an environment references. */
export function tablesReferenced(values: Iterable<EnvironmentValue>): string[] {
  return [...values].flatMap((value) => (typeof value === 'object' && 'table' in value ? [value.table] : []));
}

function handlerKey(handler: LambdaHandlerReference): string {
  return `${handler.file}#${handler.export ?? 'handler'}`;
}

/** The same handler may serve several data sources; it runs as one function. */
function distinctHandlers(handlers: readonly LambdaHandlerReference[]): LambdaHandlerReference[] {
  const seen = new Map<string, LambdaHandlerReference>();
  for (const handler of handlers) if (!seen.has(handlerKey(handler))) seen.set(handlerKey(handler), handler);
  return [...seen.values()];
}

function functionsProblems(props: ToyApiFunctionsProps, handlers: readonly LambdaHandlerReference[]): string[] {
  const problems = namePrefixProblems(props.namePrefix);
  const all = lambdaHandlers(props.description.definition);
  const names = new Map<string, string>();
  for (const handler of handlers) {
    const key = handlerKey(handler);
    const twins = all.filter((other) => handlerKey(other) === key);
    if (twins.some((other) => JSON.stringify(other.environment ?? {}) !== JSON.stringify(handler.environment ?? {}))) {
      problems.push(`${key} is listed more than once with different environments; give every use the same environment`);
    }
    if (!existsSync(path.join(props.description.directory, handler.file))) problems.push(`handler file ${handler.file} does not exist in ${props.description.directory}`);
    const name = functionNameOf(props.namePrefix, handler);
    if (name.length > 64) problems.push(`function name ${name} is longer than Lambda's 64 characters: shorten the file or export name`);
    const clash = names.get(name);
    if (clash) problems.push(`${key} and ${clash} would both be named ${name}: rename one of the files`);
    names.set(name, key);
    const refersToPool = Object.values(handler.environment ?? {}).some((value) => typeof value === 'object' && 'userPool' in value);
    if (refersToPool && !(props.userPool && props.userPoolClient)) {
      problems.push(`${key} reads the user pool from its environment: pass userPool and userPoolClient`);
    }
  }
  return problems;
}
