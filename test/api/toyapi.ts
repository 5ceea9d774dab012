import path from 'node:path';
import { startLocalApi, type LocalApi, type LocalApiOptions } from '../../local/server/local-api';
import { DEMO_PASSWORD } from '../../local.config';
import { postGraphql, type GraphqlAnswer } from '../local/e2e/client';

/** ToyApi's API directory: the repository root. */
export const API_DIRECTORY = path.resolve(__dirname, '..', '..');

export type DemoUser = 'alice' | 'bob' | 'carol' | 'dave';

/** ToyApi on the local engine with an in-memory store, a clock tests can move, and callers as headers. */
export interface ToyApiUnderTest {
  readonly api: LocalApi;
  /** Moves the API's clock (tokens, API keys, resolvers, the authorizer's cache). */
  advanceClock(milliseconds: number): void;
  /** The Cognito `sub` of a demo user. */
  userId(user: DemoUser): string;
  /** Headers of a signed-in demo user: a fresh id token from the local sign-in, raw in Authorization. */
  as(user: DemoUser): Record<string, string>;
  withApiKey(): Record<string, string>;
  withDeveloperKey(secret: string): Record<string, string>;
  call(headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer>;
  /** The data of a call that must succeed (fails the test with the errors otherwise). */
  data(headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/** `realtime`: the real-time endpoint's options (tests of subscriptions shorten the keep-alive); `log`: the server's log lines (none by default). */
export async function startToyApi(options: Pick<LocalApiOptions, 'realtime' | 'log'> = {}): Promise<ToyApiUnderTest> {
  let offset = 0;
  const api = await startLocalApi({ apiDirectory: API_DIRECTORY, port: 0, store: { inMemory: true }, log: () => {}, now: () => Date.now() + offset, ...options });
  const call = (headers: Record<string, string>, query: string, variables?: Record<string, unknown>) => postGraphql(api.graphqlUrl, { query, variables }, headers);
  return {
    api,
    advanceClock: (milliseconds) => {
      offset += milliseconds;
    },
    userId: (user) => api.userPoolIssuer!.subjectOf(user),
    as: (user) => ({ authorization: api.signIn!.signIn(user, DEMO_PASSWORD).idToken }),
    withApiKey: () => ({ 'x-api-key': api.apiKey! }),
    withDeveloperKey: (secret) => ({ authorization: secret }),
    call,
    data: async (headers, query, variables) => {
      const answer = await call(headers, query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    },
    close: () => api.close(),
  };
}

/** The selection of every Item field the tests read. */
export const ITEM_FIELDS = 'id message accessLevel teamId ownerId createdAt updatedAt version';
