import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describeApi, type ApiDescription } from '../api/describe';
import type { IamCredential } from '../auth/sigv4';
import type { LocalIssuer } from '../auth/local-issuer';
import { DeprecatedFieldUsage } from '../execution/deprecated-usage';
import { ExecutionEngine } from '../execution/engine';
import { attachRealtimeEndpoint, type RealtimeOptions } from '../realtime/realtime-endpoint';
import { AppSyncRuntime } from '../runtime/evaluator';
import { createStoreClient, ensureTables, type StoreClient, type StoreOptions } from '../store';
import { isRemoteStoreOptions } from '../store/options';
import { createAuthSetup, LOCAL_IAM_CREDENTIAL } from './auth-setup';
import { createDataSources } from './data-sources';
import { lambdaEnvironment, resolveEnvironment, type EnvironmentTargets } from './environment';
import type { LocalSetup } from './local-setup';
import { GRAPHQL_PATH, route } from './router';
import { LocalSignIn } from './sign-in';
import { localTlsCredentials, type TlsCredentials } from './tls';

export const LOCAL_SETUP_FILE = 'local.config.ts';

export interface LocalApiOptions {
  /** The API directory (see local/README.md). */
  readonly apiDirectory: string;
  /** 0 picks a free port. @default 4000 */
  readonly port?: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** @default an in-memory store */
  readonly store?: StoreOptions;
  /** Where signing keys are kept so tokens survive restarts. @default fresh keys on every start */
  readonly stateDirectory?: string;
  /** Milliseconds since the epoch, for tokens, keys, resolvers and the store. @default Date.now */
  readonly now?: () => number;
  /** Receives one line per request and the engine's notices. @default console.log */
  readonly log?: (line: string) => void;
  /** @default 'us-east-1' */
  readonly region?: string;
  /** @default '000000000000' */
  readonly accountId?: string;
  readonly apiKeys?: readonly { readonly id: string; readonly expires: number }[];
  readonly iamCredentials?: Readonly<Record<string, IamCredential>>;
  /**
   * Serve https and wss: `true` makes (or reuses, in `stateDirectory`) a self-signed certificate for
   * localhost; or give a key and certificate. @default plain http and ws
   */
  readonly tls?: boolean | TlsCredentials;
  /** The real-time endpoint's keep-alive interval and limits. */
  readonly realtime?: RealtimeOptions;
}

export interface LocalApi {
  readonly url: string;
  readonly graphqlUrl: string;
  readonly realtimeUrl: string;
  readonly description: ApiDescription;
  readonly store: StoreClient;
  readonly apiKey?: string;
  readonly userPoolIssuer?: LocalIssuer;
  readonly oidcIssuer?: LocalIssuer;
  readonly signIn?: LocalSignIn;
  close(): Promise<void>;
}

/**
 * Serves an API directory as AppSync would: the same schema, resolvers, data sources and auth modes, on a
 * local store. Tables are created when missing, and a fresh store is seeded by the local setup.
 */
export async function startLocalApi(options: LocalApiOptions): Promise<LocalApi> {
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '000000000000';
  const description = describeApi(options.apiDirectory);
  const { definition } = description;
  const setup = loadLocalSetup(description.directory);
  if (options.stateDirectory) mkdirSync(options.stateDirectory, { recursive: true });

  const tls = options.tls === true ? await localTlsCredentials(options.stateDirectory) : options.tls || undefined;
  const storeOptions = options.store ?? { inMemory: true };
  // A local store keeps the API's clock (TTL expiry, idempotency windows) unless told otherwise.
  const store = await createStoreClient(isRemoteStoreOptions(storeOptions) ? storeOptions : { clock: now, ...storeOptions });
  const server: Server = tls ? createHttpsServer(tls) : createServer();
  try {
    const tableNames = Object.fromEntries(Object.keys(definition.tables ?? {}).map((name) => [name, name]));
    const tables = await ensureTables(
      store,
      Object.entries(definition.tables ?? {}).map(([name, table]) => ({ ...table, tableName: tableNames[name] })),
    );

    const auth = createAuthSetup(description, {
      region,
      accountId,
      now,
      apiKeys: options.apiKeys,
      iamCredentials: options.iamCredentials,
      keyDirectory: options.stateDirectory,
    });
    const signIn = auth.userPoolIssuer && setup.users ? new LocalSignIn(setup.users, auth.userPoolIssuer) : undefined;
    const targets: EnvironmentTargets = {
      tableNames,
      userPool: auth.userPoolIssuer ? { userPoolId: auth.userPoolIssuer.userPoolId, clientId: auth.userPoolIssuer.clientId } : undefined,
    };

    const url = await listen(server, options.port ?? 4000, options.host ?? '127.0.0.1', tls ? 'https' : 'http');
    Object.assign(process.env, lambdaEnvironment(definition, targets, { dynamodb: store.endpoint, cognito: url, region }));
    if (store.kind === 'local') {
      // The local store takes any signature, but the SDK insists on having credentials to sign with.
      process.env.AWS_ACCESS_KEY_ID ??= LOCAL_IAM_CREDENTIAL.accessKeyId;
      process.env.AWS_SECRET_ACCESS_KEY ??= LOCAL_IAM_CREDENTIAL.secretAccessKey;
    }
    if (tables.created.length > 0 && setup.seed) {
      const userIds = Object.fromEntries((setup.users ?? []).map((u) => [u.username, auth.userPoolIssuer?.subjectOf(u.username) ?? u.username]));
      await setup.seed({ store, tableNames, userIds });
    }

    const engine = new ExecutionEngine({
      description,
      runtime: new AppSyncRuntime({ now }),
      dataSources: createDataSources(description, { store, tableNames, region, accountId }),
      environment: resolveEnvironment(definition.environmentVariables ?? {}, targets),
      deprecatedFieldUsage: new DeprecatedFieldUsage(description.schema, { log }),
    });
    const realtimeUrl = `${url.replace(/^http/, 'ws')}${GRAPHQL_PATH}/realtime`;
    const apiConfig = () => ({
      graphqlUrl: `${url}${GRAPHQL_PATH}`,
      realtimeUrl,
      region,
      defaultAuthMode: definition.authentication.default.type,
      authModes: auth.modes,
      ...(auth.apiKey ? { apiKey: auth.apiKey } : {}),
      ...(auth.userPoolIssuer
        ? { userPool: { userPoolId: auth.userPoolIssuer.userPoolId, clientId: auth.userPoolIssuer.clientId, endpoint: url, signInPath: '/local/sign-in' } }
        : {}),
    });
    server.on('request', (request, response) => {
      void route(request, response, { engine, auth, signIn, apiName: definition.name, apiConfig, log });
    });
    const realtime = attachRealtimeEndpoint(server, { ...options.realtime, engine, auth, path: `${GRAPHQL_PATH}/realtime`, graphqlPath: GRAPHQL_PATH, log });

    return {
      url,
      graphqlUrl: `${url}${GRAPHQL_PATH}`,
      realtimeUrl,
      description,
      store,
      apiKey: auth.apiKey,
      userPoolIssuer: auth.userPoolIssuer,
      oidcIssuer: auth.oidcIssuer,
      signIn,
      close: async () => {
        await realtime.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await store.close();
      },
    };
  } catch (error) {
    server.close();
    await store.close();
    throw error;
  }
}

function loadLocalSetup(directory: string): LocalSetup {
  const file = path.join(directory, LOCAL_SETUP_FILE);
  if (!existsSync(file)) return {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the setup is TypeScript loaded at run time
  return ((require(file) as { default?: LocalSetup }).default ?? {}) as LocalSetup;
}

function listen(server: Server, port: number, host: string, scheme: 'http' | 'https'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      server.keepAliveTimeout = 5_000;
      const address = server.address() as AddressInfo;
      resolve(`${scheme}://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
    });
  });
}

