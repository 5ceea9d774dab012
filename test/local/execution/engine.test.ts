import path from 'node:path';
import { describeApi } from '../../../local/api/describe';
import { createNoneDataSource } from '../../../local/datasources/none';
import { ExecutionEngine, type RequestAuthorization } from '../../../local/execution/engine';
import { AppSyncRuntime } from '../../../local/runtime/evaluator';

const FIXTURE = path.join(__dirname, '../fixtures/notes-api');

/** An API-key caller allowed on every field: these tests are about execution, not auth rules. */
const API_KEY_CALLER: RequestAuthorization = {
  identity: null,
  authType: 'API Key Authorization',
  isFieldAllowed: () => true,
};

describe('ExecutionEngine', () => {
  const description = describeApi(FIXTURE);
  const none = createNoneDataSource();
  const unusedStore = { invoke: async () => ({ error: { message: 'not used in these tests', type: 'Test' } }) };
  const oneNote = { invoke: async () => ({ result: { id: '1', text: 'the only note' } }) };
  const engine = new ExecutionEngine({
    description,
    runtime: new AppSyncRuntime(),
    dataSources: { none, notes: oneNote, entries: unusedStore, words: unusedStore, weather: unusedStore },
    environment: { GREETING: 'hello from env' },
  });
  const run = (query: string, variables?: Record<string, unknown>, auth = API_KEY_CALLER) =>
    engine.execute({ query, variables, headers: { 'x-api-key': 'k' } }, auth);

  it('runs a unit resolver with ctx.info and ctx.env as AppSync builds them', async () => {
    const response = await run('query { echo(message: "hi") { message fieldName selection selectionGraphQL env } }');
    expect(response).toEqual({
      data: {
        echo: {
          message: 'hi',
          fieldName: 'echo',
          selection: ['message', 'fieldName', 'selection', 'selectionGraphQL', 'env'],
          selectionGraphQL: '{\n  message\n  fieldName\n  selection\n  selectionGraphQL\n  env\n}',
          env: 'hello from env',
        },
      },
    });
  });

  it('names aliased fields by alias in selectionSetList and includes fragment fields', async () => {
    const response = await run('query { echo(message: "a") { said: message ...F } } fragment F on Echo { selection }');
    expect(response.data?.echo).toEqual({ said: 'a', selection: ['said', 'selection'] });
  });

  it('runs a pipeline: before, each function with ctx.prev.result, after, one stash throughout', async () => {
    const response = await run('{ pipelineTrail { message stashTrail } }');
    expect(response.data?.pipelineTrail).toEqual({
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

  it('skips a function on runtime.earlyReturn in its request handler and goes on with the next', async () => {
    const response = await run('{ pipelineTrail(skip: "first") { message stashTrail } }');
    expect(response.data?.pipelineTrail).toEqual({
      message: 'second data',
      stashTrail: ['before', 'first.request(from before)', 'second.request(first returned early)', 'second.response(second data)', 'after(second data)'],
    });
  });

  it("jumps to the after handler on earlyReturn with skipTo 'END'", async () => {
    const response = await run('{ pipelineTrail(skip: "end") { message stashTrail } }');
    expect(response.data?.pipelineTrail).toEqual({
      message: 'first ended the pipeline',
      stashTrail: ['before', 'first.request(from before)', 'after(first ended the pipeline)'],
    });
  });

  it('skips every function on earlyReturn in the before handler', async () => {
    const response = await run('{ pipelineTrail(skip: "all") { message stashTrail } }');
    expect(response.data?.pipelineTrail).toEqual({ message: 'skipped from before', stashTrail: ['before', 'after(skipped from before)'] });
  });

  it('ends the field with util.error: null data and an AppSync-shaped error', async () => {
    const response = await run('query Failing { failing(mode: "error") { message } }');
    expect(response).toEqual({
      data: { failing: null },
      errors: [
        {
          path: ['failing'],
          data: null,
          errorType: 'PurposeError',
          errorInfo: { hint: 'none' },
          locations: [{ line: 1, column: 17, sourceName: null }],
          message: 'failing on purpose',
        },
      ],
    });
  });

  it('keeps the value and adds the error on util.appendError', async () => {
    const response = await run('{ failing(mode: "append") { message } }');
    expect(response.data).toEqual({ failing: { message: 'append (response ran)' } });
    expect(response.errors).toEqual([
      // `data` is cut down to the field's selection: the handler's `env` was not selected.
      expect.objectContaining({ path: ['failing'], data: { message: 'noted' }, errorType: 'SideNote', message: 'a note on the side' }),
    ]);
  });

  it('answers util.unauthorized with the Not Authorized error for the field', async () => {
    const response = await run('{ failing(mode: "unauthorized") { message } }');
    expect(response.errors).toEqual([
      expect.objectContaining({ errorType: 'Unauthorized', message: 'Not Authorized to access failing on type Query' }),
    ]);
  });

  it('reports a failure of resolver code with its line, and the rest of the response still resolves', async () => {
    const response = await run('{ failing(mode: "crash") { message } echo(message: "still here") { message } }');
    expect(response.data).toEqual({ failing: null, echo: { message: 'still here' } });
    expect(response.errors?.[0]).toMatchObject({ path: ['failing'], errorType: 'Code', message: expect.stringMatching(/^Query\.failing\.js:\d+:\d+: TypeError: /) });
  });

  it('refuses a field the caller may not access with null and AppSync\'s message', async () => {
    const onlyEcho: RequestAuthorization = { ...API_KEY_CALLER, isFieldAllowed: (type, field) => type !== 'Query' || field === 'echo' };
    const response = await run('{ echo(message: "x") { message } adminsOnly }', undefined, onlyEcho);
    expect(response.data).toEqual({ echo: { message: 'x' }, adminsOnly: null });
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['adminsOnly'], errorType: 'Unauthorized', message: 'Not Authorized to access adminsOnly on type Query' }),
    ]);
  });

  it('fails a field deeper than the query depth limit (4 here) and nulls up to the nearest nullable field', async () => {
    const atLimit = await run('{ note(id: "1") { related { related { id } } } }');
    expect(atLimit).toEqual({ data: { note: { related: [{ related: [{ id: '1' }] }] } } });
    const tooDeep = await run('fragment Deeper on Note { related { id } } { note(id: "1") { related { related { ...Deeper } } } }');
    expect(tooDeep).toEqual({
      data: { note: { related: [{ related: [{ related: [null] }] }] } },
      errors: [
        expect.objectContaining({
          path: ['note', 'related', 0, 'related', 0, 'related', 0, 'id'],
          errorType: 'QueryDepthLimitExceeded',
          message: 'The query depth limit of 4 was exceeded.',
        }),
      ],
    });
  });

  it('sets the response headers handlers add, a later value of a name replacing an earlier one', async () => {
    const outcome = await engine.run({ query: '{ a: echo(message: "first") { message } b: echo(message: "second") { message } }', headers: {} }, API_KEY_CALLER);
    expect(outcome.headers).toEqual({ 'echoed-message': 'second' });
  });

  it('answers invalid documents with validation errors and no data', async () => {
    const response = await run('{ echo(message: "x") { nope } }');
    expect(response).toEqual({
      data: null,
      errors: [expect.objectContaining({ errorType: 'ValidationError', path: null, message: expect.stringContaining('nope') })],
    });
  });
});
