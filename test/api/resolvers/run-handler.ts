import path from 'node:path';
import { bundleResolver } from '../../../local/runtime/bundle';
import { buildContext, type ResolverContext } from '../../../local/runtime/context';
import { AppSyncRuntime, type HandlerName, type HandlerOutcome, type LoadedResolver } from '../../../local/runtime/evaluator';
import { AUTH_TYPE } from '../../../resolvers/lib/caller';
import { API_DIRECTORY } from '../toyapi';

/** The instant every resolver test runs at. */
export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

const runtime = new AppSyncRuntime({ now: () => NOW });

/** A resolver or function file of ToyApi, bundled as it deploys and loaded into the APPSYNC_JS sandbox. */
export function loadResolver(file: string): LoadedResolver {
  return runtime.load(bundleResolver(path.join(API_DIRECTORY, 'resolvers', file)), path.basename(file));
}

export const USER_GROUPS = { alice: ['team-eng'], bob: ['team-admins', 'team-eng'], carol: ['admins'], dave: ['team-ops'] } as const;

/** `ctx.identity` of a user pool caller with these groups (`sub` is the user name, for readable tests). */
export function userIdentity(user: keyof typeof USER_GROUPS) {
  return { sub: user, username: user, groups: [...USER_GROUPS[user]], claims: {}, issuer: 'local', sourceIp: ['127.0.0.1'], defaultAuthStrategy: 'ALLOW' };
}

export type Caller = { user: keyof typeof USER_GROUPS } | { developerKey: string }; // developerKey: its scopes

/** Runs one handler with a context, as the engine does for a user or a developer key. */
export function run(
  resolver: LoadedResolver,
  handler: HandlerName,
  caller: Caller,
  context: Partial<Omit<ResolverContext, 'args' | 'identity'>> = {},
): HandlerOutcome & { ctx: ResolverContext } {
  const identity = 'user' in caller ? userIdentity(caller.user) : { resolverContext: { developerId: 'alice', keyId: 'k1', scopes: caller.developerKey } };
  const ctx = buildContext({ env: { TABLE_NAME: 'toyapi-data' }, ...context, identity });
  const outcome = resolver.run(handler, ctx, { authType: 'user' in caller ? AUTH_TYPE.userPool : AUTH_TYPE.lambda });
  return { ...outcome, ctx };
}
