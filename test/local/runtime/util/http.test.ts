import { buildContext } from '../../../../local/runtime/context';
import { AppSyncRuntime } from '../../../../local/runtime/evaluator';
import { createHttpUtils } from '../../../../local/runtime/util/http';
import { inHandlerCall, testDeps } from './deps';

// https://docs.aws.amazon.com/appsync/latest/devguide/http-helpers-in-utils-http-js.html
const deps = testDeps();
const http = createHttpUtils(deps);

describe('util.http.copyHeaders', () => {
  test('leaves out the ten documented restricted headers, whatever their case', () => {
    const restricted = {
      'transfer-encoding': 'chunked',
      Connection: 'keep-alive',
      host: 'api.example.com',
      expect: '100-continue',
      'keep-alive': 'timeout=5',
      upgrade: 'websocket',
      'proxy-authenticate': 'Basic',
      'proxy-authorization': 'Basic abc',
      te: 'trailers',
      'Content-Length': '42',
    };
    const kept = {
      authorization: 'Bearer t',
      'x-request-id': 'r-1',
      'user-agent': 'curl/8',
      'content-type': 'application/json',
    };
    expect(http.copyHeaders({ ...restricted, ...kept })).toEqual(kept);
  });

  test('returns a copy', () => {
    const headers = { 'x-a': '1' };
    const copy = http.copyHeaders(headers);
    expect(copy).toEqual(headers);
    expect(copy).not.toBe(headers);
  });

  test('refuses a non-object', () => {
    expect(() => http.copyHeaders('x' as never)).toThrow(/util\.http\.copyHeaders: expected an object, got string/);
  });
});

describe('util.http.addResponseHeader(s)', () => {
  test('records headers on the handler call, values as text', () => {
    const call = inHandlerCall(deps, () => {
      http.addResponseHeader('itemsCount', 7);
      http.addResponseHeaders({
        headerInt: 12,
        headerString: 'stringValue',
        headerObject: { field1: 7, field2: 'string' },
      });
    });
    expect(call.responseHeaders).toEqual({
      itemsCount: '7',
      headerInt: '12',
      headerString: 'stringValue',
      headerObject: '{"field1":7,"field2":"string"}',
    });
    expect(call.appendedErrors).toEqual([]);
  });

  test('the most recent definition of a name wins', () => {
    const call = inHandlerCall(deps, () => {
      http.addResponseHeader('X-Count', 1);
      http.addResponseHeader('x-count', 2);
    });
    expect(call.responseHeaders).toEqual({ 'x-count': '2' });
  });

  test.each([
    ['Content-Type', 'text/plain'],
    ['vary', 'Origin'],
    ['Access-Control-Allow-Origin', '*'],
    ['host', 'x'],
    ['x-amz-date', 'now'],
    ['X-Amzn-Trace-Id', 'abc'],
    ['', 'empty name'],
    ['x-null', null],
  ])('%j = %j is ignored and reported as a ResponseHeaderError', (name, value) => {
    const call = inHandlerCall(deps, () => http.addResponseHeader(name, value));
    expect(call.responseHeaders).toEqual({});
    expect(call.appendedErrors).toEqual([{ message: expect.any(String), errorType: 'ResponseHeaderError' }]);
  });

  test('custom headers may not exceed 4 KB in total', () => {
    const call = inHandlerCall(deps, () => {
      http.addResponseHeader('a', 'x'.repeat(3000));
      http.addResponseHeader('b', 'y'.repeat(1000));
      http.addResponseHeader('c', 'z'.repeat(100));
    });
    expect(Object.keys(call.responseHeaders)).toEqual(['a', 'b']);
    expect(call.appendedErrors).toEqual([
      { message: expect.stringMatching(/4096 bytes/), errorType: 'ResponseHeaderError' },
    ]);
  });

  test('outside a handler call there is nowhere to record a header', () => {
    expect(() => http.addResponseHeader('a', 1)).toThrow(/only be called while a handler runs/);
  });
});

test('the documented request handler sets its headers through the sandbox', () => {
  const runtime = new AppSyncRuntime();
  const resolver = runtime.load(`import { util } from '@aws-appsync/utils';
export function request(ctx) {
  util.http.addResponseHeader('itemsCount', 7)
  util.http.addResponseHeader('render', ctx.args.render)
  return {}
}
export function response(ctx) { return ctx.result; }`);
  const outcome = resolver.run('request', buildContext({ arguments: { render: 'fast' } }));
  expect(outcome.status).toBe('returned');
  expect(outcome.call.responseHeaders).toEqual({ itemsCount: '7', render: 'fast' });
});
