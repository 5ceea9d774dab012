import { AuthConfigurationError } from '../../../local/auth/errors';
import {
  LambdaAuthorizer,
  parseDeniedFields,
  type LambdaAuthorizerEvent,
  type LambdaAuthorizerOptions,
  type LambdaAuthorizerResult,
} from '../../../local/auth/lambda-authorizer';
import { refusal } from './refusal';

// Values from the example event and response of
// https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
const API_ID = 'aaaaaa123123123example123';
const ACCOUNT_ID = '111122223333';
const REQUEST_ID = 'f4081827-1111-4444-5555-5cf4695f339f';
const QUERY = 'mutation CreateEvent {...}\n\nquery MyQuery {...}\n';
const TOKEN = 'ExampleAUTHtoken123123123';
const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

let now = NOW;
beforeEach(() => {
  now = NOW;
});

/** An authorizer around a handler that records its calls. */
function authorizerAnswering(
  answer: LambdaAuthorizerResult | ((event: LambdaAuthorizerEvent) => unknown),
  options: Partial<LambdaAuthorizerOptions> = {},
) {
  const events: LambdaAuthorizerEvent[] = [];
  const authorizer = new LambdaAuthorizer({
    apiId: API_ID,
    accountId: ACCOUNT_ID,
    now: () => now,
    randomUUID: () => REQUEST_ID,
    ...options,
    handler: (event) => {
      events.push(event);
      return (typeof answer === 'function' ? answer(event) : answer) as LambdaAuthorizerResult;
    },
  });
  return { authorizer, events };
}

function request(authorizationToken = TOKEN) {
  return {
    authorizationToken,
    queryString: QUERY,
    operationName: 'MyQuery',
    variables: {},
    headers: { Authorization: authorizationToken, 'X-Custom': ['a', 'b'] },
  };
}

describe('LambdaAuthorizer', () => {
  it('calls the handler with the event AppSync documents', async () => {
    const { authorizer, events } = authorizerAnswering({ isAuthorized: true });
    await authorizer.authorize(request());
    expect(events).toEqual([
      {
        authorizationToken: TOKEN,
        requestContext: {
          apiId: API_ID,
          accountId: ACCOUNT_ID,
          requestId: REQUEST_ID,
          queryString: QUERY,
          operationName: 'MyQuery',
          variables: {},
        },
        requestHeaders: { authorization: TOKEN, 'x-custom': 'a,b' },
      },
    ]);
  });

  it('hands resolverContext on as ctx.identity.resolverContext', async () => {
    const { authorizer } = authorizerAnswering({
      isAuthorized: true,
      resolverContext: { banana: 'very yellow', apple: 'very green' },
    });
    const granted = await authorizer.authorize(request());
    expect(granted.resolverContext.apple).toBe('very green');
    expect(granted.deniedFields.size).toBe(0);
  });

  it('refuses with UnauthorizedException when the handler answers isAuthorized: false', async () => {
    const { authorizer } = authorizerAnswering({ isAuthorized: false });
    expect(await refusal(authorizer.authorize(request()))).toMatchObject({
      errorType: 'UnauthorizedException',
      statusCode: 401,
      reason: 'lambda-denied',
    });
  });

  describe('caching', () => {
    it('calls the handler for every request by default (authorizerResultTtlInSeconds 0)', async () => {
      const { authorizer, events } = authorizerAnswering({ isAuthorized: true });
      await authorizer.authorize(request());
      await authorizer.authorize(request());
      expect(events).toHaveLength(2);
    });

    it('reuses a result per token for authorizerResultTtlInSeconds', async () => {
      const { authorizer, events } = authorizerAnswering({ isAuthorized: true }, { authorizerResultTtlInSeconds: 300 });
      await authorizer.authorize(request());
      now = NOW + 299_000;
      await authorizer.authorize(request());
      expect(events).toHaveLength(1);
      await authorizer.authorize(request('another-token'));
      expect(events).toHaveLength(2);
      now = NOW + 300_000;
      await authorizer.authorize(request());
      expect(events).toHaveLength(3);
    });

    it('lets ttlOverride replace the configured TTL, and 0 turn caching off', async () => {
      const { authorizer, events } = authorizerAnswering(
        (event) => ({ isAuthorized: true, ttlOverride: event.authorizationToken === 'short' ? 10 : 0 }),
        { authorizerResultTtlInSeconds: 300 },
      );
      await authorizer.authorize(request('short'));
      now = NOW + 9_000;
      await authorizer.authorize(request('short'));
      expect(events).toHaveLength(1);
      now = NOW + 10_000;
      await authorizer.authorize(request('short'));
      expect(events).toHaveLength(2);
      await authorizer.authorize(request('uncached'));
      await authorizer.authorize(request('uncached'));
      expect(events).toHaveLength(4);
    });

    it('caches a refusal too', async () => {
      const { authorizer, events } = authorizerAnswering({ isAuthorized: false, ttlOverride: 60 });
      await refusal(authorizer.authorize(request()));
      expect((await refusal(authorizer.authorize(request()))).reason).toBe('lambda-denied');
      expect(events).toHaveLength(1);
    });
  });

  it('refuses a token not matching identityValidationExpression without calling the handler', async () => {
    const { authorizer, events } = authorizerAnswering(
      { isAuthorized: true },
      { identityValidationExpression: 'tok-[0-9]+' },
    );
    await expect(authorizer.authorize(request('tok-42'))).resolves.toBeDefined();
    expect((await refusal(authorizer.authorize(request('xtok-42')))).reason).toBe('identity-validation-failed');
    expect((await refusal(authorizer.authorize(request('tok-42x')))).reason).toBe('identity-validation-failed');
    expect(events).toHaveLength(1);
  });

  it('returns deniedFields in both documented forms, as TypeName.fieldName', async () => {
    const { authorizer } = authorizerAnswering({
      isAuthorized: true,
      deniedFields: [
        `arn:aws:appsync:us-east-1:${ACCOUNT_ID}:apis/${API_ID}/types/Post/fields/restrictedContent`,
        'Query.getAllPosts',
        `arn:aws:appsync:us-east-1:${ACCOUNT_ID}:apis/otherapi/types/Post/fields/author`,
        'not a field',
      ],
    });
    const granted = await authorizer.authorize(request());
    expect([...granted.deniedFields].sort()).toEqual(['Post.restrictedContent', 'Query.getAllPosts']);
    expect(parseDeniedFields(['Mutation.addPost'], API_ID)).toEqual(new Set(['Mutation.addPost']));
  });

  it('refuses when the handler fails, answers too late, or answers out of contract', async () => {
    const failing = authorizerAnswering(() => {
      throw new Error('boom');
    }).authorizer;
    expect((await refusal(failing.authorize(request()))).reason).toBe('lambda-failed');
    const slow = authorizerAnswering(() => new Promise(() => undefined), { timeoutMs: 20 }).authorizer;
    expect((await refusal(slow.authorize(request()))).reason).toBe('lambda-failed');
    for (const broken of [
      { isAuthorized: 'yes' },
      { isAuthorized: true, resolverContext: { nested: { key: 1 } } },
      { isAuthorized: true, ttlOverride: -1 },
    ]) {
      const refused = await refusal(authorizerAnswering(() => broken).authorizer.authorize(request()));
      expect(refused.reason).toBe('lambda-failed');
      expect(refused.cause).toBeInstanceOf(TypeError);
    }
  });

  it('refuses an authorizerResultTtlInSeconds outside 0..3600', () => {
    expect(() => authorizerAnswering({ isAuthorized: true }, { authorizerResultTtlInSeconds: 3601 })).toThrow(
      AuthConfigurationError,
    );
  });
});
