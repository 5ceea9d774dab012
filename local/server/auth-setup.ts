import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ApiDescription } from '../api/describe';
import type { AuthModeDefinition } from '../api/definition';
import { ApiKeyRegistry } from '../auth/api-keys';
import { apiModes, type ApiAuthorization, type AuthProvider } from '../auth/auth-mode-selection';
import { FieldAuthorizer } from '../auth/directives';
import { cognitoTokenVerifier, openIdConnectTokenVerifier } from '../auth/jwt-verifier';
import { LambdaAuthorizer, type LambdaAuthorizerHandler } from '../auth/lambda-authorizer';
import { LocalIssuer } from '../auth/local-issuer';
import { SigV4Verifier, type IamCredential } from '../auth/sigv4';
import { SharedFieldRules } from './shared-field-rules';

/** The access key every local IAM caller signs with unless the options name others. Local only. */
export const LOCAL_IAM_CREDENTIAL = {
  accessKeyId: 'AKIALOCALAPPSYNC0001',
  secretAccessKey: 'local-secret-access-key-for-the-appsync-engine',
} as const;

export interface AuthSetupOptions {
  readonly region: string;
  readonly accountId: string;
  readonly now: () => number;
  /** API keys to accept; @default one key derived from the API's name, valid for a year */
  readonly apiKeys?: readonly { readonly id: string; readonly expires: number }[];
  /** Access key id → credential for AWS_IAM. @default {@link LOCAL_IAM_CREDENTIAL} as an admin of the account */
  readonly iamCredentials?: Readonly<Record<string, IamCredential>>;
  /** Where the local issuers keep their signing keys so tokens survive restarts. @default fresh keys each start */
  readonly keyDirectory?: string;
}

export interface AuthSetup {
  readonly authorization: ApiAuthorization;
  /** The schema's field rules, for one request at a time. */
  readonly fields: SharedFieldRules;
  /** The Cognito-style issuer of AMAZON_COGNITO_USER_POOLS, when the API uses that mode. */
  readonly userPoolIssuer?: LocalIssuer;
  /** The issuer standing in for the OPENID_CONNECT provider, when the API uses that mode. */
  readonly oidcIssuer?: LocalIssuer;
  /** The API key to show developers, when the API uses API_KEY. */
  readonly apiKey?: string;
  readonly modes: readonly AuthModeDefinition['type'][];
}

/** Builds every configured auth mode on local parts: local issuers, a local API key, local IAM credentials. */
export function createAuthSetup(description: ApiDescription, options: AuthSetupOptions): AuthSetup {
  const { definition } = description;
  const keyFile = (name: string) => (options.keyDirectory ? path.join(options.keyDirectory, `${name}.pem`) : undefined);
  let userPoolIssuer: LocalIssuer | undefined;
  let oidcIssuer: LocalIssuer | undefined;
  let apiKey: string | undefined;

  const provider = (mode: AuthModeDefinition, isDefault: boolean): AuthProvider => {
    switch (mode.type) {
      case 'API_KEY': {
        const nowSeconds = Math.floor(options.now() / 1000);
        const keys = options.apiKeys ?? [{ id: localApiKey(definition.name), expires: nowSeconds + 365 * 24 * 3600 }];
        apiKey = keys[0]?.id;
        return { authenticationType: 'API_KEY', apiKeys: new ApiKeyRegistry({ keys, now: options.now }) };
      }
      case 'AMAZON_COGNITO_USER_POOLS': {
        userPoolIssuer = new LocalIssuer({ region: options.region, keyFile: keyFile('user-pool'), now: options.now });
        const issuer = userPoolIssuer;
        return {
          authenticationType: 'AMAZON_COGNITO_USER_POOLS',
          verifier: cognitoTokenVerifier(
            { userPoolId: issuer.userPoolId, appIdClientRegex: mode.appIdClientRegex },
            { jwks: () => issuer.jwks(), now: options.now },
          ),
          // AppSync applies defaultAction only to the default provider.
          defaultAction: isDefault ? mode.defaultAction : undefined,
        };
      }
      case 'OPENID_CONNECT': {
        oidcIssuer = new LocalIssuer({ issuerUrl: mode.issuer, clientId: mode.clientId ?? 'local-oidc-client', keyFile: keyFile('oidc'), now: options.now });
        const issuer = oidcIssuer;
        return {
          authenticationType: 'OPENID_CONNECT',
          verifier: openIdConnectTokenVerifier(
            { issuer: mode.issuer, clientId: mode.clientId, iatTTL: mode.iatTTL, authTTL: mode.authTTL },
            { jwks: () => issuer.jwks(), now: options.now },
          ),
        };
      }
      case 'AWS_IAM':
        return {
          authenticationType: 'AWS_IAM',
          verifier: new SigV4Verifier({
            credentials: options.iamCredentials ?? defaultIamCredentials(options.accountId),
            region: options.region,
            now: options.now,
          }),
        };
      case 'AWS_LAMBDA':
        return {
          authenticationType: 'AWS_LAMBDA',
          authorizer: new LambdaAuthorizer({
            handler: loadHandler(description.directory, mode.handler.file, mode.handler.export),
            apiId: definition.name,
            accountId: options.accountId,
            authorizerResultTtlInSeconds: mode.authorizerResultTtlInSeconds ?? 0,
            identityValidationExpression: mode.identityValidationExpression,
            now: options.now,
          }),
        };
    }
  };

  const authorization: ApiAuthorization = {
    defaultProvider: provider(definition.authentication.default, true),
    additionalProviders: (definition.authentication.additional ?? []).map((mode) => provider(mode, false)),
  };
  return {
    authorization,
    fields: new SharedFieldRules(new FieldAuthorizer({ schema: description.schema, ...apiModes(authorization) })),
    userPoolIssuer,
    oidcIssuer,
    apiKey,
    modes: [definition.authentication.default, ...(definition.authentication.additional ?? [])].map((m) => m.type),
  };
}

/** A stable, AppSync-shaped key (`da2-` and 26 characters) so a developer's saved headers keep working. */
export function localApiKey(apiName: string): string {
  return `da2-${createHash('sha256').update(`local-api-key:${apiName}`).digest('base64url').replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 26)}`;
}

function defaultIamCredentials(accountId: string): Record<string, IamCredential> {
  return {
    [LOCAL_IAM_CREDENTIAL.accessKeyId]: {
      secretAccessKey: LOCAL_IAM_CREDENTIAL.secretAccessKey,
      accountId,
      userArn: `arn:aws:iam::${accountId}:user/local-developer`,
      username: 'local-developer',
    },
  };
}

function loadHandler(directory: string, file: string, exportName = 'handler'): LambdaAuthorizerHandler {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- handler modules are found at run time
  const loaded = require(path.join(directory, file)) as Record<string, unknown>;
  const handler = loaded[exportName];
  if (typeof handler !== 'function') throw new TypeError(`${file} does not export a function '${exportName}'`);
  return handler as LambdaAuthorizerHandler;
}
