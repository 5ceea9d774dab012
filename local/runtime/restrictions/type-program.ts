import ts from 'typescript';

/**
 * Where the resolver code lives for the type checker and the linter. Virtual: the compiler host below serves
 * it from memory, nothing is read from or written to this path.
 */
export const VIRTUAL_ROOT = '/appsync-js';
export const VIRTUAL_FILE = `${VIRTUAL_ROOT}/resolver.js`;

/**
 * Type information for plain JavaScript, offline, so the type-aware rules of AWS's lint plugin
 * (no-disallowed-methods, no-function-passing, no-function-return, no-function-reassign, no-recursion)
 * can tell `[].keys()` from `ctx.args.keys()`.
 *
 * Cost (measured on a shared 2-core machine): the first program parses the ES2023 library declarations,
 * about 300 ms once per process; every later program reuses those parsed files and costs about 15 ms,
 * checker included (reusing the previous program as `oldProgram` measured no faster). The whole type-aware
 * lint of a typical resolver (1–3 KB) then takes 20–60 ms, under the 150 ms a load may cost; it grows
 * with the code, to about 0.5 s at the 32,768-character limit (ESLint alone, without types, already takes
 * about 0.2 s there, so dropping the type-aware rules would not change the picture). Imports are not resolved (`noResolve`): `util`, `ctx` and everything reached
 * through them are `any`, which keeps loading independent of installed packages; the rules then stay
 * silent about those receivers, and the sandbox's missing methods catch what slips through at run time.
 */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  checkJs: false,
  noEmit: true,
  noResolve: true,
  types: [],
  // The newest methods APPSYNC_JS documents (findLast, Object.hasOwn, replaceAll) are ES2021–ES2023.
  lib: ['lib.es2023.d.ts'],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  skipLibCheck: true,
};

let libraryHost: ts.CompilerHost | undefined;
/** Parsed library declarations, shared by every program of the process: they never change. */
const librarySources = new Map<string, ts.SourceFile>();

/** A type-checkable program holding `code` as the one JavaScript file `VIRTUAL_FILE`. */
export function createTypedProgram(code: string): ts.Program {
  libraryHost ??= ts.createCompilerHost(COMPILER_OPTIONS, true);
  const base = libraryHost;
  const host: ts.CompilerHost = {
    ...base,
    getSourceFile(fileName, languageVersion) {
      if (fileName === VIRTUAL_FILE) {
        return ts.createSourceFile(fileName, code, languageVersion, true, ts.ScriptKind.JS);
      }
      let source = librarySources.get(fileName);
      if (!source) {
        source = base.getSourceFile(fileName, languageVersion);
        if (source) librarySources.set(fileName, source);
      }
      return source;
    },
    fileExists: (fileName) => fileName === VIRTUAL_FILE || base.fileExists(fileName),
    readFile: (fileName) => (fileName === VIRTUAL_FILE ? code : base.readFile(fileName)),
    writeFile: () => undefined,
  };
  return ts.createProgram([VIRTUAL_FILE], COMPILER_OPTIONS, host);
}
