import type { ApiKeyRegistry } from './api-keys';
import { UNAUTHORIZED_MESSAGES, unauthorized } from './errors';
import { headerValue, type HttpHeaders } from './headers';
import {
  cognitoGroups,
  cognitoUserPoolsIdentity,
  iamIdentity,
  lambdaIdentity,
  openIdConnectIdentity,
  sourceIpList,
  type Identity,
} from './identity';
import { tokenFromAuthorizationHeader, unverifiedIssuer, type TokenVerifier } from './jwt-verifier';
import type { LambdaAuthorizer } from './lambda-authorizer';
import { authTypeLabel, type AuthMode, type CognitoDefaultAction } from './modes';
import { isSigV4Authorization, type SigV4Verifier } from './sigv4';

/**
 * Which of the API's authorization modes a request uses, and who it is. AppSync documents the headers
 * each mode reads (x-api-key; Authorization holding a SigV4 signature, a JWT, or a Lambda token) and that
 * a SigV4 signature or an OIDC/Cognito token is never handed to the Lambda authorizer when those modes are
 * enabled; among JWT modes the token's issuer decides. It does not document which header wins when a
 * request carries both x-api-key and Authorization: here the API key does, as AppSync was seen doing
 * (aws-amplify/amplify-js#8545, aws/aws-appsync-community#169).
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
 */

export type AuthProvider =
  | { readonly authenticationType: 'API_KEY'; readonly apiKeys: ApiKeyRegistry }
  | { readonly authenticationType: 'AWS_IAM'; readonly verifier: SigV4Verifier }
  | {
      readonly authenticationType: 'AMAZON_COGNITO_USER_POOLS';
      readonly verifier: TokenVerifier;
      /** Only the default provider's user pool config has it (UserPoolConfig.defaultAction). @default 'ALLOW' */
      readonly defaultAction?: CognitoDefaultAction;
    }
  | { readonly authenticationType: 'OPENID_CONNECT'; readonly verifier: TokenVerifier }
  | { readonly authenticationType: 'AWS_LAMBDA'; readonly authorizer: LambdaAuthorizer };

/** The API's `authenticationType` (and its config) plus `additionalAuthenticationProviders`. */
export interface ApiAuthorization {
  readonly defaultProvider: AuthProvider;
  readonly additionalProviders?: readonly AuthProvider[];
}

/** What the engine's HTTP (or WebSocket handshake) layer knows about a request. */
export interface IncomingRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: HttpHeaders;
  /** The raw body: SigV4 signs it. */
  readonly body?: string | Uint8Array;
  /** The TCP peer. */
  readonly remoteAddress: string;
  /** Sent to a Lambda authorizer. */
  readonly graphql: {
    readonly query: string;
    readonly operationName?: string;
    readonly variables?: Readonly<Record<string, unknown>>;
  };
}

export interface AuthorizedRequest {
  readonly mode: AuthMode;
  /** `ctx.identity`. */
  readonly identity: Identity;
  /** `util.authType()`. */
  readonly authTypeLabel: string;
  /** For `@aws_cognito_user_pools(cognito_groups: …)`; empty unless the mode is user pools. */
  readonly cognitoGroups: readonly string[];
  /** `TypeName.fieldName` of fields a Lambda authorizer denied; empty for other modes. */
  readonly deniedFields: ReadonlySet<string>;
}

/** What the field rules (directives.ts) need to know about the API's modes. */
export interface ApiModes {
  readonly defaultMode: AuthMode;
  readonly additionalModes: readonly AuthMode[];
  readonly cognitoDefaultAction: CognitoDefaultAction;
}

export function apiModes(api: ApiAuthorization): ApiModes {
  const provider = api.defaultProvider;
  return {
    defaultMode: provider.authenticationType,
    additionalModes: (api.additionalProviders ?? []).map((additional) => additional.authenticationType),
    cognitoDefaultAction:
      provider.authenticationType === 'AMAZON_COGNITO_USER_POOLS' ? provider.defaultAction ?? 'ALLOW' : 'ALLOW',
  };
}

/** The mode and identity of a request, or an `AuthorizationRefusal` (rejected promise). */
export async function authorizeRequest(api: ApiAuthorization, request: IncomingRequest): Promise<AuthorizedRequest> {
  const providers = [api.defaultProvider, ...(api.additionalProviders ?? [])];
  const apiKey = headerValue(request.headers, 'x-api-key');
  const apiKeyProvider = providerOf(providers, 'API_KEY');
  if (apiKey && apiKeyProvider !== undefined) {
    apiKeyProvider.apiKeys.authorize(apiKey);
    return authorized('API_KEY', null);
  }

  const authorization = headerValue(request.headers, 'authorization') ?? '';
  if (authorization.trim() === '') throw unauthorized('missing-credentials', UNAUTHORIZED_MESSAGES.missingCredentials);
  const sourceIp = sourceIpList(request.headers, request.remoteAddress);

  const iamProvider = providerOf(providers, 'AWS_IAM');
  if (iamProvider !== undefined && isSigV4Authorization(authorization)) {
    const { caller } = await iamProvider.verifier.verify(request);
    return authorized('AWS_IAM', iamIdentity(caller, sourceIp));
  }

  const lambdaProvider = providerOf(providers, 'AWS_LAMBDA');
  const jwtProviders = providers.filter(isJwtProvider);
  if (jwtProviders.length > 0) {
    const token = tokenFromAuthorizationHeader(authorization);
    const issuer = unverifiedIssuer(token);
    if (issuer !== undefined) return authorizeJwt(jwtProviders, issuer, token, sourceIp);
    if (lambdaProvider === undefined) throw unauthorized('malformed-token', UNAUTHORIZED_MESSAGES.unparseableToken);
  }

  if (lambdaProvider !== undefined) {
    const granted = await lambdaProvider.authorizer.authorize({
      authorizationToken: authorization,
      queryString: request.graphql.query,
      operationName: request.graphql.operationName,
      variables: request.graphql.variables,
      headers: request.headers,
    });
    return authorized('AWS_LAMBDA', lambdaIdentity(granted.resolverContext), { deniedFields: granted.deniedFields });
  }
  throw unauthorized('missing-credentials', UNAUTHORIZED_MESSAGES.missingCredentials);
}

type JwtProvider = Extract<AuthProvider, { authenticationType: 'AMAZON_COGNITO_USER_POOLS' | 'OPENID_CONNECT' }>;

function isJwtProvider(provider: AuthProvider): provider is JwtProvider {
  return (
    provider.authenticationType === 'AMAZON_COGNITO_USER_POOLS' || provider.authenticationType === 'OPENID_CONNECT'
  );
}

async function authorizeJwt(
  providers: readonly JwtProvider[],
  issuer: string,
  token: string,
  sourceIp: readonly string[],
): Promise<AuthorizedRequest> {
  const provider = providers.find((candidate) => candidate.verifier.issuers.includes(issuer));
  if (provider === undefined) throw unauthorized('wrong-issuer');
  const claims = await provider.verifier.verify(token);
  if (provider.authenticationType === 'OPENID_CONNECT') {
    return authorized('OPENID_CONNECT', openIdConnectIdentity(claims));
  }
  return authorized(
    'AMAZON_COGNITO_USER_POOLS',
    cognitoUserPoolsIdentity(claims, sourceIp, provider.defaultAction ?? 'ALLOW'),
    {
      cognitoGroups: cognitoGroups(claims),
    },
  );
}

function providerOf<T extends AuthMode>(
  providers: readonly AuthProvider[],
  mode: T,
): Extract<AuthProvider, { authenticationType: T }> | undefined {
  return providers.find(
    (provider): provider is Extract<AuthProvider, { authenticationType: T }> => provider.authenticationType === mode,
  );
}

function authorized(
  mode: AuthMode,
  identity: Identity,
  extras: { cognitoGroups?: readonly string[]; deniedFields?: ReadonlySet<string> } = {},
): AuthorizedRequest {
  return {
    mode,
    identity,
    authTypeLabel: authTypeLabel(mode),
    cognitoGroups: extras.cognitoGroups ?? [],
    deniedFields: extras.deniedFields ?? new Set(),
  };
}
