import { lambdaHandlers, type ApiDefinition, type EnvironmentValue } from '../api/definition';

/** What references in environment values resolve to in one deployment. */
export interface EnvironmentTargets {
  readonly tableNames: Readonly<Record<string, string>>;
  readonly userPool?: { readonly userPoolId: string; readonly clientId: string };
}

export function resolveEnvironment(
  variables: Readonly<Record<string, EnvironmentValue>>,
  targets: EnvironmentTargets,
): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'string') resolved[name] = value;
    else if ('table' in value) resolved[name] = targets.tableNames[value.table];
    else if (targets.userPool) resolved[name] = targets.userPool[value.userPool];
  }
  return resolved;
}

/**
 * The environment in-process Lambda handlers run with. They share this process, so they share one
 * environment: two handlers giving one variable different values cannot both be served, and that is an
 * error rather than a surprise. AWS SDK clients in the handlers reach the local store and the local
 * Cognito endpoint through the SDK's standard service-specific endpoint variables.
 */
export function lambdaEnvironment(
  definition: ApiDefinition,
  targets: EnvironmentTargets,
  endpoints: { readonly dynamodb: string; readonly cognito: string; readonly region: string },
): Record<string, string> {
  const environment: Record<string, string> = {
    AWS_REGION: endpoints.region,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognito,
  };
  for (const handler of lambdaHandlers(definition)) {
    for (const [name, value] of Object.entries(resolveEnvironment(handler.environment ?? {}, targets))) {
      if (environment[name] !== undefined && environment[name] !== value) {
        throw new TypeError(`Lambda handlers in one local process share their environment, but ${name} is given two values: '${environment[name]}' and '${value}'`);
      }
      environment[name] = value;
    }
  }
  return environment;
}
