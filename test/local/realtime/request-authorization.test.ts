import type { LocalApi } from '../../../local/server/local-api';
import { operationNames } from '../fixtures/chat-api/auth/authorizer';
import { apiKeyHeader, headerProtocol, hostOf, iamHeader, mutate, ProtocolClient, queryHandshakeUrl, startChatApi } from './protocol-client';

/**
 * Authorization on the real-time endpoint, per mode: the connection's header object, then each start's
 * `extensions.authorization` on its own, with the subscriber's identity and field rules.
 * https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html
 */
describe('real-time endpoint: authorization in every mode', () => {
  let api: LocalApi;
  const clients: ProtocolClient[] = [];

  beforeAll(async () => {
    api = await startChatApi();
  });
  afterEach(() => Promise.all(clients.splice(0).map((client) => client.close())));
  afterAll(() => api.close());

  const ON_MY_MESSAGE = 'subscription Mine { onMyMessage { author text } }';
  const post = (author: string, credentials?: Record<string, string>) =>
    mutate(
      api,
      'mutation ($input: MessageInput!) { postMessage(input: $input) { id roomId author text secret } }',
      { input: { roomId: 'auth', author, text: `by ${author}`, secret: 'for admins' } },
      credentials,
    );

  /** Opens a connection with `header`, via the header subprotocol. */
  const connect = async (header: Record<string, string>) => {
    const client = await ProtocolClient.open(api.realtimeUrl, ['graphql-ws', headerProtocol(header)]);
    clients.push(client);
    return { client, answer: await client.init() };
  };
  const tokenHeader = (token: string) => ({ Authorization: token, host: hostOf(api) });

  /** Subscribes to onMyMessage with `authorization`, posts as `me` and as someone else, and returns the events. */
  const ownEventsOf = async (client: ProtocolClient, authorization: Record<string, string>, me: string) => {
    expect(await client.start('mine', ON_MY_MESSAGE, authorization)).toEqual({ type: 'start_ack', id: 'mine' });
    await post('somebody-else');
    await post(me);
    // Events arrive in publishing order: one for somebody else would come before ours.
    const first = await client.next((message) => message.type === 'data');
    return [first.payload, ...client.events('mine')];
  };

  describe('API_KEY', () => {
    it('refuses a connection with an unknown key: connection_error UnauthorizedException (401)', async () => {
      const { answer } = await connect({ ...apiKeyHeader(api), 'x-api-key': 'da2-unknown' });
      expect(answer).toEqual({
        type: 'connection_error',
        payload: { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.', errorCode: 401 }] },
      });
    });

    it('refuses a connection with no credentials at all (query-string form without a header)', async () => {
      const client = await ProtocolClient.open(api.realtimeUrl, ['graphql-ws']);
      clients.push(client);
      expect((await client.init()).payload.errors).toEqual([
        { errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.', errorCode: 401 },
      ]);
    });

    it('authorizes each start on its own: a bad key refuses that subscription only', async () => {
      const { client } = await connect(apiKeyHeader(api));
      const refused = await client.start('bad', 'subscription { onMessage { id } }', { ...apiKeyHeader(api), 'x-api-key': 'da2-nope' });
      expect(refused).toEqual({
        type: 'error',
        id: 'bad',
        payload: { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.', errorCode: 401 }] },
      });
      expect((await client.start('good', 'subscription { onMessage { id } }', apiKeyHeader(api))).type).toBe('start_ack');
    });

    it("applies the schema's directives to the subscription field", async () => {
      const { client } = await connect(apiKeyHeader(api));
      const answer = await client.start('mine', ON_MY_MESSAGE, apiKeyHeader(api));
      expect(answer.payload.errors).toEqual([
        expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access onMyMessage on type Subscription', path: ['onMyMessage'] }),
      ]);
    });
  });

  describe('AMAZON_COGNITO_USER_POOLS', () => {
    it('connects and subscribes with an ID token; the resolver reads ctx.identity.username', async () => {
      const { idToken } = api.userPoolIssuer!.issueTokens({ username: 'carl' });
      const { client, answer } = await connect(tokenHeader(idToken));
      expect(answer.type).toBe('connection_ack');
      expect(await ownEventsOf(client, tokenHeader(idToken), 'carl')).toEqual([{ data: { onMyMessage: { author: 'carl', text: 'by carl' } } }]);
    });

    it('cognito_groups: a member of admins may subscribe to onAdminMessage, others may not', async () => {
      const member = api.userPoolIssuer!.issueTokens({ username: 'ada', groups: ['admins'] }).idToken;
      const other = api.userPoolIssuer!.issueTokens({ username: 'bo' }).idToken;
      const { client } = await connect(tokenHeader(other));
      expect((await client.start('admin', 'subscription { onAdminMessage { id } }', tokenHeader(member))).type).toBe('start_ack');
      expect((await client.start('other', 'subscription { onAdminMessage { id } }', tokenHeader(other))).payload.errors[0]).toMatchObject({
        errorType: 'Unauthorized',
        message: 'Not Authorized to access onAdminMessage on type Subscription',
      });
    });

    it("applies each subscriber's field rules to the event: a field it may not read is null, with AppSync's error", async () => {
      const member = api.userPoolIssuer!.issueTokens({ username: 'ada', groups: ['admins'] }).idToken;
      const other = api.userPoolIssuer!.issueTokens({ username: 'bo' }).idToken;
      const { client } = await connect(tokenHeader(member));
      const query = 'subscription ($roomId: ID) { onMessage(roomId: $roomId) { author secret } }';
      await client.start('admin', query, tokenHeader(member), { roomId: 'auth' });
      await client.start('other', query, tokenHeader(other), { roomId: 'auth' });
      // An admin posts: an API key caller could not read `secret` back, and the event holds what the mutation got.
      await post('eve', { authorization: member });
      const forAdmin = await client.next((message) => message.id === 'admin' && message.type === 'data');
      const forOther = await client.next((message) => message.id === 'other' && message.type === 'data');
      expect(forAdmin.payload).toEqual({ data: { onMessage: { author: 'eve', secret: 'for admins' } } });
      expect(forOther.payload.data).toEqual({ onMessage: { author: 'eve', secret: null } });
      expect(forOther.payload.errors).toEqual([
        expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access secret on type Message', path: ['onMessage', 'secret'] }),
      ]);
    });

    it('refuses a token whose claims were altered at connection time', async () => {
      const token = api.userPoolIssuer!.issueTokens({ username: 'carl' }).idToken;
      const [header, payload, signature] = token.split('.');
      const tampered = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), username: 'mallory' })).toString('base64url')}.${signature}`;
      const { answer } = await connect(tokenHeader(tampered));
      expect(answer).toMatchObject({ type: 'connection_error', payload: { errors: [{ errorType: 'UnauthorizedException', errorCode: 401 }] } });
    });
  });

  describe('OPENID_CONNECT', () => {
    it('connects and subscribes with a token of the provider; ctx.identity.sub names the caller', async () => {
      const { idToken } = api.oidcIssuer!.issueTokens({ username: 'olga' });
      const { client, answer } = await connect(tokenHeader(idToken));
      expect(answer.type).toBe('connection_ack');
      const sub = api.oidcIssuer!.subjectOf('olga');
      expect(await ownEventsOf(client, tokenHeader(idToken), sub)).toEqual([{ data: { onMyMessage: { author: sub, text: `by ${sub}` } } }]);
    });
  });

  describe('AWS_IAM', () => {
    it('connects with a signature of POST <graphql URL>/connect and body {}, subscribes with one of the start payload', async () => {
      const { client, answer } = await connect(await iamHeader(`${api.graphqlUrl}/connect`, '{}'));
      expect(answer.type).toBe('connection_ack');
      const data = JSON.stringify({ query: ON_MY_MESSAGE, variables: {} });
      client.send({ type: 'start', id: 'mine', payload: { data, extensions: { authorization: await iamHeader(api.graphqlUrl, data) } } });
      expect(await client.next((message) => message.id === 'mine')).toEqual({ type: 'start_ack', id: 'mine' });
      await post('somebody-else');
      await post('local-developer');
      expect((await client.next((message) => message.type === 'data')).payload).toEqual({
        data: { onMyMessage: { author: 'local-developer', text: 'by local-developer' } },
      });
    });

    it('works with the query-string handshake as well', async () => {
      const header = await iamHeader(`${api.graphqlUrl}/connect`, '{}');
      const client = await ProtocolClient.open(queryHandshakeUrl(api.realtimeUrl, header), ['graphql-ws']);
      clients.push(client);
      expect((await client.init()).type).toBe('connection_ack');
    });

    it('refuses a connection signed for another path, and a start signed over another payload', async () => {
      const { answer } = await connect(await iamHeader(api.graphqlUrl, '{}'));
      expect(answer.payload.errors).toEqual([expect.objectContaining({ errorType: 'InvalidSignatureException', errorCode: 403 })]);

      const { client } = await connect(await iamHeader(`${api.graphqlUrl}/connect`, '{}'));
      const data = JSON.stringify({ query: ON_MY_MESSAGE, variables: {} });
      const signedOther = await iamHeader(api.graphqlUrl, JSON.stringify({ query: ON_MY_MESSAGE, variables: { x: 1 } }));
      client.send({ type: 'start', id: 'forged', payload: { data, extensions: { authorization: signedOther } } });
      expect((await client.next((message) => message.id === 'forged')).payload.errors).toEqual([
        expect.objectContaining({ errorType: 'InvalidSignatureException', errorCode: 403 }),
      ]);
    });
  });

  describe('AWS_LAMBDA', () => {
    it("calls the authorizer for the connection (operation DeepDish:Connect) and for each start; resolverContext is the identity", async () => {
      operationNames.length = 0;
      const { client, answer } = await connect(tokenHeader('allow-lou'));
      expect(answer.type).toBe('connection_ack');
      expect(await ownEventsOf(client, tokenHeader('allow-lou'), 'lou')).toEqual([{ data: { onMyMessage: { author: 'lou', text: 'by lou' } } }]);
      // The start's payload.data carries no operationName, as the clients send it.
      expect(operationNames).toEqual(['DeepDish:Connect', undefined]);
    });

    it('refuses what the authorizer refuses, and hides its deniedFields in events', async () => {
      expect((await connect(tokenHeader('deny-dan'))).answer.payload.errors).toEqual([
        { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.', errorCode: 401 },
      ]);
      const { client } = await connect(tokenHeader('limited-lim'));
      await client.start('mine', ON_MY_MESSAGE, tokenHeader('limited-lim'));
      await post('lim');
      const event = await client.next((message) => message.type === 'data');
      expect(event.payload.data).toEqual({ onMyMessage: { author: 'lim', text: null } });
      expect(event.payload.errors).toEqual([expect.objectContaining({ message: 'Not Authorized to access text on type Message' })]);
    });
  });
});
