import vm from 'node:vm';
import { buildContext, type ContextInput } from '../../../local/runtime/context';
import { createEnvironment } from '../../../local/runtime/environment';
import { evaluateCode } from '../../../local/runtime/evaluate-code';
import { AppSyncRuntime } from '../../../local/runtime/evaluator';
import { createSandbox } from '../../../local/runtime/sandbox';
import {
  SUPPORTED_GLOBALS,
  SUPPORTED_METHODS,
  UNSUPPORTED_METHODS,
} from '../../../local/runtime/restrictions/supported-builtins';

// Supported built-ins: https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html

const NOW = Date.parse('2024-05-01T12:34:56.789Z');

function sandbox(randomBytes = (size: number) => new Uint8Array(size).fill(7)) {
  const { context } = createSandbox(createEnvironment({ now: () => NOW, randomBytes }), () => undefined);
  return (expression: string): unknown => vm.runInContext(`'use strict'; ${expression}`, context);
}

function run(body: string, args: Record<string, unknown> = {}) {
  return evaluateCode(
    { code: `export function request(ctx) {\n${body}\n}\n`, context: { arguments: args } },
    { now: () => NOW },
  );
}

describe('createSandbox', () => {
  const inSandbox = sandbox();

  it('keeps exactly the documented globals', () => {
    // A script's top-level `this` is the global object, whose `globalThis` binding is gone.
    const globals = inSandbox('Object.getOwnPropertyNames(this)') as string[];
    expect([...globals].sort()).toEqual([...SUPPORTED_GLOBALS].sort());
  });

  it.each([
    'Map', 'Set', 'WeakMap', 'Promise', 'RegExp', 'Symbol', 'Proxy', 'Reflect', 'Function', 'eval', 'Boolean', 'Error',
    'parseInt', 'parseFloat', 'isNaN', 'encodeURIComponent', 'Intl', 'BigInt', 'ArrayBuffer', 'Uint8Array', 'globalThis',
  ])('has no global %s', (name) => {
    expect(inSandbox(`typeof ${name}`)).toBe('undefined');
  });

  it('keeps every documented method', () => {
    for (const [owner, methods] of Object.entries(SUPPORTED_METHODS)) {
      for (const method of methods) expect([owner, method, inSandbox(`typeof ${owner}.${method}`)]).toEqual([owner, method, 'function']);
    }
  });

  it.each([
    'String.prototype.padStart', 'String.prototype.at', 'String.prototype.match', 'String.prototype.includes',
    'String.prototype.charCodeAt', 'String.fromCharCode', 'Array.isArray', 'Array.from', 'Array.of', 'Array.prototype.at',
    'Array.prototype.keys', 'Array.prototype.values', 'Array.prototype.toLocaleString', 'Math.abs', 'Math.pow',
    'Number.parseInt', 'Number.isInteger', 'Number.prototype.toFixed', 'JSON.rawJSON',
  ])('has no %s', (method) => {
    expect(inSandbox(`typeof ${method}`)).toBe('undefined');
  });

  it('removes the methods AWS lists as not implemented from objects the page has no list for', () => {
    // The `Function` global is gone; its prototype is still every function's prototype.
    const reach = (owner: string) => (owner === 'Function.prototype' ? 'Object.getPrototypeOf(() => 1)' : owner);
    for (const [owner, methods] of Object.entries(UNSUPPORTED_METHODS)) {
      for (const method of methods) {
        expect([owner, method, inSandbox(`typeof ${reach(owner)}.${method}`)]).toEqual([owner, method, 'undefined']);
      }
    }
    expect(inSandbox(`typeof Date.prototype.getTime`)).toBe('function');
    expect(inSandbox(`typeof ${reach('Function.prototype')}.call`)).toBe('function');
  });

  it('keeps the conversions the language performs itself', () => {
    expect(inSandbox('`${[1, [2, 3]]}|${{ a: 1 }}|${5}`')).toBe('1,2,3|[object Object]|5');
    expect(inSandbox(`[...'ab'].concat(Array.prototype.concat.call([], [1]))`)).toEqual(['a', 'b', 1]);
    expect(inSandbox(`JSON.stringify({ at: new Date(0) })`)).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
    expect(inSandbox(`(12).toString() + String(true) + new Date(0).valueOf()`)).toBe('12true0');
  });

  it('drives Date and Math.random by the injected environment', () => {
    expect(inSandbox(`new Date().toISOString()`)).toBe('2024-05-01T12:34:56.789Z');
    expect(inSandbox(`Date.now()`)).toBe(NOW);
    expect(sandbox((size) => new Uint8Array(size))('Math.random()')).toBe(0);
    expect(sandbox((size) => new Uint8Array(size).fill(0xff))('Math.random()')).toBe(1 - 2 ** -53);
    expect(sandbox((size) => Uint8Array.from({ length: size }, (_, i) => (i === 0 ? 0x80 : 0)))('Math.random()')).toBe(0.5);
  });

  it('answers a blank string when JSON.parse is given invalid JSON', () => {
    expect(inSandbox(`JSON.parse('{"a":[1]}')`)).toEqual({ a: [1] });
    expect(inSandbox(`JSON.parse('{oops')`)).toBe('');
  });

  it('freezes the built-ins so one resolver cannot change what another sees', () => {
    // Errors thrown in the sandbox are the sandbox realm's TypeError, not the host's.
    expect(() => inSandbox(`String.prototype.trim = () => 'x'`)).toThrow(/read only property 'trim'/);
    expect(() => inSandbox(`Math.max = () => 0`)).toThrow(/read only property 'max'/);
    expect(() => inSandbox(`(() => 1).constructor.prototype.extra = 1`)).toThrow(/not extensible/);
    expect(inSandbox(`String.prototype.trim.call(' a ')`)).toBe('a');
  });

  it('leaves the host realm untouched', () => {
    expect(typeof 'x'.padStart).toBe('function');
    expect(typeof Array.isArray).toBe('function');
    expect(typeof Function.prototype.bind).toBe('function');
    expect(JSON.parse.length).toBe(2);
  });
});

describe('resolver code in the sandbox', () => {
  it('fails like AppSync when it calls a method the runtime lacks on a value of unknown type', () => {
    const response = run(`  const name = ctx.args.name;\n  return name.padStart(5);`, { name: 'ab' });
    expect(response.error?.message).toBe('name.padStart is not a function');
    expect(response.error?.codeErrors?.[0]).toMatchObject({ errorType: 'TypeError', location: { line: 3 } });
    expect(run(`  return Math.abs(ctx.args.n);`, { n: -1 }).error?.message).toBe('Math.abs is not a function');
    expect(run(`  return Array.isArray(ctx.args.list);`, { list: [] }).error?.message).toBe('Array.isArray is not a function');
  });

  it('fails with a ReferenceError on a global AppSync does not provide', () => {
    const response = run(`  return new Map();`);
    expect(response.error?.message).toBe('Map is not defined');
  });

  it('still runs the module wrapper for every import form', () => {
    const runtime = new AppSyncRuntime({ now: () => NOW });
    const resolver = runtime.load(
      [
        `import utils, { util } from '@aws-appsync/utils';`,
        `import * as ddb from '@aws-appsync/utils/dynamodb';`,
        `export function request(ctx) {`,
        `  return { same: utils.util === util, get: ddb.get({ key: { id: 'a' } }).operation };`,
        `}`,
      ].join('\n'),
      'forms.js',
    );
    expect(resolver.run('request', { arguments: {}, stash: {} })).toMatchObject({
      status: 'returned',
      value: { same: true, get: 'GetItem' },
    });
  });
});

describe('createSandbox adopt', () => {
  const { context, adopt } = createSandbox(createEnvironment({ now: () => NOW }), () => undefined);
  const sandboxObject = vm.runInContext('Object', context) as ObjectConstructor;
  const sandboxArray = vm.runInContext('Array', context) as ArrayConstructor;

  it('copies as a JSON round trip does', () => {
    const when = new Date(NOW);
    const value = {
      text: 'a', count: -0, ratio: NaN, far: -Infinity, yes: false, none: null, skipped: undefined, fn: () => 1,
      list: [1, undefined, () => 2, { deep: [Infinity] }], when, custom: { toJSON: (key: string) => `key:${key}` },
      nested: { set: new Set([1]), items: [[]] },
    };
    expect(adopt(value)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(Object.is((adopt(value) as { count: number }).count, 0)).toBe(true);
    expect(Object.keys(adopt(value) as object)).toEqual(Object.keys(JSON.parse(JSON.stringify(value)) as object));
  });

  it('makes objects and arrays of the sandbox realm', () => {
    const copy = adopt({ list: [{ a: 1 }] });
    expect(Object.getPrototypeOf(copy)).toBe(sandboxObject.prototype);
    expect(Object.getPrototypeOf(copy.list)).toBe(sandboxArray.prototype);
    expect(Object.getPrototypeOf(copy.list[0])).toBe(sandboxObject.prototype);
  });

  it('keeps an own "__proto__" key a plain key, as JSON.parse does', () => {
    const copy = adopt(JSON.parse('{"__proto__": {"polluted": true}}') as object) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(sandboxObject.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses a BigInt, as JSON.stringify does', () => {
    expect(() => adopt({ big: BigInt(1) })).toThrow('BigInt');
  });
});

describe('createSandbox adoptContext', () => {
  const { context, adopt, adoptContext } = createSandbox(createEnvironment({ now: () => NOW }), () => undefined);
  const sandboxObject = vm.runInContext('Object', context) as ObjectConstructor;
  const sandboxArray = vm.runInContext('Array', context) as ArrayConstructor;
  const input: ContextInput = {
    arguments: { id: 'p1', tags: ['a'], when: new Date(NOW) as unknown as string },
    identity: { sub: 'u1', groups: ['admins'] },
    source: null,
    request: { headers: { 'x-api-key': 'k', host: 'localhost' }, domainName: null },
    env: { STAGE: 'dev' },
    info: { fieldName: 'post', parentTypeName: 'Query', variables: { id: 'p1' }, selectionSetList: ['id'], selectionSetGraphQL: '{\n  id\n}' },
  };

  it('makes what buildContext(adopt(input)) makes, keys in the same order', () => {
    const made = adoptContext(input);
    const expected = buildContext(adopt(input));
    expect(made).toEqual(expected);
    expect(Object.keys(made)).toEqual(Object.keys(expected));
    expect(Object.keys(made.info)).toEqual(Object.keys(expected.info));
    expect(made.args).toBe(made.arguments);
    expect(made.arguments.when).toBe(new Date(NOW).toJSON());
  });

  it('makes the whole context of sandbox objects, copies rather than the engine’s', () => {
    const made = adoptContext(input);
    for (const part of [made, made.arguments, made.stash, made.prev, made.request, made.request.headers, made.env, made.info, made.info.variables]) {
      expect(Object.getPrototypeOf(part)).toBe(sandboxObject.prototype);
    }
    expect(Object.getPrototypeOf(made.info.selectionSetList)).toBe(sandboxArray.prototype);
    expect(made.request.headers).not.toBe(input.request.headers);
    expect(made.info.selectionSetList).not.toBe(input.info.selectionSetList);
  });

  it('keeps a "__proto__" header a plain key', () => {
    const headers = JSON.parse('{"__proto__": "x", "host": "h"}') as Record<string, string>;
    const made = adoptContext({ ...input, request: { headers, domainName: 'api.example.com' } });
    expect(Object.keys(made.request.headers)).toEqual(['__proto__', 'host']);
    expect(Object.getPrototypeOf(made.request.headers)).toBe(sandboxObject.prototype);
    expect(made.request.domainName).toBe('api.example.com');
  });
});

