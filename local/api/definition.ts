import type { AuthMode, CognitoDefaultAction } from '../auth/modes';
import type { TableDefinition as StoreTableDefinition } from '../store/table-definition';

/**
 * The typed part of an AppSync API's description: everything that is not the schema or resolver code.
 * An API directory's `api.config.ts` default-exports one, made with {@link defineApi}. The local engine
 * serves it and the CDK app deploys it; neither keeps a list of its own.
 */
export interface ApiDefinition {
  /** A short name, used for resource names and logs. Letters, digits and dashes. */
  readonly name: string;
  /** The default authorization mode and the additional ones. */
  readonly authentication: AuthenticationDefinition;
  /** Data sources by the name resolver code refers to. */
  readonly dataSources: Readonly<Record<string, DataSourceDefinition>>;
  /** DynamoDB tables by logical name (the physical name is chosen per environment). */
  readonly tables?: Readonly<Record<string, TableDefinition>>;
  /** Variables resolver code reads as `ctx.env`. */
  readonly environmentVariables?: Readonly<Record<string, EnvironmentValue>>;
  /** AppSync's API-level limits and switches. */
  readonly settings?: ApiSettings;
}

export interface AuthenticationDefinition {
  readonly default: AuthModeDefinition;
  /** @default [] */
  readonly additional?: readonly AuthModeDefinition[];
}

export type AuthModeDefinition =
  | { readonly type: 'API_KEY'; readonly description?: string; readonly expiresInDays?: number }
  | {
      readonly type: 'AMAZON_COGNITO_USER_POOLS';
      /** What a signed-in user gets on a field with no auth directive (default mode only). @default 'ALLOW' */
      readonly defaultAction?: CognitoDefaultAction;
      /** A regular expression the token's client id must match. */
      readonly appIdClientRegex?: string;
    }
  | {
      readonly type: 'OPENID_CONNECT';
      readonly issuer: string;
      readonly clientId?: string;
      /** Milliseconds a token stays valid after it was issued (as the AppSync API takes it). */
      readonly iatTTL?: number;
      /** Milliseconds a token stays valid after the user authenticated. */
      readonly authTTL?: number;
    }
  | { readonly type: 'AWS_IAM' }
  | {
      readonly type: 'AWS_LAMBDA';
      readonly handler: LambdaHandlerReference;
      /** Seconds an authorizer's answer is cached for its token, 0 to 3,600. @default 0 (no caching), as the AppSync API */
      readonly authorizerResultTtlInSeconds?: number;
      readonly identityValidationExpression?: string;
    };

/** A Lambda handler in the API's source tree: the file (relative to the API directory) and its export. */
export interface LambdaHandlerReference {
  readonly file: string;
  /** @default 'handler' */
  readonly export?: string;
  /** Environment variables the function gets, in the cloud and locally. */
  readonly environment?: Readonly<Record<string, EnvironmentValue>>;
}

/**
 * An environment variable's value: a literal, or a reference each deployment resolves — a table's
 * physical name, or the Cognito user pool's id or app client id (the local issuer's, locally).
 */
export type EnvironmentValue =
  | string
  | { readonly table: string }
  | { readonly userPool: 'userPoolId' | 'clientId' };

export type DataSourceDefinition =
  | { readonly type: 'NONE' }
  | { readonly type: 'AMAZON_DYNAMODB'; readonly table: string }
  | { readonly type: 'AWS_LAMBDA'; readonly handler: LambdaHandlerReference }
  | { readonly type: 'HTTP'; readonly endpoint: string };

/**
 * A table as the API declares it: the store's table definition without its physical name, which each
 * deployment chooses (`toyapi-dev-items` in the cloud, the logical name locally).
 */
export interface TableDefinition extends Omit<StoreTableDefinition, 'tableName'> {
  /** Emit a change stream (NEW_AND_OLD_IMAGES). @default false */
  readonly stream?: boolean;
}

export interface ApiSettings {
  /** AppSync's query depth limit, 1–75; 0 or undefined means no limit. */
  readonly queryDepthLimit?: number;
  /** AppSync's resolver count limit per request, 1–10,000; 0 or undefined means AppSync's default (10,000). */
  readonly resolverCountLimit?: number;
  /** @default true */
  readonly introspection?: boolean;
}

export type { AuthMode };

/**
 * Declares an API. Checks what can be checked without the schema or the files, with messages that say
 * what to change; {@link describeApi} checks the rest against them.
 */
export function defineApi(definition: ApiDefinition): ApiDefinition {
  const problems = definitionProblems(definition);
  if (problems.length > 0) throw new TypeError(`Invalid API definition '${definition.name}':\n- ${problems.join('\n- ')}`);
  return definition;
}

function definitionProblems(definition: ApiDefinition): string[] {
  const problems: string[] = [];
  if (!/^[A-Za-z][A-Za-z0-9-]{0,39}$/.test(definition.name ?? '')) {
    problems.push('name must start with a letter and hold only letters, digits and dashes (at most 40)');
  }
  const modes = [definition.authentication.default, ...(definition.authentication.additional ?? [])];
  const seen = new Set<string>();
  for (const mode of modes) {
    if (mode.type !== 'OPENID_CONNECT' && seen.has(mode.type)) {
      problems.push(`authentication lists ${mode.type} twice; AppSync allows each mode once`);
    }
    seen.add(mode.type);
  }
  const tables = definition.tables ?? {};
  for (const [name, source] of Object.entries(definition.dataSources)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      problems.push(`data source '${name}': AppSync data source names hold only letters, digits and underscores`);
    }
    if (source.type === 'AMAZON_DYNAMODB' && !Object.hasOwn(tables, source.table)) {
      problems.push(`data source '${name}' uses table '${source.table}', which is not under tables`);
    }
  }
  const lambdaEnvironments = lambdaHandlers(definition).map((handler) => handler.environment ?? {});
  for (const variables of [definition.environmentVariables ?? {}, ...lambdaEnvironments]) {
    for (const [name, value] of Object.entries(variables)) {
      if (typeof value === 'object' && 'table' in value && !Object.hasOwn(tables, value.table)) {
        problems.push(`environment variable '${name}' names table '${value.table}', which is not under tables`);
      }
      if (typeof value === 'object' && 'userPool' in value && !modes.some((m) => m.type === 'AMAZON_COGNITO_USER_POOLS')) {
        problems.push(`environment variable '${name}' refers to the user pool, but no AMAZON_COGNITO_USER_POOLS mode is configured`);
      }
    }
  }
  const { queryDepthLimit = 0, resolverCountLimit = 0 } = definition.settings ?? {};
  if (!Number.isInteger(queryDepthLimit) || queryDepthLimit < 0 || queryDepthLimit > 75) {
    problems.push('settings.queryDepthLimit must be a whole number from 0 to 75');
  }
  if (!Number.isInteger(resolverCountLimit) || resolverCountLimit < 0 || resolverCountLimit > 10_000) {
    problems.push('settings.resolverCountLimit must be a whole number from 0 to 10,000');
  }
  return problems;
}

/** Every Lambda handler the API runs: data sources and the Lambda authorizer. */
export function lambdaHandlers(definition: ApiDefinition): LambdaHandlerReference[] {
  const modes = [definition.authentication.default, ...(definition.authentication.additional ?? [])];
  return [
    ...Object.values(definition.dataSources).flatMap((source) => (source.type === 'AWS_LAMBDA' ? [source.handler] : [])),
    ...modes.flatMap((mode) => (mode.type === 'AWS_LAMBDA' ? [mode.handler] : [])),
  ];
}
