import { SourceMap } from 'node:module';
import vm from 'node:vm';
import { transformSync } from 'esbuild';
import { CallScope, newHandlerCall, type HandlerCall } from './call-scope';
import type { ContextInput, ResolverContext } from './context';
import { createEnvironment, type RuntimeEnvironment, type RuntimeEnvironmentOptions } from './environment';
import { EarlyReturnSignal, UtilErrorSignal, type CodeLocation, type HandlerError } from './errors';
import { createRuntimeModules } from './modules';
import { assertAcceptedCode } from './restrictions';
import { createSandbox, type ConsoleLevel } from './sandbox';

export type HandlerName = 'request' | 'response';

/** How one handler call ended, with everything it recorded on the way. */
export type HandlerOutcome =
  | { readonly status: 'returned'; readonly value: unknown; readonly call: HandlerCall }
  /** `util.error` or `util.unauthorized` stopped the handler. */
  | { readonly status: 'error'; readonly error: HandlerError; readonly call: HandlerCall }
  /** `runtime.earlyReturn` stopped the handler. */
  | { readonly status: 'earlyReturn'; readonly value: unknown; readonly skipTo?: 'END' | 'NEXT'; readonly call: HandlerCall }
  /** The code itself failed (a TypeError, a missing handler, …). */
  | { readonly status: 'runtimeError'; readonly error: HandlerError; readonly location?: CodeLocation; readonly call: HandlerCall };

export interface RunOptions {
  /** The label `util.authType()` returns for this request. */
  readonly authType?: string;
}

export type AppSyncRuntimeOptions = RuntimeEnvironmentOptions;

/**
 * The APPSYNC_JS runtime: compiles resolver modules once into a sandbox and runs their handlers many times.
 * Each runtime owns one sandbox realm and one set of runtime modules built on its environment.
 */
export class AppSyncRuntime {
  readonly env: RuntimeEnvironment;
  readonly scope = new CallScope();
  private readonly context: vm.Context;
  private readonly modules: Readonly<Record<string, object>>;
  private readonly sourceMaps = new Map<string, { fileName: string; map: SourceMap }>();
  private loadedCount = 0;
  private readonly copyIntoSandbox: <T>(value: T) => T;
  private readonly contextInSandbox: (input: ContextInput) => ResolverContext;

  constructor(options: AppSyncRuntimeOptions = {}) {
    this.env = createEnvironment(options);
    this.modules = createRuntimeModules({ env: this.env, scope: this.scope });
    const utils = this.modules['@aws-appsync/utils'] as Readonly<Record<string, unknown>>;
    const sandbox = createSandbox(this.env, (level, args) => this.recordLog(level, args), {
      util: utils.util,
      runtime: utils.runtime,
      extensions: utils.extensions,
    });
    this.context = sandbox.context;
    this.copyIntoSandbox = sandbox.adopt;
    this.contextInSandbox = sandbox.adoptContext;
  }

  /**
   * A copy of JSON-like data made of the sandbox's own objects. Data handed to handlers (ctx, data source
   * results) must be: an array made by the engine has every built-in method, one made in the sandbox only
   * those AppSync provides, so code calling `list.at(-1)` on an argument would work here and fail on AppSync.
   * The copy follows JSON's rules (a copier in the sandbox, cheaper than a JSON round trip through text).
   */
  adopt<T>(value: T): T {
    return value === undefined ? value : this.copyIntoSandbox(value);
  }

  /** A handler's context, made in the sandbox from what the engine knows of a field (see {@link Sandbox.adoptContext}). */
  adoptContext(input: ContextInput): ResolverContext {
    return this.contextInSandbox(input);
  }

  /**
   * Checks `code` as AppSync does when a resolver is saved, then compiles it.
   * @throws ResolverCodeError when AppSync would refuse the code.
   */
  load(code: string, fileName = 'code.js'): LoadedResolver {
    assertAcceptedCode(code, fileName);
    const scriptName = `appsync-js:${(this.loadedCount += 1)}/${fileName}`;
    const commonJs = transformSync(code, { format: 'cjs', loader: 'js', sourcemap: 'external', sourcefile: fileName });
    this.sourceMaps.set(scriptName, { fileName, map: new SourceMap(JSON.parse(commonJs.map)) });
    const wrapper = new vm.Script(`'use strict';(function (require, module, exports) {${commonJs.code}\n})`, {
      filename: scriptName,
    }).runInContext(this.context) as (require: (id: string) => object, module: { exports: object }, exports: object) => void;
    const module = { exports: {} as Record<string, unknown> };
    wrapper((id) => this.modules[id], module, module.exports);
    return new LoadedResolver(this, fileName, module.exports);
  }

  /** Where in the original code a sandbox stack frame points, if it points into loaded code. */
  locate(stack: string | undefined): (CodeLocation & { fileName: string }) | undefined {
    for (const frame of (stack ?? '').split('\n')) {
      const match = /\((appsync-js:[^)]+):(\d+):(\d+)\)$|at (appsync-js:\S+):(\d+):(\d+)$/.exec(frame.trim());
      if (!match) continue;
      const scriptName = match[1] ?? match[4];
      const entry = this.sourceMaps.get(scriptName);
      if (!entry) continue;
      const line = Number(match[2] ?? match[5]);
      const column = Number(match[3] ?? match[6]);
      // Line 1 of the script carries the wrapper's prefix; positions in the map are 0-based.
      const found = entry.map.findEntry(line - 1, column - 1 - (line === 1 ? WRAPPER_PREFIX_LENGTH : 0));
      if (found && 'originalLine' in found) {
        return { fileName: entry.fileName, line: found.originalLine + 1, column: found.originalColumn + 1 };
      }
    }
    return undefined;
  }

  private recordLog(level: ConsoleLevel, args: unknown[]): void {
    const where = this.locate(new Error().stack);
    const prefix = where ? `${level} - ${where.fileName}:${where.line}:${where.column}: ` : `${level} - `;
    this.scope.current().logs.push(prefix + args.map(formatLogArgument).join(' '));
  }
}

const WRAPPER_PREFIX_LENGTH = `'use strict';(function (require, module, exports) {`.length;

function formatLogArgument(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** A compiled resolver or function module, ready to run its handlers. */
export class LoadedResolver {
  constructor(
    private readonly runtime: AppSyncRuntime,
    readonly fileName: string,
    private readonly exports: Record<string, unknown>,
  ) {}

  has(handler: HandlerName): boolean {
    return typeof this.exports[handler] === 'function';
  }

  /** {@link AppSyncRuntime.adopt}: data copied into this module's sandbox realm. */
  adopt<T>(value: T): T {
    return this.runtime.adopt(value);
  }

  /** {@link AppSyncRuntime.adoptContext}: a handler's context in this module's sandbox realm. */
  adoptContext(input: ContextInput): ResolverContext {
    return this.runtime.adoptContext(input);
  }

  /** A value the module exports besides its handlers (wiring such as `dataSource`), copied out of the sandbox. */
  exported(name: string): unknown {
    const value = this.exports[name];
    return value === undefined || typeof value === 'function' ? undefined : structuredClone(value);
  }

  /** Runs one handler with `ctx`. Never throws for anything the resolver code does. */
  run(handler: HandlerName, ctx: object, options: RunOptions = {}): HandlerOutcome {
    const call = newHandlerCall(options.authType);
    const fn = this.exports[handler];
    if (typeof fn !== 'function') {
      return { status: 'runtimeError', error: { message: `The code does not export a '${handler}' function.` }, call };
    }
    try {
      const value = this.runtime.scope.run(call, () => (fn as (ctx: object) => unknown)(ctx));
      return { status: 'returned', value, call };
    } catch (thrown) {
      if (thrown instanceof UtilErrorSignal) return { status: 'error', error: thrown.error, call };
      if (thrown instanceof EarlyReturnSignal) {
        return { status: 'earlyReturn', value: thrown.value, skipTo: thrown.skipTo, call };
      }
      const error = thrown as { message?: unknown; name?: unknown; stack?: string };
      return {
        status: 'runtimeError',
        error: { message: String(error?.message ?? thrown), errorType: String(error?.name ?? 'Error') },
        location: this.runtime.locate(error?.stack),
        call,
      };
    }
  }
}
