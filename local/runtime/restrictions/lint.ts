import appsyncPlugin from '@aws-appsync/eslint-plugin';
import { Linter } from 'eslint';
import type { CodeViolation } from '../errors';
import { SUPPLEMENTARY_PREFIX, supplementaryPlugin } from './supplementary-rules';
import { createTypedProgram, VIRTUAL_FILE, VIRTUAL_ROOT } from './type-program';

const PLUGIN_PREFIX = '@aws-appsync';
/** Every rule runs as an error; warnings are ESLint's notes about ignored inline comments. */
const ERROR = 2;

/** The rules AWS ships as the plugin's `recommended` set, with the parser it ships them with. */
const recommended = (appsyncPlugin.configs as Record<string, Linter.Config>).recommended;

const SUPPLEMENTARY_RULES: Linter.RulesRecord = Object.fromEntries(
  Object.keys(supplementaryPlugin.rules ?? {}).map((name) => [`${SUPPLEMENTARY_PREFIX}/${name}`, 'error']),
);

let linter: Linter | undefined;

/**
 * Runs AWS's APPSYNC_JS lint rules (`@aws-appsync/eslint-plugin`, all of its `recommended` set, type-aware
 * ones included) and the supplementary `appsync/` rules over resolver code, as AppSync checks code when a
 * resolver or function is saved. A syntax error comes back as one `appsync/syntax` violation.
 */
export function lintResolverCode(code: string): CodeViolation[] {
  linter ??= new Linter({ configType: 'flat', cwd: VIRTUAL_ROOT });
  const config: Linter.Config = {
    files: ['**/*.js'],
    plugins: { [PLUGIN_PREFIX]: appsyncPlugin, [SUPPLEMENTARY_PREFIX]: supplementaryPlugin },
    languageOptions: {
      ...recommended.languageOptions,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { programs: [createTypedProgram(code)] },
    },
    rules: { ...recommended.rules, ...SUPPLEMENTARY_RULES },
    // AppSync does not read `eslint-disable` comments: resolver code cannot switch a rule off.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  };
  return linter
    .verify(code, [config], { filename: VIRTUAL_FILE })
    .filter((message) => message.fatal || message.severity === ERROR)
    .map(toViolation);
}

function toViolation(message: Linter.LintMessage): CodeViolation {
  return {
    line: message.line,
    column: message.column,
    rule: message.ruleId ?? `${SUPPLEMENTARY_PREFIX}/syntax`,
    message: message.message,
  };
}
