import { gql, type ApolloClient } from '@apollo/client';
import { AUTH_TYPE, type AuthOptions } from 'aws-appsync-auth-link';
import type { LocalApi } from '../../../local/server/local-api';
import { LOCAL_IAM_CREDENTIAL } from '../../../local/server/auth-setup';
import { appSyncApolloClient, installBrowserGlobalsForAppSyncLinks } from '../../support/appsync-apollo';
import { startChatApi } from './protocol-client';

/**
 * Apollo Client with aws-appsync-auth-link and aws-appsync-subscription-link, unmodified, against the local
 * endpoint: the links sign or authorize every HTTP request and the WebSocket handshake and `start` messages
 * themselves (header subprotocol, IAM signatures of `/connect` and of each start), as against AppSync.
 * Node 20 has fetch but no WebSocket: the test gives the links `ws` as the global WebSocket.
 */
describe('Apollo Client with the AppSync links', () => {
  let api: LocalApi;
  const started: (() => void)[] = [];
  let restoreGlobals: () => void;

  beforeAll(async () => {
    restoreGlobals = installBrowserGlobalsForAppSyncLinks();
    api = await startChatApi({
      log: (line) => {
        if (line.startsWith('realtime: start ')) started.shift()?.();
      },
    });
  });
  afterAll(async () => {
    await api.close();
    restoreGlobals();
  });

  const ON_MESSAGE = gql`
    subscription OnMessage($roomId: ID) {
      onMessage(roomId: $roomId) {
        id
        roomId
        author
        text
      }
    }
  `;
  const POST = gql`
    mutation Post($input: MessageInput!) {
      postMessage(input: $input) {
        id
        roomId
        author
        text
      }
    }
  `;

  function clientFor(auth: AuthOptions): ApolloClient {
    return appSyncApolloClient(api.graphqlUrl, auth);
  }

  /** Subscribes, waits until the endpoint has started the subscription, posts, and returns the first event. */
  async function roundTrip(client: ApolloClient, roomId: string, author: string) {
    const subscribed = new Promise<void>((resolve) => started.push(resolve));
    let subscription: { unsubscribe(): void } | undefined;
    const event = new Promise<unknown>((resolve, reject) => {
      subscription = client.subscribe({ query: ON_MESSAGE, variables: { roomId } }).subscribe({
        next: (result) => resolve(result.data),
        error: reject,
      });
    });
    await subscribed;
    const posted = await client.mutate({ mutation: POST, variables: { input: { id: `${roomId}-1`, roomId, author, text: `hello from ${author}` } } });
    const received = await event;
    subscription?.unsubscribe();
    // The link closes its socket a second after its last subscription ends; wait for it to let go of its timers.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    return { posted: posted.data, received };
  }

  it('API_KEY: subscribes and receives the event of a mutation', async () => {
    const { posted, received } = await roundTrip(clientFor({ type: AUTH_TYPE.API_KEY, apiKey: api.apiKey! }), 'apollo-key', 'kim');
    expect(posted).toEqual({ postMessage: { __typename: 'Message', id: 'apollo-key-1', roomId: 'apollo-key', author: 'kim', text: 'hello from kim' } });
    expect(received).toEqual({ onMessage: { __typename: 'Message', id: 'apollo-key-1', roomId: 'apollo-key', author: 'kim', text: 'hello from kim' } });
  });

  it('AWS_IAM: the links sign the HTTP request, the handshake and the start with SigV4', async () => {
    const credentials = { accessKeyId: LOCAL_IAM_CREDENTIAL.accessKeyId, secretAccessKey: LOCAL_IAM_CREDENTIAL.secretAccessKey };
    const { received } = await roundTrip(clientFor({ type: AUTH_TYPE.AWS_IAM, credentials }), 'apollo-iam', 'ivy');
    expect(received).toEqual({ onMessage: expect.objectContaining({ id: 'apollo-iam-1', author: 'ivy' }) });
  });

  it('AMAZON_COGNITO_USER_POOLS: the links send the ID token', async () => {
    const { idToken } = api.userPoolIssuer!.issueTokens({ username: 'cleo' });
    const { received } = await roundTrip(clientFor({ type: AUTH_TYPE.AMAZON_COGNITO_USER_POOLS, jwtToken: async () => idToken }), 'apollo-pool', 'cleo');
    expect(received).toEqual({ onMessage: expect.objectContaining({ id: 'apollo-pool-1', author: 'cleo' }) });
  });
});
