import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppSyncRuntime } from '../../../local/runtime/evaluator';
import { ResolverCodeError } from '../../../local/runtime/errors';

const RESOLVER = `
import { util, runtime, extensions } from '@aws-appsync/utils';
export function request(ctx) {
  console.log('request for', ctx.args.id);
  if (ctx.args.mode === 'error') util.error('bad input', 'ValidationError', { id: ctx.args.id }, { field: 'id' });
  if (ctx.args.mode === 'early') runtime.earlyReturn({ cached: ctx.args.id }, { skipTo: 'NEXT' });
  if (ctx.args.mode === 'crash') return ctx.args.missing.deeper;
  if (ctx.args.mode === 'filter') extensions.setSubscriptionFilter({ filterGroup: [] });
  util.appendError('note for ' + ctx.args.id, 'Note');
  ctx.stash.seen = ctx.args.id;
  return { id: ctx.args.id, at: Date.now(), iso: new Date().toISOString(), auth: util.authType() };
}
export function response(ctx) {
  return ctx.result;
}
`;

function context(args: Record<string, unknown>) {
  return { arguments: args, args, stash: {} as Record<string, unknown> };
}

describe('AppSyncRuntime', () => {
  const runtime = new AppSyncRuntime({ now: () => Date.parse('2024-01-02T03:04:05.678Z') });
  const resolver = runtime.load(RESOLVER, 'Query.item.js');

  it('runs a handler with the injected clock, records logs and appended errors', () => {
    const ctx = context({ id: 'a' });
    const outcome = resolver.run('request', ctx, { authType: 'API Key Authorization' });
    expect(outcome).toMatchObject({
      status: 'returned',
      value: { id: 'a', at: 1704164645678, iso: '2024-01-02T03:04:05.678Z', auth: 'API Key Authorization' },
    });
    expect(outcome.call.logs).toEqual(['INFO - Query.item.js:4:11: "request for" "a"']);
    expect(outcome.call.appendedErrors).toEqual([{ message: 'note for a', errorType: 'Note' }]);
    expect(ctx.stash).toEqual({ seen: 'a' });
  });

  it('stops at util.error with its type, data and errorInfo', () => {
    const outcome = resolver.run('request', context({ id: 'b', mode: 'error' }));
    expect(outcome).toMatchObject({
      status: 'error',
      error: { message: 'bad input', errorType: 'ValidationError', data: { id: 'b' }, errorInfo: { field: 'id' } },
    });
  });

  it('stops at runtime.earlyReturn with its value and skipTo', () => {
    const outcome = resolver.run('request', context({ id: 'c', mode: 'early' }));
    expect(outcome).toMatchObject({ status: 'earlyReturn', value: { cached: 'c' }, skipTo: 'NEXT' });
  });

  it('reports a failure of the code itself with its line in the original source', () => {
    const outcome = resolver.run('request', context({ id: 'd', mode: 'crash' }));
    expect(outcome.status).toBe('runtimeError');
    if (outcome.status !== 'runtimeError') return;
    expect(outcome.error.errorType).toBe('TypeError');
    expect(outcome.location).toMatchObject({ line: 7 });
  });

  it('records subscription filters set by extensions', () => {
    const outcome = resolver.run('request', context({ id: 'e', mode: 'filter' }));
    expect(outcome.call.subscriptionFilter).toEqual({ filterGroup: [] });
  });

  it('reports a handler the module does not export', () => {
    const only = runtime.load(`export function request() { return 1; }`, 'only-request.js');
    expect(only.has('response')).toBe(false);
    expect(only.run('response', context({}))).toMatchObject({ status: 'runtimeError' });
  });

  it('compiles once and runs many times without state from one call reaching the next', () => {
    for (let i = 0; i < 50; i += 1) {
      const outcome = resolver.run('request', context({ id: `n${i}` }));
      expect(outcome.call.appendedErrors).toEqual([{ message: `note for n${i}`, errorType: 'Note' }]);
      expect(outcome.call.logs).toHaveLength(1);
    }
  });

  it('keeps per-call state apart across concurrent requests', async () => {
    // Interleave many two-step requests (request, wait a turn, response) the way a server handles them.
    const requests = Array.from({ length: 200 }, async (_, i) => {
      const ctx = context({ id: `r${i}`, mode: i % 3 === 0 ? 'error' : undefined });
      const first = resolver.run('request', ctx, { authType: i % 2 ? 'User Pool Authorization' : 'API Key Authorization' });
      await nextTurn();
      const second = resolver.run('response', { ...ctx, result: first.status === 'returned' ? first.value : null });
      return { i, first, second, ctx };
    });
    for (const { i, first, second, ctx } of await Promise.all(requests)) {
      expect(first.call.logs).toEqual([`INFO - Query.item.js:4:11: "request for" "r${i}"`]);
      if (i % 3 === 0) {
        expect(first).toMatchObject({ status: 'error', error: { data: { id: `r${i}` } } });
        expect(first.call.appendedErrors).toEqual([]);
      } else {
        expect(first.call.appendedErrors).toEqual([{ message: `note for r${i}`, errorType: 'Note' }]);
        expect(ctx.stash).toEqual({ seen: `r${i}` });
        expect(second).toMatchObject({
          status: 'returned',
          value: { id: `r${i}`, auth: i % 2 ? 'User Pool Authorization' : 'API Key Authorization' },
        });
      }
      expect(second.call.logs).toEqual([]);
      expect(second.call.appendedErrors).toEqual([]);
    }
  });

  it('does not let one resolver change the built-ins another resolver sees', () => {
    const polluter = runtime.load(`export function request() { Math.max = () => 0; return 1; }`, 'polluter.js');
    expect(polluter.run('request', context({}))).toMatchObject({ status: 'runtimeError', error: { errorType: 'TypeError' } });
    const reader = runtime.load(`export function request() { return Math.max(1, 2); }`, 'reader.js');
    expect(reader.run('request', context({}))).toMatchObject({ status: 'returned', value: 2 });
  });

  it('offers util, runtime and extensions as globals too, as the runtime features page lists them', () => {
    const unimported = runtime.load(`export function request(ctx) { if (ctx.args.stop) runtime.earlyReturn('early'); return util.base64Encode('hi'); }`, 'globals.js');
    expect(unimported.run('request', context({}))).toMatchObject({ status: 'returned', value: 'aGk=' });
    expect(unimported.run('request', context({ stop: true }))).toMatchObject({ status: 'earlyReturn', value: 'early' });
  });

  it('hands adopted data to handlers as sandbox objects, with only the built-ins AppSync provides', () => {
    const last = runtime.load(`export function request(ctx) { return ctx.args.list.at(-1); }`, 'last.js');
    const hostArgs = { list: [1, 2, 3] };
    expect(typeof hostArgs.list.at).toBe('function');
    const adopted = runtime.adopt({ arguments: hostArgs });
    expect(last.run('request', { arguments: adopted.arguments, args: adopted.arguments })).toMatchObject({
      status: 'runtimeError',
      error: { errorType: 'TypeError' },
    });
    const supported = runtime.load(`export function request(ctx) { return ctx.args.list.slice(-1)[0]; }`, 'slice.js');
    expect(supported.run('request', { arguments: adopted.arguments, args: adopted.arguments })).toMatchObject({ status: 'returned', value: 3 });
  });

  it('gives resolver code no way to build code from strings', () => {
    const sneaky = runtime.load(`export function request() { return Function('return 1')(); }`, 'sneaky.js');
    expect(sneaky.run('request', context({}))).toMatchObject({ status: 'runtimeError' });
  });

  it('refuses imports AppSync does not provide, naming the line', () => {
    expect(() => runtime.load(`\nimport fs from 'node:fs';\nexport function request() { return fs; }`, 'bad.js')).toThrow(
      ResolverCodeError,
    );
    expect(() => runtime.load(`\nimport fs from 'node:fs';\nexport function request() { return fs; }`, 'bad.js')).toThrow(
      /bad\.js:2:1 import of 'node:fs'/,
    );
  });
});
