import path from 'node:path';
import { startLocalApi, type LocalApi } from '../../../local/server/local-api';
import { FIXTURES, postGraphql } from './client';

/**
 * The AWS_LAMBDA mode with the fixture's authorizer function, over HTTP; and the introspection switch.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-lambda-authorization
 */
describe('Lambda authorizer over HTTP', () => {
  const start = Date.UTC(2030, 5, 1);
  let clock = start;
  let api: LocalApi;

  beforeAll(async () => {
    api = await startLocalApi({
      apiDirectory: path.join(FIXTURES, 'lambda-auth-api'),
      port: 0,
      store: { inMemory: true },
      log: () => {},
      now: () => clock,
    });
  });
  afterAll(() => api.close());
  afterEach(() => {
    clock = start;
  });

  const call = (token: string, query: string, operationName?: string) =>
    postGraphql(api.graphqlUrl, { query, operationName }, { authorization: token });
  const whoami = async (token: string) => {
    const answer = await call(token, 'query Who { whoami { authType identity } }', 'Who');
    expect(answer.errors).toBeUndefined();
    return { authType: answer.data!.whoami.authType as string, identity: JSON.parse(answer.data!.whoami.identity as string) };
  };
  const REFUSED = { status: 401, errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] };
  const refusal = async (token: string) => {
    const answer = await call(token, '{ whoami { authType } }');
    return { status: answer.status, errors: answer.errors };
  };

  it("allows: the authorizer's resolverContext is ctx.identity.resolverContext", async () => {
    const { authType, identity } = await whoami('allow-ann');
    expect(authType).toBe('Lambda Authorization');
    expect(identity).toEqual({ resolverContext: { user: 'ann', realm: 'notes', invocation: expect.any(Number), operationName: 'Who' } });
  });

  it('denies: isAuthorized false, a function that throws, a token failing identityValidationExpression', async () => {
    expect(await refusal('deny-bob')).toEqual(REFUSED);
    expect(await refusal('throw-bob')).toEqual(REFUSED);
    expect(await refusal('Bearer something-else')).toEqual(REFUSED);
  });

  it('caches an answer per token for authorizerResultTtlInSeconds (60) unless ttlOverride says otherwise', async () => {
    const first = (await whoami('allow-cara')).identity.resolverContext.invocation;
    expect((await whoami('allow-cara')).identity.resolverContext.invocation).toBe(first);
    clock = start + 61_000;
    const afterTtl = (await whoami('allow-cara')).identity.resolverContext.invocation;
    expect(afterTtl).toBeGreaterThan(first);

    const fresh = (await whoami('fresh-dan')).identity.resolverContext.invocation;
    // A refused shape never reaches the function: the next invocation follows straight on.
    expect(await refusal('bogus')).toEqual(REFUSED);
    expect((await whoami('fresh-dan')).identity.resolverContext.invocation).toBe(fresh + 1);
  });

  it('deniedFields (TypeName.fieldName or the field ARN) resolve to null with Unauthorized', async () => {
    const answer = await call('limited-eve', '{ whoami { authType } secret reports }');
    expect(answer.data).toEqual({ whoami: { authType: 'Lambda Authorization' }, secret: null, reports: null });
    expect(answer.errors).toEqual([
      expect.objectContaining({ path: ['secret'], errorType: 'Unauthorized', message: 'Not Authorized to access secret on type Query' }),
      expect.objectContaining({ path: ['reports'], errorType: 'Unauthorized', message: 'Not Authorized to access reports on type Query' }),
    ]);
    expect((await call('allow-eve', '{ secret reports }')).data).toEqual({ secret: 'secret', reports: 'reports' });
  });

  it('directives: a field without one is for the Lambda mode only; @aws_api_key fields for API keys only', async () => {
    const byKey = await postGraphql(api.graphqlUrl, { query: '{ forKeysOnly secret }' }, { 'x-api-key': api.apiKey! });
    expect(byKey.data).toEqual({ forKeysOnly: 'forKeysOnly', secret: null });
    const byLambda = await call('allow-fay', '{ forKeysOnly }');
    expect(byLambda.data).toEqual({ forKeysOnly: null });
    expect(byLambda.errors).toEqual([expect.objectContaining({ errorType: 'Unauthorized' })]);
  });

  it('introspection switched off: __schema and __type are validation errors, __typename still works', async () => {
    const answer = await call('allow-gus', '{ __schema { types { name } } }');
    expect(answer).toMatchObject({ status: 200, data: null });
    expect(answer.errors).toEqual([
      expect.objectContaining({ errorType: 'ValidationError', path: null, message: 'Cannot query field "__schema" on type "Query".' }),
    ]);
    expect((await call('allow-gus', '{ __type(name: "Caller") { name } }')).errors).toHaveLength(1);
    expect((await call('allow-gus', '{ __typename whoami { __typename } }')).data).toEqual({ __typename: 'Query', whoami: { __typename: 'Caller' } });
  });
});
