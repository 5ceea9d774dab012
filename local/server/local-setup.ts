import type { StoreClient } from '../store';

/** A user the local sign-in knows: what Cognito would hold for it. Local only; never deployed. */
export interface LocalUser {
  readonly username: string;
  readonly password: string;
  /** Becomes `cognito:groups`. */
  readonly groups?: readonly string[];
  readonly email?: string;
}

/** What `seed` gets to fill a fresh store. */
export interface SeedContext {
  readonly store: StoreClient;
  /** Physical table name of each logical table. */
  readonly tableNames: Readonly<Record<string, string>>;
  /** `sub` of each local user, as the local issuer puts it in their tokens. */
  readonly userIds: Readonly<Record<string, string>>;
}

/**
 * The local-only part of an API directory: `local.config.ts`, default-exporting `defineLocalSetup({ … })`.
 * It is optional, and nothing in it reaches the cloud.
 */
export interface LocalSetup {
  /** Users for the local sign-in (`POST /local/sign-in` and the Cognito-compatible endpoint). */
  readonly users?: readonly LocalUser[];
  /** Fills the store when its tables were just created (not on a restart with a data directory). */
  readonly seed?: (context: SeedContext) => Promise<void>;
}

export function defineLocalSetup(setup: LocalSetup): LocalSetup {
  const names = new Set<string>();
  for (const user of setup.users ?? []) {
    if (names.has(user.username)) throw new TypeError(`local setup lists user '${user.username}' twice`);
    names.add(user.username);
  }
  return setup;
}
