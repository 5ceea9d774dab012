import { Duration, Expiration } from 'aws-cdk-lib';
import { AuthorizationType, UserPoolDefaultAction, type AuthorizationConfig, type AuthorizationMode } from 'aws-cdk-lib/aws-appsync';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { AuthModeDefinition, LambdaHandlerReference } from '../../local/api/definition';

/** AppSync accepts API keys that expire 1 to 365 days from now. */
export const MAX_API_KEY_DAYS = 365;

/** What the definition's auth modes need from the deployment. */
export interface AuthorizationTargets {
  readonly userPool?: IUserPool;
  /** The function that runs a Lambda authorizer's handler. */
  readonly functionFor: (handler: LambdaHandlerReference) => IFunction;
  /** The moment the API key's expiry counts from. */
  readonly now: Date;
}

/**
 * The API's authorization modes, in the definition's order: default first, then the additional ones.
 * Each maps to AppSync's setting of the same meaning (Lambda authorizer cache TTL defaults to 300 s, as
 * AppSync's does).
 */
export function authorizationConfig(
  modes: { readonly default: AuthModeDefinition; readonly additional?: readonly AuthModeDefinition[] },
  targets: AuthorizationTargets,
): AuthorizationConfig {
  return {
    defaultAuthorization: authorizationMode(modes.default, targets, true),
    additionalAuthorizationModes: (modes.additional ?? []).map((mode) => authorizationMode(mode, targets, false)),
  };
}

function authorizationMode(mode: AuthModeDefinition, targets: AuthorizationTargets, isDefault: boolean): AuthorizationMode {
  switch (mode.type) {
    case 'API_KEY':
      return {
        authorizationType: AuthorizationType.API_KEY,
        apiKeyConfig: {
          name: 'default',
          description: mode.description ?? 'Public API key (renewed on every deploy)',
          expires: apiKeyExpiry(targets.now, mode.expiresInDays ?? MAX_API_KEY_DAYS),
        },
      };
    case 'AMAZON_COGNITO_USER_POOLS':
      if (!targets.userPool) throw new RangeError('The AMAZON_COGNITO_USER_POOLS mode needs a user pool');
      return {
        authorizationType: AuthorizationType.USER_POOL,
        userPoolConfig: {
          userPool: targets.userPool,
          appIdClientRegex: mode.appIdClientRegex,
          // AppSync takes a default action only for the default mode.
          defaultAction: isDefault ? (mode.defaultAction === 'DENY' ? UserPoolDefaultAction.DENY : UserPoolDefaultAction.ALLOW) : undefined,
        },
      };
    case 'OPENID_CONNECT':
      return {
        authorizationType: AuthorizationType.OIDC,
        openIdConnectConfig: {
          oidcProvider: mode.issuer,
          clientId: mode.clientId,
          tokenExpiryFromIssue: mode.iatTTL,
          tokenExpiryFromAuth: mode.authTTL,
        },
      };
    case 'AWS_IAM':
      return { authorizationType: AuthorizationType.IAM };
    case 'AWS_LAMBDA':
      return {
        authorizationType: AuthorizationType.LAMBDA,
        lambdaAuthorizerConfig: {
          handler: targets.functionFor(mode.handler),
          resultsCacheTtl: Duration.seconds(mode.authorizerResultTtlInSeconds ?? 300),
          validationRegex: mode.identityValidationExpression,
        },
      };
  }
}

/**
 * The API key expires `days` after the start of the current UTC day: every deploy renews it, and two
 * synths on one day give the same template.
 */
export function apiKeyExpiry(now: Date, days: number): Expiration {
  const startOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Expiration.atTimestamp(startOfDay + days * 24 * 60 * 60 * 1000);
}
