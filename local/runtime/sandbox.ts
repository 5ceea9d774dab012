import vm from 'node:vm';
import type { ContextInput, ResolverContext } from './context';
import type { RuntimeEnvironment } from './environment';
import {
  CONVERSION_METHODS,
  SUPPORTED_GLOBALS,
  SUPPORTED_METHODS,
  UNSUPPORTED_METHODS,
} from './restrictions/supported-builtins';

/** Writes one console line for the handler call in progress. */
export type ConsoleSink = (level: ConsoleLevel, args: unknown[]) => void;
export type ConsoleLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface Sandbox {
  readonly context: vm.Context;
  /**
   * A copy of `value` made of the sandbox realm's objects, as `JSON.parse(JSON.stringify(value))` run in the
   * sandbox would make it (undefined and functions left out, or null in arrays; NaN and ±Infinity null;
   * `toJSON` honoured), without the text in between.
   */
  readonly adopt: <T>(value: T) => T;
  /**
   * The resolver context a handler receives, made in the sandbox realm from what the engine knows of a
   * field: what `buildContext(adopt(input))` makes, with `args` the same object as `arguments`, an empty
   * stash and `prev.result` null. Faster than that pair: the context's own frame is the engine's, so only
   * the data in it goes through the generic copy, and this runs for every resolver call.
   */
  readonly adoptContext: (input: ContextInput) => ResolverContext;
}

/**
 * The realm resolver code runs in: its own built-ins (so a resolver cannot change the engine's or another
 * resolver's `Array.prototype`), no `eval`/`new Function`, a `Date` and `Math.random` driven by the injected
 * environment, and a `console` that records into the handler call instead of the process's stdout.
 *
 * Only the built-ins AppSync documents are left (see `restrictions/supported-builtins.ts`): a method AppSync
 * lacks is absent here too, so calling it fails with `… is not a function` as it would once deployed, even
 * where the receiver's type is unknown when the code is loaded. The runtime library (`util`, …) lives in the
 * host realm and keeps every built-in.
 *
 * One sandbox serves every resolver of a runtime: a fresh context per call would cost about a millisecond,
 * and freezing the built-ins makes sharing safe.
 */
export function createSandbox(
  env: RuntimeEnvironment,
  sink: ConsoleSink,
  runtimeGlobals: Readonly<Record<string, unknown>> = {},
): Sandbox {
  const context = vm.createContext(Object.create(null), {
    name: 'APPSYNC_JS',
    codeGeneration: { strings: false, wasm: false },
  });
  const install = vm.runInContext(SANDBOX_SETUP, context) as (hooks: SandboxHooks) => Pick<Sandbox, 'adopt' | 'adoptContext'>;
  const { adopt, adoptContext } = install({
    now: () => env.now(),
    random: () => randomFraction(env.randomBytes(RANDOM_BYTES)),
    log: sink,
    runtimeGlobals,
    builtins: {
      globals: SUPPORTED_GLOBALS,
      conversions: CONVERSION_METHODS,
      supported: SUPPORTED_METHODS,
      unsupported: UNSUPPORTED_METHODS,
    },
  });
  return { context, adopt, adoptContext };
}

interface SandboxHooks {
  now(): number;
  random(): number;
  log: ConsoleSink;
  /** `util`, `runtime` and `extensions`: the page lists them as globals, so code may use them unimported. */
  runtimeGlobals: Readonly<Record<string, unknown>>;
  builtins: {
    globals: readonly string[];
    conversions: readonly string[];
    supported: Readonly<Record<string, readonly string[]>>;
    unsupported: Readonly<Record<string, readonly string[]>>;
  };
}

/** 53 random bits make a double in [0, 1) with every representable step, as `Math.random` gives. */
const RANDOM_BYTES = 7;

function randomFraction(bytes: Uint8Array): number {
  // 6 bytes (48 bits) are exact in a double; the 7th adds its top 5 bits.
  const high = bytes.subarray(0, 6).reduce((value, byte) => value * 256 + byte, 0);
  return (high * 32 + (bytes[6] >> 3)) / 2 ** 53;
}

/**
 * Runs inside the context so the objects it makes belong to the sandbox realm. In order: install the
 * engine-driven built-ins, strip unsupported methods, freeze every built-in (so one resolver cannot change
 * another's), then remove the globals AppSync does not provide. Freezing comes before the removal so
 * intrinsics still reachable through syntax (`Function.prototype` through any function) stay frozen.
 *
 * `Object`'s own functions are not stripped: the CommonJS wrapper esbuild puts around every module runs in
 * this realm and uses `Object.defineProperty`, `Object.create`, … Resolver code calling them is refused
 * when it is loaded instead (`Object` is always typed, so the type-aware lint rule sees every call).
 *
 * It returns the copiers behind {@link Sandbox.adopt} and {@link Sandbox.adoptContext}: functions of this
 * realm, so their objects and arrays are this realm's, built with the built-ins captured before they are
 * stripped (`Array.isArray` is not among AppSync's).
 */
const SANDBOX_SETUP = String.raw`
'use strict';
(function install(hooks) {
  const realm = globalThis;
  const { globals, conversions, supported, unsupported } = hooks.builtins;

  const isArray = Array.isArray;
  const keysOf = Object.keys;
  const defineProperty = Object.defineProperty;
  const isFiniteNumber = Number.isFinite;
  const RealmTypeError = TypeError;
  const copy = (value, key) => {
    if (typeof value === 'object' && value !== null && typeof value.toJSON === 'function') value = value.toJSON('' + key);
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return isFiniteNumber(value) ? value + 0 : null; // + 0: -0 becomes 0, as it does through text
      case 'bigint':
        throw new RealmTypeError('Do not know how to serialize a BigInt');
      case 'object':
        break;
      default:
        return undefined; // undefined, functions and symbols
    }
    if (value === null) return null;
    if (isArray(value)) {
      const length = value.length;
      const list = [];
      for (let index = 0; index < length; index += 1) {
        const item = copy(value[index], index);
        list[index] = item === undefined ? null : item;
      }
      return list;
    }
    const record = {};
    for (const name of keysOf(value)) {
      const item = copy(value[name], name);
      if (item === undefined) continue;
      // An own key "__proto__" (JSON.parse makes one) must not set the prototype.
      if (name === '__proto__') defineProperty(record, name, { value: item, writable: true, enumerable: true, configurable: true });
      else record[name] = item;
    }
    return record;
  };
  // Headers and environment variables: strings by name, so no value needs the generic copy.
  const copyStrings = (strings) => {
    const record = {};
    for (const name of keysOf(strings)) {
      if (name === '__proto__') defineProperty(record, name, { value: strings[name], writable: true, enumerable: true, configurable: true });
      else record[name] = strings[name];
    }
    return record;
  };
  // Keys in buildContext's order (context.ts), which handlers see in Object.keys(ctx).
  const copyContext = (input) => {
    const args = copy(input.arguments, 'arguments');
    const { request, info } = input;
    return {
      arguments: args,
      args,
      identity: copy(input.identity, 'identity') ?? null,
      source: copy(input.source, 'source') ?? null,
      stash: {},
      prev: { result: null },
      request: { headers: copyStrings(request.headers), domainName: request.domainName ?? null },
      env: copyStrings(input.env),
      info: {
        fieldName: info.fieldName,
        parentTypeName: info.parentTypeName,
        variables: copy(info.variables, 'variables'),
        selectionSetList: copy(info.selectionSetList, 'selectionSetList'),
        selectionSetGraphQL: info.selectionSetGraphQL,
      },
    };
  };

  const RealDate = Date;
  function ClockDate(...args) {
    if (!new.target) return new RealDate(hooks.now()).toString();
    return args.length === 0 ? new RealDate(hooks.now()) : new RealDate(...args);
  }
  ClockDate.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate });
  ClockDate.now = () => hooks.now();
  ClockDate.parse = RealDate.parse;
  ClockDate.UTC = RealDate.UTC;
  realm.Date = ClockDate;

  Math.random = () => hooks.random();

  // "Returns a blank string if the parsed string is not valid JSON." (Supported runtime features, JSON)
  const parseJson = JSON.parse;
  JSON.parse = (text) => {
    try {
      return parseJson(text);
    } catch {
      return '';
    }
  };

  const write = (level) => (...args) => { hooks.log(level, args); };
  realm.console = {
    log: write('INFO'), info: write('INFO'), debug: write('DEBUG'), warn: write('WARN'), error: write('ERROR'),
  };

  const reach = (path) => path.split('.').reduce((owner, key) => owner[key], realm);
  const removeMethods = (owner, shouldRemove) => {
    for (const key of Object.getOwnPropertyNames(owner)) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, key);
      if (typeof descriptor.value === 'function' && !conversions.includes(key) && shouldRemove(key)) {
        delete owner[key];
      }
    }
  };
  for (const path of Object.keys(supported)) {
    removeMethods(reach(path), (key) => !supported[path].includes(key));
  }
  for (const path of Object.keys(unsupported)) {
    removeMethods(reach(path), (key) => unsupported[path].includes(key));
  }

  const names = Object.getOwnPropertyNames(realm);
  for (const name of names) {
    const value = realm[name];
    if ((typeof value === 'function' || typeof value === 'object') && value !== null && value !== realm) {
      Object.freeze(value);
      // Object.prototype stays writable: freezing it would make a plain assignment such as
      // item['toString'] = … throw (the "override mistake"), and item keys come from user data.
      if (value.prototype && value !== Object) Object.freeze(value.prototype);
    }
  }
  for (const name of names) {
    if (!globals.includes(name) && Object.getOwnPropertyDescriptor(realm, name).configurable) {
      delete realm[name];
    }
  }
  for (const name of Object.keys(hooks.runtimeGlobals)) {
    Object.defineProperty(realm, name, { value: hooks.runtimeGlobals[name], writable: false, configurable: false });
  }
  return { adopt: (value) => copy(value, ''), adoptContext: copyContext };
})
`;
