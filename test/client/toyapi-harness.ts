import { createToyApiClient, type ToyApiAuth, type ToyApiClient } from '../../client';
import type { LocalApi } from '../../local/server/local-api';
import { startToyApi as startToyApiUnderTest, type DemoUser } from '../api/toyapi';

export { API_DIRECTORY, type DemoUser } from '../api/toyapi';
export { DEMO_PASSWORD } from '../../local.config';

/** The demo users of local.config.ts. */
export const DEMO_USERS: readonly DemoUser[] = ['alice', 'bob', 'carol', 'dave'];

/** ToyApi on the local engine (test/api/toyapi.ts), reached through the typed client as every kind of caller. */
export interface ToyApiHarness {
  readonly api: LocalApi;
  /** Moves the clock the API reads (tokens, the authorizer's cache, resolvers' time). */
  advanceClock(milliseconds: number): void;
  readonly anonymous: ToyApiClient;
  /** With the API's API key. */
  readonly apiKey: ToyApiClient;
  /** Signed in through the local sign-in, sending the id token raw in Authorization. */
  readonly users: Readonly<Record<DemoUser, ToyApiClient>>;
  /** Each demo user's id (Cognito `sub`). */
  readonly userIds: Readonly<Record<DemoUser, string>>;
  /** A client with any other auth. */
  client(auth?: ToyApiAuth): ToyApiClient;
  close(): Promise<void>;
}

export async function startToyApi(): Promise<ToyApiHarness> {
  const toy = await startToyApiUnderTest();
  const client = (auth?: ToyApiAuth) => createToyApiClient({ url: toy.api.graphqlUrl, auth });
  const apiKey = toy.api.apiKey;
  if (apiKey === undefined) throw new Error('ToyApi has an API key');
  const forEachUser = <T>(make: (user: DemoUser) => T) => Object.fromEntries(DEMO_USERS.map((user) => [user, make(user)])) as Record<DemoUser, T>;
  return {
    api: toy.api,
    advanceClock: (milliseconds) => toy.advanceClock(milliseconds),
    anonymous: client(),
    apiKey: client({ apiKey }),
    users: forEachUser((user) => client({ idToken: toy.as(user).authorization })),
    userIds: forEachUser((user) => toy.userId(user)),
    client,
    close: () => toy.close(),
  };
}

/** Starts ToyApi before the enclosing suite's tests and stops it after; call the answer inside tests. */
export function useToyApi(): () => ToyApiHarness {
  let started: ToyApiHarness | undefined;
  beforeAll(async () => {
    started = await startToyApi();
  });
  afterAll(() => started?.close());
  return () => {
    if (!started) throw new Error('ToyApi is not running: use the harness inside tests or hooks');
    return started;
  };
}
