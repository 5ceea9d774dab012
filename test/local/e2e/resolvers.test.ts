import path from 'node:path';
import { startLocalApi, type LocalApi } from '../../../local/server/local-api';
import { FIXTURES, graphqlClient, postGraphql } from './client';

/**
 * How resolvers run and fail over HTTP: unit and pipeline rules, AppSync's error shapes, and the API's
 * limits. https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-overview-js.html
 */
describe('resolvers over HTTP', () => {
  let api: LocalApi;
  let gql: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    api = await startLocalApi({ apiDirectory: path.join(FIXTURES, 'notes-api'), port: 0, store: { inMemory: true }, log: () => {} });
    gql = graphqlClient(api.graphqlUrl, () => ({ 'x-api-key': api.apiKey! }));
  });
  afterAll(() => api.close());

  describe('pipeline resolvers (https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html)', () => {
    const trail = async (skip?: string) => {
      const answer = await gql('query ($skip: String) { pipelineTrail(skip: $skip) { message stashTrail } }', { skip });
      expect(answer.errors).toBeUndefined();
      return answer.data!.pipelineTrail;
    };

    it('runs before → each function (request, data source, response) → after, with ctx.prev.result and one stash', async () => {
      expect(await trail()).toEqual({
        message: 'second data',
        stashTrail: [
          'before',
          'first.request(from before)',
          'first.response(first data)',
          'second.request(first data)',
          'second.response(second data)',
          'after(second data)',
        ],
      });
    });

    it('earlyReturn in the before handler skips every function', async () => {
      expect(await trail('all')).toEqual({ message: 'skipped from before', stashTrail: ['before', 'after(skipped from before)'] });
    });

    it("earlyReturn in a function's request handler skips its data source and response; the next function gets the value", async () => {
      const skipped = ['before', 'first.request(from before)'];
      expect(await trail('first')).toEqual({
        message: 'second data',
        stashTrail: [...skipped, 'second.request(first returned early)', 'second.response(second data)', 'after(second data)'],
      });
      expect(await trail('next')).toEqual({
        message: 'second data',
        stashTrail: [...skipped, 'second.request(first skipped to the next)', 'second.response(second data)', 'after(second data)'],
      });
    });

    it("earlyReturn with skipTo 'END' goes straight to the after handler", async () => {
      expect(await trail('end')).toEqual({ message: 'first ended the pipeline', stashTrail: ['before', 'first.request(from before)', 'after(first ended the pipeline)'] });
    });

    it("earlyReturn in a unit resolver's request handler is the field's value: no data source, no response handler", async () => {
      expect((await gql('{ failing(mode: "early") { message } }')).data).toEqual({ failing: { message: 'returned early from the request' } });
      expect((await gql('{ failing(mode: "fine") { message } }')).data).toEqual({ failing: { message: 'fine (response ran)' } });
    });
  });

  describe('errors in the response (https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html)', () => {
    it('util.error: the field is null; message, errorType, data (filtered by the selection) and errorInfo (whole)', async () => {
      const answer = await gql('query Failing {\n  failing(mode: "error-data") { message }\n}');
      expect(answer).toMatchObject({ status: 200, data: { failing: null } });
      expect(answer.errors).toEqual([
        {
          path: ['failing'],
          data: { message: 'kept' },
          errorType: 'PurposeError',
          errorInfo: { hint: 'all of it', nested: { kept: true } },
          locations: [{ line: 2, column: 3, sourceName: null }],
          message: 'failing with data',
        },
      ]);
    });

    it('util.error without data gives data and errorInfo as given (null data)', async () => {
      const answer = await gql('{ failing(mode: "error") { message } }');
      expect(answer.errors).toEqual([expect.objectContaining({ data: null, errorType: 'PurposeError', errorInfo: { hint: 'none' }, message: 'failing on purpose' })]);
    });

    it('util.appendError keeps the value and adds the error (data filtered by the selection)', async () => {
      const answer = await gql('{ failing(mode: "append") { message } echo(message: "beside") { message } }');
      expect(answer.data).toEqual({ failing: { message: 'append (response ran)' }, echo: { message: 'beside' } });
      expect(answer.errors).toEqual([
        { path: ['failing'], data: { message: 'noted' }, errorType: 'SideNote', errorInfo: null, locations: [{ line: 1, column: 3, sourceName: null }], message: 'a note on the side' },
      ]);
    });

    it('a data source error stays in ctx.error: nothing is raised unless the response handler raises it', async () => {
      const quiet = await gql('{ word(text: "x", action: "fail-quietly") { text } }');
      expect(quiet.data).toEqual({ word: { text: 'the handler saw Lambda:Unhandled' } });
      expect(quiet.errors).toBeUndefined();
      const raised = await gql('{ word(text: "x", action: "fail") { text } }');
      expect(raised.data).toEqual({ word: null });
      expect(raised.errors).toEqual([expect.objectContaining({ errorType: 'Lambda:Unhandled', message: "cannot fail 'x'" })]);
    });

    it('a failure of the code: errorType Code, file:line:column and the error; other fields still resolve', async () => {
      const answer = await gql('{ failing(mode: "crash") { message } echo(message: "still here") { message } }');
      expect(answer.data).toEqual({ failing: null, echo: { message: 'still here' } });
      expect(answer.errors).toEqual([
        expect.objectContaining({
          path: ['failing'],
          errorType: 'Code',
          message: expect.stringMatching(/^Query\.failing\.js:\d+:\d+: TypeError: Cannot read properties of undefined \(reading 'deeper'\)$/),
        }),
      ]);
    });

    it('util.unauthorized: the Not Authorized error of the field', async () => {
      const answer = await gql('{ failing(mode: "unauthorized") { message } }');
      expect(answer.data).toEqual({ failing: null });
      expect(answer.errors).toEqual([expect.objectContaining({ path: ['failing'], errorType: 'Unauthorized', message: 'Not Authorized to access failing on type Query' })]);
    });

    it('an invalid document: no data, validation errors without a path, HTTP 200', async () => {
      const answer = await gql('{ echo(message: "x") { nope } }');
      expect(answer).toMatchObject({ status: 200, data: null });
      expect(answer.errors).toEqual([expect.objectContaining({ path: null, errorType: 'ValidationError', locations: [{ line: 1, column: 24, sourceName: null }] })]);
    });
  });

  describe('API settings (https://docs.aws.amazon.com/appsync/latest/devguide/configuration-limits.html)', () => {
    it('query depth limit (4): a field deeper fails; its null goes up to the nearest nullable field', async () => {
      const atLimit = await gql('{ note(id: "welcome") { related { related { id } } } }');
      expect(atLimit).toMatchObject({ data: { note: { related: [{ related: [{ id: 'welcome' }] }] } } });
      expect(atLimit.errors).toBeUndefined();

      const tooDeep = await gql('fragment Deeper on Note { related { id } } { note(id: "welcome") { id related { related { ...Deeper } } } }');
      // `id` at depth 5 is non-null: its error nulls the Note holding it, an item of the nullable list.
      expect(tooDeep.data).toEqual({ note: { id: 'welcome', related: [{ related: [{ related: [null] }] }] } });
      expect(tooDeep.errors).toEqual([
        expect.objectContaining({ path: ['note', 'related', 0, 'related', 0, 'related', 0, 'id'], errorType: 'QueryDepthLimitExceeded' }),
      ]);
    });

    it('resolver count limit (50): resolvers past the limit are not run and fail', async () => {
      const fields = Array.from({ length: 51 }, (_, i) => `e${i}: echo(message: "${i}") { message }`).join('\n');
      const answer = await gql(`{\n${fields}\n}`);
      expect(answer.data!.e49).toEqual({ message: '49' });
      expect(answer.data!.e50).toBeNull();
      expect(answer.errors).toEqual([expect.objectContaining({ path: ['e50'], errorType: 'ResolverCountLimitExceeded' })]);
    });

    it('introspection is on by default', async () => {
      const answer = await gql('{ __schema { queryType { name } } }');
      expect(answer.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });
  });

  it('util.http.addResponseHeader sets a header of the HTTP response', async () => {
    const answer = await postGraphql(api.graphqlUrl, { query: '{ echo(message: "hi") { message } }' }, { 'x-api-key': api.apiKey! });
    expect(answer.headers.get('echoed-message')).toBe('hi');
  });

  it('ctx.info and ctx.env reach the resolver as AppSync builds them', async () => {
    const answer = await gql('{ echo(message: "x") { said: message ...F env } } fragment F on Echo { selectionGraphQL fieldName selection }');
    expect(answer.data!.echo).toEqual({
      said: 'x',
      env: 'hello from env',
      fieldName: 'echo',
      selection: ['said', 'selectionGraphQL', 'fieldName', 'selection', 'env'],
      selectionGraphQL: '{\n  said: message\n  ...F\n  env\n}',
    });
  });
});
