import { headerValue, type HttpHeaders } from './headers';
import type { CognitoDefaultAction } from './modes';

/**
 * `ctx.identity` for each authorization mode, field for field as the resolver context reference lists them
 * (API key: null).
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-context-reference-js.html#aws-appsync-resolver-context-reference-identity-js
 */

export type JwtClaims = Readonly<Record<string, unknown>>;

export interface CognitoUserPoolsIdentity {
  readonly sub: string;
  readonly issuer: string;
  readonly username: string;
  readonly claims: JwtClaims;
  readonly sourceIp: readonly string[];
  readonly defaultAuthStrategy: CognitoDefaultAction;
  /** The `cognito:groups` claim, null when the user is in no group. */
  readonly groups: readonly string[] | null;
}

export interface OpenIdConnectIdentity {
  readonly sub: string;
  readonly issuer: string;
  readonly claims: JwtClaims;
}

export interface LambdaIdentity {
  readonly resolverContext: Readonly<Record<string, unknown>>;
}

/** Who an IAM caller is. Set the cognitoIdentity* fields for credentials obtained from an identity pool. */
export interface IamCaller {
  readonly accountId: string;
  readonly userArn: string;
  readonly username: string;
  readonly cognitoIdentityPoolId?: string;
  readonly cognitoIdentityId?: string;
  /** `authenticated` or `unauthenticated`. */
  readonly cognitoIdentityAuthType?: string;
  readonly cognitoIdentityAuthProvider?: string;
}

export interface IamIdentity {
  readonly accountId: string;
  readonly cognitoIdentityPoolId: string | null;
  readonly cognitoIdentityId: string | null;
  readonly sourceIp: readonly string[];
  readonly username: string;
  readonly userArn: string;
  readonly cognitoIdentityAuthType: string | null;
  readonly cognitoIdentityAuthProvider: string | null;
}

export type Identity = null | CognitoUserPoolsIdentity | OpenIdConnectIdentity | LambdaIdentity | IamIdentity;

/**
 * `sourceIp`: the TCP peer alone, or, when the request carries `x-forwarded-for`, the addresses listed
 * there followed by the TCP peer.
 */
export function sourceIpList(headers: HttpHeaders, remoteAddress: string): string[] {
  const forwarded = headerValue(headers, 'x-forwarded-for');
  const listed =
    forwarded === undefined
      ? []
      : forwarded
          .split(',')
          .map((ip) => ip.trim())
          .filter((ip) => ip !== '');
  return [...listed, remoteAddress];
}

/** The groups in a user pool token, for `@aws_cognito_user_pools(cognito_groups: …)`. */
export function cognitoGroups(claims: JwtClaims): string[] {
  const groups = claims['cognito:groups'];
  return Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [];
}

export function cognitoUserPoolsIdentity(
  claims: JwtClaims,
  sourceIp: readonly string[],
  defaultAuthStrategy: CognitoDefaultAction,
): CognitoUserPoolsIdentity {
  const groups = cognitoGroups(claims);
  return {
    sub: stringClaim(claims, 'sub'),
    issuer: stringClaim(claims, 'iss'),
    // ID tokens name the user in `cognito:username`, access tokens in `username`.
    username: stringClaim(claims, 'cognito:username') || stringClaim(claims, 'username'),
    claims,
    sourceIp,
    defaultAuthStrategy,
    groups: groups.length > 0 ? groups : null,
  };
}

export function openIdConnectIdentity(claims: JwtClaims): OpenIdConnectIdentity {
  return { sub: stringClaim(claims, 'sub'), issuer: stringClaim(claims, 'iss'), claims };
}

export function lambdaIdentity(resolverContext: Readonly<Record<string, unknown>>): LambdaIdentity {
  return { resolverContext };
}

export function iamIdentity(caller: IamCaller, sourceIp: readonly string[]): IamIdentity {
  return {
    accountId: caller.accountId,
    cognitoIdentityPoolId: caller.cognitoIdentityPoolId ?? null,
    cognitoIdentityId: caller.cognitoIdentityId ?? null,
    sourceIp,
    username: caller.username,
    userArn: caller.userArn,
    cognitoIdentityAuthType: caller.cognitoIdentityAuthType ?? null,
    cognitoIdentityAuthProvider: caller.cognitoIdentityAuthProvider ?? null,
  };
}

function stringClaim(claims: JwtClaims, name: string): string {
  const value = claims[name];
  return typeof value === 'string' ? value : '';
}
