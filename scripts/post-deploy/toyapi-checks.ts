import {
  AuthMessageDocument,
  CreateItemDocument,
  DeleteItemDocument,
  ItemDocument,
  LoginDocument,
  MeDocument,
  MyItemsDocument,
  PublicMessageDocument,
  UpdateItemDocument,
  createToyApiClient,
  ToyApiError,
  type ItemFieldsFragment,
  type ToyApiAuth,
  type ToyApiClient,
} from '../../client';
import { expectThat, type Check } from './checks';

/** The client name post-deploy calls carry (`x-client-name`), so usage figures can leave them out. */
export const POST_DEPLOY_CLIENT_NAME = 'toyapi-post-deploy';

/** What the checks share: where the API is, how to call it, and what earlier checks set up. */
export interface ToyApiSession {
  readonly url: string;
  readonly apiKey: string;
  /** A test user of the environment; smoke tests sign in only when one is given. */
  readonly user?: { readonly username: string; readonly password: string };
  readonly fetch?: typeof fetch;
  /** A marker in the messages of created items, so leftovers are recognisable. */
  readonly runLabel: string;
  idToken?: string;
  userId?: string;
  item?: ItemFieldsFragment;
}

/** A typed client with the session's transport, tagged with the post-deploy client name. */
function client(session: ToyApiSession, auth?: ToyApiAuth): ToyApiClient {
  const base = session.fetch ?? globalThis.fetch;
  const tagged: typeof fetch = (input, init) =>
    base(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-client-name': POST_DEPLOY_CLIENT_NAME } });
  return createToyApiClient({ url: session.url, auth, fetch: tagged });
}

const signedIn = (session: ToyApiSession) => {
  expectThat(session.idToken, 'not signed in: the sign-in check did not pass');
  return client(session, { idToken: session.idToken });
};

/** Resolves to the error a call failed with; fails the check if the call succeeded. */
async function failureOf(call: Promise<unknown>): Promise<ToyApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ToyApiError) return error;
    throw error;
  }
  throw new Error('the call succeeded but should have failed');
}

/** Read-only checks safe in production: the API answers, refuses strangers, and (with a user) signs in. */
export function smokeChecks(session: Pick<ToyApiSession, 'user'>): Check<ToyApiSession>[] {
  const checks: Check<ToyApiSession>[] = [
    {
      name: 'publicMessage answers to the API key',
      run: async (s) => {
        const { publicMessage } = await client(s, { apiKey: s.apiKey }).request(PublicMessageDocument, {});
        expectThat(publicMessage.message.length > 0, 'publicMessage.message is empty');
      },
    },
    {
      name: 'a call without credentials is refused with HTTP 401',
      run: async (s) => {
        const error = await failureOf(client(s).request(PublicMessageDocument, {}));
        expectThat(error.status === 401, `expected HTTP 401, got ${error.status} (${error.message})`);
      },
    },
  ];
  if (!session.user) return checks;
  return [
    ...checks,
    {
      name: 'login signs the test user in',
      run: async (s) => {
        const { login } = await client(s, { apiKey: s.apiKey }).request(LoginDocument, { username: s.user!.username, password: s.user!.password });
        expectThat(login.idToken.split('.').length === 3, 'login.idToken is not a JWT');
        s.idToken = login.idToken;
        s.userId = login.userId;
      },
    },
    {
      name: 'me describes the signed-in user',
      run: async (s) => {
        const { me } = await signedIn(s).request(MeDocument, {});
        expectThat(me.username === s.user!.username && me.id === s.userId, `me is ${me.username} (${me.id}), expected ${s.user!.username} (${s.userId})`);
      },
    },
  ];
}

/** The full round trip for staging: everything the smoke checks do, then an item's whole life. */
export function integrationChecks(session: Pick<ToyApiSession, 'user'>): Check<ToyApiSession>[] {
  expectThat(session.user, 'integration checks need a test user (TOYAPI_TEST_USERNAME and TOYAPI_TEST_PASSWORD)');
  return [
    ...smokeChecks(session),
    {
      name: 'authMessage greets the signed-in user',
      run: async (s) => {
        const { authMessage } = await signedIn(s).request(AuthMessageDocument, {});
        expectThat(authMessage.userId === s.userId, `authMessage.userId is ${authMessage.userId}, expected ${s.userId}`);
      },
    },
    {
      name: 'createItem stores an item owned by the caller, at version 1',
      run: async (s) => {
        const message = `  post-deploy check ${s.runLabel}  `;
        const { createItem } = await signedIn(s).request(CreateItemDocument, { input: { message } });
        s.item = createItem;
        expectThat(createItem.message === message.trim(), `message is "${createItem.message}", expected it trimmed`);
        expectThat(createItem.ownerId === s.userId && createItem.version === 1 && createItem.accessLevel === 'INDIVIDUAL', `unexpected item ${JSON.stringify(createItem)}`);
      },
    },
    {
      name: 'item reads the created item back',
      run: async (s) => {
        const { item } = await signedIn(s).request(ItemDocument, { id: s.item!.id });
        expectThat(JSON.stringify(item) === JSON.stringify(s.item), `item answered ${JSON.stringify(item)}`);
      },
    },
    {
      name: 'updateItem with the current version changes it and counts the version up',
      run: async (s) => {
        const message = `post-deploy check ${s.runLabel} (updated)`;
        const { updateItem } = await signedIn(s).request(UpdateItemDocument, { input: { id: s.item!.id, message, expectedVersion: s.item!.version } });
        expectThat(updateItem.message === message && updateItem.version === s.item!.version + 1, `unexpected item ${JSON.stringify(updateItem)}`);
        s.item = updateItem;
      },
    },
    {
      name: 'updateItem with a stale version is a Conflict and changes nothing',
      run: async (s) => {
        const error = await failureOf(
          signedIn(s).request(UpdateItemDocument, { input: { id: s.item!.id, message: 'stale write', expectedVersion: s.item!.version - 1 } }),
        );
        expectThat(error.errorType === 'Conflict', `expected errorType Conflict, got ${error.errorType}`);
        const { item } = await signedIn(s).request(ItemDocument, { id: s.item!.id });
        expectThat(item?.version === s.item!.version && item.message === s.item!.message, 'the stale write changed the item');
      },
    },
    {
      name: "myItems lists the item among the caller's items",
      run: async (s) => {
        let nextToken: string | null | undefined;
        for (let page = 0; page < 50; page += 1) {
          const { myItems } = await signedIn(s).request(MyItemsDocument, { limit: 100, nextToken });
          if (myItems.items.some((item) => item.id === s.item!.id)) return;
          nextToken = myItems.nextToken;
          if (!nextToken) break;
        }
        throw new Error(`myItems does not list ${s.item!.id}`);
      },
    },
    {
      name: 'deleteItem with the current version deletes the item',
      always: true,
      run: async (s) => {
        if (!s.item || !s.idToken) return;
        const { deleteItem } = await signedIn(s).request(DeleteItemDocument, { id: s.item.id, expectedVersion: s.item.version });
        expectThat(deleteItem.id === s.item.id, `deleteItem answered ${deleteItem.id}`);
      },
    },
    {
      name: 'the deleted item is gone',
      run: async (s) => {
        const gone = await signedIn(s)
          .request(ItemDocument, { id: s.item!.id })
          .then(
            ({ item }) => item === null,
            (error: unknown) => error instanceof ToyApiError && error.errorType === 'NotFound',
          );
        expectThat(gone, `item ${s.item!.id} can still be read after deleteItem`);
      },
    },
  ];
}
