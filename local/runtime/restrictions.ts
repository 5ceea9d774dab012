import { parse, type TSESTree } from '@typescript-eslint/typescript-estree';
import { APPSYNC_UTILS_MODULES, MAX_RESOLVER_CODE_LENGTH } from './bundle';
import { ResolverCodeError, type CodeViolation } from './errors';

/**
 * Refuses, with every reason and its line, code that AppSync would refuse when a resolver or function is
 * created. Called on bundled code: what is checked is what deploys.
 */
export function assertAcceptedCode(code: string, fileName: string): void {
  const violations = findViolations(code);
  if (violations.length > 0) throw new ResolverCodeError(fileName, violations);
}

export function findViolations(code: string): CodeViolation[] {
  const violations: CodeViolation[] = [];
  if (code.length > MAX_RESOLVER_CODE_LENGTH) {
    violations.push({
      line: 1,
      column: 1,
      rule: 'appsync/code-size',
      message: `code is ${code.length} characters long; AppSync accepts at most ${MAX_RESOLVER_CODE_LENGTH}`,
    });
  }
  let program: TSESTree.Program;
  try {
    program = parse(code, { loc: true, range: false, jsDocParsingMode: 'none' });
  } catch (error) {
    const e = error as { message: string; lineNumber?: number; column?: number };
    return [...violations, { line: e.lineNumber ?? 1, column: e.column ?? 1, rule: 'appsync/syntax', message: e.message }];
  }
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && !isUtilsModule(statement.source.value)) {
      violations.push({
        line: statement.loc.start.line,
        column: statement.loc.start.column + 1,
        rule: 'appsync/import',
        message: `import of '${statement.source.value}': only ${APPSYNC_UTILS_MODULES.join(' and ')} can be imported; bundle other code into the resolver`,
      });
    }
  }
  return violations;
}

function isUtilsModule(specifier: string): boolean {
  return (APPSYNC_UTILS_MODULES as readonly string[]).includes(specifier);
}
