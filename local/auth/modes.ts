/**
 * The five authorization modes of an AppSync GraphQL API, named as the API and CloudFormation name them.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#authorization-types
 */
export type AuthMode = 'API_KEY' | 'AWS_LAMBDA' | 'AWS_IAM' | 'OPENID_CONNECT' | 'AMAZON_COGNITO_USER_POOLS';

/**
 * What `util.authType()` returns for a request authorized by each mode. The utility's documentation lists
 * the first four; "Lambda Authorization" follows their pattern and is not confirmed by AWS.
 */
const AUTH_TYPE_LABELS: Readonly<Record<AuthMode, string>> = {
  API_KEY: 'API Key Authorization',
  AWS_LAMBDA: 'Lambda Authorization',
  AWS_IAM: 'IAM Authorization',
  OPENID_CONNECT: 'Open ID Connect Authorization',
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
};

export function authTypeLabel(mode: AuthMode): string {
  return AUTH_TYPE_LABELS[mode];
}

/** The Cognito user pool setting `defaultAction`: what a user pool caller gets on a field with no directive. */
export type CognitoDefaultAction = 'ALLOW' | 'DENY';
