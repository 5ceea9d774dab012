import { gql, type ApolloClient } from '@apollo/client';
import { AUTH_TYPE, type AuthOptions } from 'aws-appsync-auth-link';
import { createToyApiClient, CreateItemDocument, OnItemCreatedDocument } from '../../../client';
import { LOCAL_IAM_CREDENTIAL } from '../../../local/server/auth-setup';
import { appSyncApolloClient, installBrowserGlobalsForAppSyncLinks } from '../../support/appsync-apollo';
import { startToyApi, type ToyApiUnderTest } from '../toyapi';

/**
 * ToyApi's subscriptions with the clients web apps use against AppSync, unmodified: Apollo Client with
 * aws-appsync-auth-link and aws-appsync-subscription-link (header-subprotocol handshake, `start` messages
 * authorized by the links). Node 20 has no WebSocket: the links get `ws` as the global one.
 */
describe('ToyApi subscriptions with Apollo Client and the AppSync links', () => {
  let toy: ToyApiUnderTest;
  const started: (() => void)[] = [];
  let restoreGlobals: () => void;

  beforeAll(async () => {
    restoreGlobals = installBrowserGlobalsForAppSyncLinks();
    toy = await startToyApi({
      realtime: { keepAliveIntervalMs: 1000 },
      // The engine logs each subscription it started: the test mutates only then.
      log: (line) => {
        if (line.startsWith('realtime: start ')) started.shift()?.();
      },
    });
  });
  afterAll(async () => {
    await toy.close();
    restoreGlobals();
  });

  function apollo(auth: AuthOptions): ApolloClient {
    return appSyncApolloClient(toy.api.graphqlUrl, auth);
  }

  /** Subscribes to onItemCreated, runs `mutate` once the subscription started, and returns the first event's item. */
  async function firstCreated(client: ApolloClient, mutate: () => Promise<unknown>): Promise<Record<string, unknown>> {
    const subscribed = new Promise<void>((resolve) => started.push(resolve));
    let subscription: { unsubscribe(): void } | undefined;
    const event = new Promise<Record<string, unknown>>((resolve, reject) => {
      subscription = client.subscribe({ query: OnItemCreatedDocument }).subscribe({
        next: (result) => resolve(result.data!.onItemCreated as Record<string, unknown>),
        error: reject,
      });
    });
    await subscribed;
    await mutate();
    const item = await event;
    subscription?.unsubscribe();
    // The link closes its socket a second after its last subscription ends; let it release its timers.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    return item;
  }

  const alice = () => createToyApiClient({ url: toy.api.graphqlUrl, auth: { idToken: toy.as('alice').authorization } });

  it('Cognito user pools: bob gets his team’s item and never alice’s own, his own mutation selecting what filters need', async () => {
    const bob = apollo({ type: AUTH_TYPE.AMAZON_COGNITO_USER_POOLS, jwtToken: async () => toy.as('bob').authorization });
    const CREATE = gql`
      mutation Create($input: CreateItemInput!) {
        createItem(input: $input) {
          id
          message
          accessLevel
          teamId
          ownerId
          createdAt
          updatedAt
          version
        }
      }
    `;
    const item = await firstCreated(bob, async () => {
      // Published first: were the filter to leak, bob's first event would be this one.
      await alice().request(CreateItemDocument, { input: { message: 'alice only', accessLevel: 'INDIVIDUAL' } });
      await bob.mutate({ mutation: CREATE, variables: { input: { message: 'bob via apollo', teamId: 'eng' } } });
    });
    expect(item).toMatchObject({ __typename: 'Item', message: 'bob via apollo', accessLevel: 'TEAM', teamId: 'eng', ownerId: toy.userId('bob'), version: 1 });
  });

  it('AWS_IAM: signed handshake and start; PUBLIC items only', async () => {
    const credentials = { accessKeyId: LOCAL_IAM_CREDENTIAL.accessKeyId, secretAccessKey: LOCAL_IAM_CREDENTIAL.secretAccessKey };
    const item = await firstCreated(apollo({ type: AUTH_TYPE.AWS_IAM, credentials }), async () => {
      await alice().request(CreateItemDocument, { input: { message: 'eng only', teamId: 'eng' } });
      await alice().request(CreateItemDocument, { input: { message: 'for everyone', accessLevel: 'PUBLIC' } });
    });
    expect(item).toMatchObject({ message: 'for everyone', accessLevel: 'PUBLIC' });
  });
});
