import type { DataSource, DataSourceResult } from '../../../local/datasources/data-source';
import { InvalidRequestError } from '../../../local/datasources/errors';
import { createNoneDataSource } from '../../../local/datasources/none';
import { FieldError } from '../../../local/execution/errors';
import { runResolver, type FieldRun, type PipelineFunction } from '../../../local/execution/resolver-runner';
import { AppSyncRuntime } from '../../../local/runtime/evaluator';

const runtime = new AppSyncRuntime();

/** A unit resolver or function that sends `ctx.args.payload` (or what `request` returns) and answers what the source did. */
const PASS_THROUGH = runtime.load(
  `export function request(ctx) { return { payload: ctx.args.payload }; }
   export function response(ctx) { return ctx.error ? 'error: ' + ctx.error.type : ctx.result; }`,
  'pass-through.js',
);

/** A pipeline function that appends its result to a trail kept in `ctx.prev.result`. */
const APPEND = runtime.load(
  `export function request(ctx) { return { payload: ctx.prev.result }; }
   export function response(ctx) { return ctx.result; }`,
  'append.js',
);

const PIPELINE = runtime.load(
  `export function request(ctx) { return ['before']; }
   export function response(ctx) { return ctx.prev.result; }`,
  'pipeline.js',
);

function fieldRun(args: Record<string, unknown> = {}): FieldRun {
  return {
    context: {
      arguments: args,
      identity: null,
      source: null,
      request: { headers: {}, domainName: null },
      env: {},
      info: { fieldName: 'field', parentTypeName: 'Query', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
    },
    options: { authType: 'API Key Authorization' },
    appendError: () => undefined,
    addResponseHeaders: () => undefined,
    errorData: (data) => data,
  };
}

/** A source answering after a turn of the event loop, appending `name` to the trail it is sent. */
function asyncAppender(name: string): DataSource {
  return {
    invoke: async (request) => {
      await new Promise((resolve) => setImmediate(resolve));
      return { result: [...((request as { payload: string[] }).payload ?? []), name] };
    },
  };
}

/** A source answering at once, appending `name` to the trail it is sent. */
function syncAppender(name: string): DataSource {
  return { invoke: (request): DataSourceResult => ({ result: [...((request as { payload: string[] }).payload ?? []), name] }) };
}

const step = (name: string, dataSource: DataSource): PipelineFunction => ({ name, module: APPEND, dataSource });

describe('runResolver', () => {
  it('answers synchronously when the data source does (NONE), so graphql-js keeps its synchronous path', () => {
    const answer = runResolver({ kind: 'UNIT', module: PASS_THROUGH, dataSource: createNoneDataSource() }, fieldRun({ payload: 'now' }));
    expect(answer).toBe('now');
  });

  it('answers with a promise when the data source does', async () => {
    const source: DataSource = { invoke: async () => ({ result: 'later' }) };
    const answer = runResolver({ kind: 'UNIT', module: PASS_THROUGH, dataSource: source }, fieldRun());
    expect(answer).toBeInstanceOf(Promise);
    await expect(answer).resolves.toBe('later');
  });

  it('hands a data source error to the response handler, synchronously or not', async () => {
    const failure: DataSourceResult = { error: { message: 'no', type: 'Test:Failure' } };
    const now: DataSource = { invoke: () => failure };
    const later: DataSource = { invoke: async () => failure };
    expect(runResolver({ kind: 'UNIT', module: PASS_THROUGH, dataSource: now }, fieldRun())).toBe('error: Test:Failure');
    await expect(runResolver({ kind: 'UNIT', module: PASS_THROUGH, dataSource: later }, fieldRun())).resolves.toBe('error: Test:Failure');
  });

  it("ends the field with the source's errorType when it refuses the request, thrown or rejected", async () => {
    const refusal = new InvalidRequestError('The request is not valid.');
    const throwing: DataSource = {
      invoke: () => {
        throw refusal;
      },
    };
    const rejecting: DataSource = { invoke: async () => Promise.reject(refusal) };
    const expected = { message: 'The request is not valid.', errorType: refusal.errorType };
    expect(() => runResolver({ kind: 'UNIT', module: PASS_THROUGH, dataSource: throwing }, fieldRun())).toThrow(FieldError);
    expect(() => runResolver({ kind: 'UNIT', module: PASS_THROUGH, dataSource: throwing }, fieldRun())).toThrow(
      expect.objectContaining(expected),
    );
    await expect(runResolver({ kind: 'UNIT', module: PASS_THROUGH, dataSource: rejecting }, fieldRun())).rejects.toMatchObject(expected);
  });

  it('runs pipeline functions in order whichever of them answer synchronously', async () => {
    const functions = [step('a', syncAppender('a')), step('b', asyncAppender('b')), step('c', syncAppender('c')), step('d', asyncAppender('d'))];
    await expect(runResolver({ kind: 'PIPELINE', module: PIPELINE, functions }, fieldRun())).resolves.toEqual(['before', 'a', 'b', 'c', 'd']);
  });

  it('runs a pipeline of synchronous sources synchronously', () => {
    const functions = [step('a', syncAppender('a')), step('b', createNoneDataSource())];
    expect(runResolver({ kind: 'PIPELINE', module: PIPELINE, functions }, fieldRun())).toEqual(['before', 'a']);
  });

  it('stops the functions at an earlyReturn with skipTo END, after an asynchronous one too', async () => {
    const stop = runtime.load(
      `import { runtime } from '@aws-appsync/utils';
       export function request(ctx) { runtime.earlyReturn([...ctx.prev.result, 'stop'], { skipTo: 'END' }); }
       export function response(ctx) { return ctx.result; }`,
      'stop.js',
    );
    const functions = [step('a', asyncAppender('a')), { name: 'stop', module: stop, dataSource: createNoneDataSource() }, step('c', syncAppender('c'))];
    await expect(runResolver({ kind: 'PIPELINE', module: PIPELINE, functions }, fieldRun())).resolves.toEqual(['before', 'a', 'stop']);
  });
});
