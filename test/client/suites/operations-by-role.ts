import {
  AllItemsDocument,
  ApiKeysDocument,
  AuthMessageDocument,
  CreateApiKeyDocument,
  CreateItemDocument,
  CreateItemsDocument,
  DeleteItemDocument,
  DeleteItemsDocument,
  DeveloperDocument,
  ItemDocument,
  ItemStatsDocument,
  LoginDocument,
  MeDocument,
  MyItemsDocument,
  PublicItemsDocument,
  PublicMessageDocument,
  RegisterDeveloperDocument,
  RevokeApiKeyDocument,
  SearchItemsDocument,
  TeamItemsDocument,
  UpdateDeveloperProfileDocument,
  UpdateItemDocument,
  UserMessageDocument,
  ToyApiError,
  type ToyApiClient,
} from '../../../client';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser, type ToyApiHarness } from '../toyapi-harness';

/** Every kind of caller: nobody, the API key, the four demo users, and alice's developer keys. */
const ROLES = ['anonymous', 'apiKey', ...DEMO_USERS, 'readKey', 'writeKey'] as const;
type Role = (typeof ROLES)[number];

/**
 * `ok`; `401`: the request refused as a whole; otherwise the errorType the operation's field answers
 * (`Unauthorized` is also what AppSync answers for a field the caller's auth mode may not use).
 */
type Outcome = 'ok' | '401' | 'Unauthorized' | 'NotFound' | 'Conflict';

interface Caller {
  readonly role: Role;
  readonly client: ToyApiClient;
  /** Whose items and keys the caller acts on: its own; alice's for her keys and for callers without any. */
  readonly owner: ToyApiClient;
}

interface Fixtures {
  /** A TEAM item of bob's for team eng. */
  readonly bobsEngItem: string;
  readonly userIds: Readonly<Record<DemoUser, string>>;
}

interface OperationCase {
  readonly operation: string;
  readonly call: (caller: Caller, fixtures: Fixtures) => Promise<unknown>;
  //                  anonymous, apiKey, alice, bob, carol, dave, readKey, writeKey
  readonly outcomes: readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
}

async function ownItem(owner: ToyApiClient, message: string): Promise<string> {
  return (await owner.request(CreateItemDocument, { input: { message } })).createItem.id;
}

const CASES: readonly OperationCase[] = [
  { operation: 'publicMessage', call: ({ client }) => client.request(PublicMessageDocument), outcomes: ['401', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'authMessage', call: ({ client }) => client.request(AuthMessageDocument), outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'Unauthorized'] },
  {
    operation: 'userMessage',
    call: ({ client }, { userIds }) => client.request(UserMessageDocument, { userId: userIds.alice }),
    outcomes: ['401', 'Unauthorized', 'ok', 'Unauthorized', 'ok', 'Unauthorized', 'Unauthorized', 'Unauthorized'],
  },
  { operation: 'me', call: ({ client }) => client.request(MeDocument), outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'Unauthorized'] },
  {
    operation: 'item',
    call: ({ client }, { bobsEngItem }) => client.request(ItemDocument, { id: bobsEngItem }),
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'NotFound', 'NotFound', 'NotFound'],
  },
  { operation: 'myItems', call: ({ client }) => client.request(MyItemsDocument, { limit: 2 }), outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  {
    operation: 'teamItems',
    call: ({ client }) => client.request(TeamItemsDocument, { teamId: 'eng', limit: 2 }),
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'Unauthorized', 'Unauthorized', 'Unauthorized'],
  },
  { operation: 'publicItems', call: ({ client }) => client.request(PublicItemsDocument, { limit: 2 }), outcomes: ['401', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  {
    operation: 'allItems',
    call: ({ client }) => client.request(AllItemsDocument, { limit: 2 }),
    outcomes: ['401', 'Unauthorized', 'Unauthorized', 'Unauthorized', 'ok', 'Unauthorized', 'Unauthorized', 'Unauthorized'],
  },
  { operation: 'searchItems', call: ({ client }) => client.request(SearchItemsDocument, { query: 'eng' }), outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'itemStats', call: ({ client }) => client.request(ItemStatsDocument), outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'developer', call: ({ client }) => client.request(DeveloperDocument), outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
  { operation: 'apiKeys', call: ({ client }) => client.request(ApiKeysDocument), outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'Unauthorized'] },
  {
    operation: 'login',
    call: ({ client }) => client.request(LoginDocument, { username: 'dave', password: DEMO_PASSWORD }),
    outcomes: ['401', 'ok', 'Unauthorized', 'Unauthorized', 'Unauthorized', 'Unauthorized', 'Unauthorized', 'Unauthorized'],
  },
  {
    operation: 'createItem',
    call: ({ client }) => client.request(CreateItemDocument, { input: { message: 'matrix: created' } }),
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'ok'],
  },
  {
    operation: 'updateItem',
    call: async ({ client, owner }) => {
      const id = await ownItem(owner, 'matrix: to update');
      return client.request(UpdateItemDocument, { input: { id, message: 'matrix: updated', expectedVersion: 1 } });
    },
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'ok'],
  },
  {
    operation: 'deleteItem',
    call: async ({ client, owner }) => client.request(DeleteItemDocument, { id: await ownItem(owner, 'matrix: to delete'), expectedVersion: 1 }),
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'ok'],
  },
  {
    operation: 'createItems',
    call: ({ client }) => client.request(CreateItemsDocument, { inputs: [{ message: 'matrix: bulk 1' }, { message: 'matrix: bulk 2', accessLevel: 'PUBLIC' }] }),
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'ok'],
  },
  {
    operation: 'deleteItems',
    call: async ({ client, owner }) => client.request(DeleteItemsDocument, { ids: [await ownItem(owner, 'matrix: bulk delete')] }),
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'ok'],
  },
  {
    operation: 'registerDeveloper',
    call: ({ client, role }) => client.request(RegisterDeveloperDocument, { input: { name: `Developer ${role}`, email: `${role}@example.com` } }),
    // alice is registered by the demo data already.
    outcomes: ['401', 'Unauthorized', 'Conflict', 'ok', 'ok', 'ok', 'Unauthorized', 'Unauthorized'],
  },
  {
    operation: 'updateDeveloperProfile',
    call: ({ client }) => client.request(UpdateDeveloperProfileDocument, { input: { organization: 'Matrix' } }),
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'Unauthorized'],
  },
  {
    operation: 'createApiKey',
    call: ({ client }) => client.request(CreateApiKeyDocument, { name: 'matrix key', expiresInDays: 1 }),
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'Unauthorized'],
  },
  {
    operation: 'revokeApiKey',
    call: async ({ client, owner }) => {
      const { createApiKey } = await owner.request(CreateApiKeyDocument, { name: 'matrix key to revoke' });
      return client.request(RevokeApiKeyDocument, { id: createApiKey.apiKey.id });
    },
    outcomes: ['401', 'Unauthorized', 'ok', 'ok', 'ok', 'ok', 'Unauthorized', 'Unauthorized'],
  },
];

async function outcomeOf(operation: string, call: Promise<unknown>): Promise<Outcome | string> {
  try {
    const data = (await call) as Record<string, unknown>;
    return Object.hasOwn(data, operation) ? 'ok' : `answered without ${operation}`;
  } catch (error) {
    if (!(error instanceof ToyApiError)) throw error;
    if (error.status === 401) return '401';
    return error.errorsAt(operation)[0]?.errorType ?? `${error.status}: ${error.message}`;
  }
}

/** Every operation of the API as every kind of caller, through the typed client: who may do what. */
export function describeOperationsByRole(harness: () => ToyApiHarness): void {
  describe('every operation as every caller', () => {
    let callers: Record<Role, Caller>;
    let fixtures: Fixtures;

    beforeAll(async () => {
      const toyApi = harness();
      const alice = toyApi.users.alice;
      const key = async (scopes: ('ITEMS_READ' | 'ITEMS_WRITE')[]) =>
        toyApi.client({ developerKey: (await alice.request(CreateApiKeyDocument, { name: `matrix ${scopes.join('+')}`, scopes })).createApiKey.secret });
      const clients: Record<Role, ToyApiClient> = {
        anonymous: toyApi.anonymous,
        apiKey: toyApi.apiKey,
        ...toyApi.users,
        readKey: await key(['ITEMS_READ']),
        writeKey: await key(['ITEMS_READ', 'ITEMS_WRITE']),
      };
      const ownerOf = (role: Role): ToyApiClient => ((DEMO_USERS as readonly string[]).includes(role) ? clients[role] : alice);
      callers = Object.fromEntries(ROLES.map((role) => [role, { role, client: clients[role], owner: ownerOf(role) }])) as Record<Role, Caller>;
      const { createItem } = await toyApi.users.bob.request(CreateItemDocument, { input: { message: 'matrix: eng only', teamId: 'eng' } });
      fixtures = { bobsEngItem: createItem.id, userIds: toyApi.userIds };
    });

    it.each(CASES.map((entry) => [entry.operation, entry] as const))('%s', async (operation, { call, outcomes }) => {
      const actual: Record<string, string> = {};
      for (const role of ROLES) actual[role] = await outcomeOf(operation, call(callers[role], fixtures));
      expect(actual).toEqual(Object.fromEntries(ROLES.map((role, index) => [role, outcomes[index]])));
    });

    it('covers every operation of the schema', () => {
      const { schema } = harness().api.description;
      const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
      expect(CASES.map((entry) => entry.operation).sort()).toEqual(fields.sort());
    });
  });
}
