import { readdirSync } from 'node:fs';
import path from 'node:path';
import { bundleResolver } from '../../../local/runtime/bundle';
import { ResolverCodeError } from '../../../local/runtime/errors';
import { assertAcceptedCode, findViolations } from '../../../local/runtime/restrictions';

// Rules and limits: https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html

function rulesOf(code: string): string[] {
  return findViolations(code).map((v) => v.rule);
}

describe('assertAcceptedCode', () => {
  it('names the file, line and column of every reason, in order', () => {
    const code = [
      `import { util } from '@aws-appsync/utils';`,
      `export function request(ctx) {`,
      `  let n = 0;`,
      `  while (n < 3) { n++; }`,
      `  return n;`,
      `}`,
    ].join('\n');
    expect(() => assertAcceptedCode(code, 'Query.count.js')).toThrow(ResolverCodeError);
    expect(() => assertAcceptedCode(code, 'Query.count.js')).toThrow(
      /Query\.count\.js:4:3 While statements are not supported\. \(@aws-appsync\/no-while\)\n.*Query\.count\.js:4:19 The operator \+\+ is not supported \(@aws-appsync\/no-disallowed-unary-operators\)/,
    );
  });

  it('accepts code AppSync accepts', () => {
    expect(() =>
      assertAcceptedCode(`export function request(ctx) {\n  return { id: ctx.args.id };\n}\n`, 'Query.item.js'),
    ).not.toThrow();
  });
});

describe('findViolations', () => {
  it('reports each violation with its own line and column', () => {
    const code = `export function request(ctx) {\n  try {\n    return 1;\n  } catch (e) {\n    return /x/;\n  }\n}\n`;
    expect(findViolations(code)).toEqual([
      { line: 2, column: 3, rule: '@aws-appsync/no-try', message: 'Try statements are not supported.' },
      { line: 5, column: 12, rule: '@aws-appsync/no-regex', message: 'Regex literals are not supported.' },
    ]);
  });

  it('reports a syntax error at its position', () => {
    expect(findViolations(`export function request(ctx) {\n  return {;\n}\n`)).toEqual([
      expect.objectContaining({ line: 2, rule: 'appsync/syntax', message: expect.stringContaining('Parsing error') }),
    ]);
  });

  it('refuses code over 32,768 characters', () => {
    const code = `export function request(ctx) {\n  return '${'x'.repeat(32_768)}';\n}\n`;
    expect(findViolations(code)).toEqual([
      expect.objectContaining({ line: 1, rule: 'appsync/code-size', message: expect.stringContaining('at most 32768') }),
    ]);
  });

  it('runs every rule of the plugin, type-aware ones included', () => {
    expect(rulesOf(`export function request(ctx) { ctx = {}; return 1; }`)).toEqual(['@aws-appsync/no-disallowed-re-assignment']);
    expect(rulesOf(`export function request(ctx) { return ctx.args instanceof Object; }`)).toEqual([
      '@aws-appsync/no-disallowed-binary-operators',
    ]);
    expect(rulesOf(`const make = () => 1;\nexport function request(ctx) { const f = make; return f(); }`)).toEqual([
      '@aws-appsync/no-function-reassign',
    ]);
    expect(rulesOf(`function outer() { return function inner() { return 1; }; }\nexport function request() { return outer()(); }`)).toEqual([
      '@aws-appsync/no-function-return',
    ]);
    expect(rulesOf(`function a(n) { return b(n); }\nfunction b(n) { return a(n); }\nexport function request() { return a(1); }`)).toContain(
      '@aws-appsync/no-recursion',
    );
  });

  it('uses types: a method is refused on a known receiver and left to run time on an unknown one', () => {
    expect(rulesOf(`export function request(ctx) { return [1, 2].keys(); }`)).toEqual(['@aws-appsync/no-disallowed-methods']);
    expect(rulesOf(`export function request(ctx) { const s = 'abc'; return s.padStart(5); }`)).toEqual([
      '@aws-appsync/no-disallowed-methods',
    ]);
    expect(rulesOf(`export function request(ctx) { return ctx.args.list.keys(); }`)).toEqual([]);
    expect(rulesOf(`export function request(ctx) { return [3, 1].sort((a, b) => a - b); }`)).toEqual([
      '@aws-appsync/no-function-passing',
    ]);
    expect(rulesOf(`export function request(ctx) { return [3, 1].map((a) => a * 2); }`)).toEqual([]);
  });

  it('refuses what the page forbids and the plugin does not check', () => {
    expect(rulesOf(`export function request(ctx) { throw ctx.args; }`)).toEqual(['appsync/no-unsupported-syntax']);
    expect(rulesOf(`const K = class {};\nexport function request() { return 1; }`)).toEqual(['appsync/no-unsupported-syntax']);
    expect(rulesOf(`const o = { *ids() { return 1; } };\nexport function request() { return 1; }`)).toEqual([
      'appsync/no-unsupported-syntax',
    ]);
    expect(rulesOf(`for await (const x of []) {}\nexport function request() { return 1; }`)).toEqual([
      'appsync/no-unsupported-syntax',
    ]);
    expect(rulesOf(`function f() { return 1; }\nexport function request() { return f.call(null); }`)).toEqual([
      'appsync/no-function-methods',
    ]);
    // Unknown receiver: not provably a function, so left to run time.
    expect(rulesOf(`export function request(ctx) { return ctx.args.call(1); }`)).toEqual([]);
  });

  it('refuses imports, re-exports and dynamic imports of anything but the utils modules', () => {
    const code = [
      `import { util } from '@aws-appsync/utils';`,
      `import { get } from '@aws-appsync/utils/dynamodb';`,
      `import fs from 'node:fs';`,
      `export { v4 } from 'uuid';`,
      `export * from './helpers';`,
      `export function request() { return import('@aws-appsync/utils'); }`,
    ].join('\n');
    expect(findViolations(code).map((v) => [v.line, v.rule])).toEqual([
      [3, 'appsync/import'],
      [4, 'appsync/import'],
      [5, 'appsync/import'],
      [6, 'appsync/import'],
    ]);
  });

  it('ignores eslint-disable comments: resolver code cannot switch a rule off', () => {
    const code = `/* eslint-disable */\nexport function request(ctx) {\n  // eslint-disable-next-line @aws-appsync/no-try\n  try { return 1; } catch (e) { return 2; }\n}\n`;
    expect(findViolations(code)).toEqual([
      { line: 4, column: 3, rule: '@aws-appsync/no-try', message: 'Try statements are not supported.' },
    ]);
  });

  it('answers the same for the same code, without sharing its answer with the caller', () => {
    const code = `export function request(ctx) {\n  return this;\n}\n`;
    const first = findViolations(code);
    first.pop();
    expect(findViolations(code)).toEqual([
      { line: 2, column: 10, rule: '@aws-appsync/no-this', message: 'This expressions are not supported.' },
    ]);
  });

  it('accepts every resolver of the notes-api fixture once bundled', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'notes-api', 'resolvers');
    const files = readdirSync(dir).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect({ file, violations: findViolations(bundleResolver(path.join(dir, file))) }).toEqual({ file, violations: [] });
    }
  });
});
