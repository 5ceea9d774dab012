import vm from 'node:vm';
import type { RuntimeEnvironment } from './environment';

/** Writes one console line for the handler call in progress. */
export type ConsoleSink = (level: ConsoleLevel, args: unknown[]) => void;
export type ConsoleLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/**
 * The realm resolver code runs in: its own built-ins (so a resolver cannot change the engine's or another
 * resolver's `Array.prototype`), no `eval`/`new Function`, a `Date` driven by the injected clock, and a
 * `console` that records into the handler call instead of the process's stdout.
 *
 * One sandbox serves every resolver of a runtime: a fresh context per call would cost about a millisecond,
 * and freezing the built-ins makes sharing safe.
 */
export function createSandbox(env: RuntimeEnvironment, sink: ConsoleSink): vm.Context {
  const context = vm.createContext(Object.create(null), {
    name: 'APPSYNC_JS',
    codeGeneration: { strings: false, wasm: false },
  });
  const install = vm.runInContext(SANDBOX_SETUP, context) as (hooks: SandboxHooks) => void;
  install({ now: () => env.now(), log: sink });
  return context;
}

interface SandboxHooks {
  now(): number;
  log: ConsoleSink;
}

/**
 * Runs inside the context so the objects it makes belong to the sandbox realm. Globals AppSync does not
 * provide are removed, and what remains is frozen so one resolver cannot change another's built-ins.
 */
const SANDBOX_SETUP = String.raw`
'use strict';
(function install(hooks) {
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
  globalThis.Date = ClockDate;

  const write = (level) => (...args) => { hooks.log(level, args); };
  globalThis.console = {
    log: write('INFO'), info: write('INFO'), debug: write('DEBUG'), warn: write('WARN'), error: write('ERROR'),
  };

  for (const name of ['eval', 'Promise', 'Proxy', 'Reflect', 'WeakRef', 'FinalizationRegistry', 'WebAssembly',
    'SharedArrayBuffer', 'Atomics', 'Intl', 'escape', 'unescape']) {
    delete globalThis[name];
  }
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    const value = globalThis[name];
    if ((typeof value === 'function' || typeof value === 'object') && value !== null && value !== globalThis) {
      Object.freeze(value);
      // Object.prototype stays writable: freezing it would make a plain assignment such as
      // item['toString'] = … throw (the "override mistake"), and item keys come from user data.
      if (value.prototype && value !== Object) Object.freeze(value.prototype);
    }
  }
})
`;
