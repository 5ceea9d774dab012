import { MAX_RESOLVER_CODE_LENGTH } from './bundle';
import { ResolverCodeError, type CodeViolation } from './errors';
import { lintResolverCode } from './restrictions/lint';

/**
 * Refuses, with every reason and its line, code that AppSync would refuse when a resolver or function is
 * created. Called on bundled code: what is checked is what deploys.
 */
export function assertAcceptedCode(code: string, fileName: string): void {
  const violations = findViolations(code);
  if (violations.length > 0) throw new ResolverCodeError(fileName, violations);
}

/**
 * Every reason AppSync would refuse `code`: its length, then what AWS's APPSYNC_JS lint rules and the
 * supplementary rules find (unsupported statements, operators, methods, imports; see `restrictions/`).
 *
 * Linting costs tens of milliseconds for a typical resolver and up to about half a second at the
 * 32,768-character limit (see `restrictions/type-program.ts`), so answers are kept by code: every runtime
 * that loads the same resolver pays once.
 */
export function findViolations(code: string): CodeViolation[] {
  let violations = checkedCode.get(code);
  if (!violations) {
    violations = [...sizeViolations(code), ...lintResolverCode(code)];
    if (checkedCode.size >= CHECKED_CODE_LIMIT) checkedCode.delete(checkedCode.keys().next().value as string);
    checkedCode.set(code, violations);
  }
  return [...violations];
}

const CHECKED_CODE_LIMIT = 200;
const checkedCode = new Map<string, readonly CodeViolation[]>();

function sizeViolations(code: string): CodeViolation[] {
  if (code.length <= MAX_RESOLVER_CODE_LENGTH) return [];
  return [
    {
      line: 1,
      column: 1,
      rule: 'appsync/code-size',
      message: `code is ${code.length} characters long; AppSync accepts at most ${MAX_RESOLVER_CODE_LENGTH}`,
    },
  ];
}
