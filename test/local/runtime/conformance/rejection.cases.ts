import type { ConformanceCase } from './case';

/**
 * What the APPSYNC_JS runtime refuses when a resolver is saved, and proof that what it supports still runs.
 * Rejections name the rule or the message of AWS's lint plugin (@aws-appsync/eslint-plugin) or of the
 * engine's supplementary `appsync/` rules.
 */
const FEATURES = 'https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html';
const BUNDLING = 'https://docs.aws.amazon.com/appsync/latest/devguide/additional-utilities.html';

/** A whole resolver module whose request handler has `body`. */
function requestHandler(body: string): string {
  return `import { util } from '@aws-appsync/utils';
export function request(ctx) {
${body}
}
export function response(ctx) {
  return ctx.result;
}
`;
}

function rejected(name: string, body: string, expected: string, source = FEATURES): ConformanceCase {
  return { name, source, code: requestHandler(body), expect: { rejected: expected } };
}

function runs(name: string, body: string, result: unknown, context?: Record<string, unknown>): ConformanceCase {
  return { name, source: FEATURES, code: requestHandler(body), context, expect: { result } };
}

export const cases: ConformanceCase[] = [
  // Statements: "The following are not supported: catch, continue, do-while, finally, for(;;), throw, try,
  // while, labeled statements".
  rejected('try/catch is refused', `try { return 1; } catch (e) { return 2; }`, '@aws-appsync/no-try'),
  rejected('try/finally is refused', `try { return 1; } finally { util.appendError('x'); }`, 'Try statements are not supported'),
  rejected('throw is refused', `throw new Error('boom');`, 'throw statements are not supported'),
  rejected('while is refused', `let n = 0;\n  while (n < 3) { n = n + 1; }\n  return n;`, '@aws-appsync/no-while'),
  rejected('do-while is refused', `let n = 0;\n  do { n = n + 1; } while (n < 3);\n  return n;`, 'do...while statements are not supported'),
  rejected('a C-style for loop is refused', `let n = 0;\n  for (let i = 0; i < 3; i = i + 1) { n = n + i; }\n  return n;`, '@aws-appsync/no-for'),
  rejected('continue is refused', `const out = [];\n  for (const x of [1, 2]) { if (x === 1) continue; out.push(x); }\n  return out;`, '@aws-appsync/no-continue'),
  rejected('a labeled statement is refused', `outer: for (const x of [1]) { break outer; }\n  return 1;`, '@aws-appsync/no-labels'),

  // Operators: "unary operators (++, --, and ~)" and "in operator" are not supported.
  rejected('++ is refused', `let n = 0;\n  n++;\n  return n;`, 'The operator ++ is not supported'),
  rejected('-- is refused', `let n = 2;\n  --n;\n  return n;`, 'The operator -- is not supported'),
  rejected('~ is refused', `return ~ctx.args.n;`, 'The operator ~ is not supported'),
  rejected('the in operator is refused', `return 'id' in ctx.args;`, 'in operator is not supported. Use Object.hasOwn()'),

  // Classes, async, promises, generators, regular expressions, this.
  rejected('a class declaration is refused', `class Item {}\n  return 1;`, 'Class declarations are not supported'),
  rejected('a class expression is refused', `const Item = class {};\n  return 1;`, 'Class expressions are not supported'),
  rejected('an async function is refused', `async function load() { return 1; }\n  return 1;`, 'Async functions are not supported'),
  rejected('an async arrow function is refused', `const load = async () => 1;\n  return 1;`, 'Async functions are not supported'),
  {
    name: 'await is refused',
    source: FEATURES,
    code: `await 1;\nexport function request(ctx) {\n  return {};\n}\n`,
    expect: { rejected: 'The `await` keyword is not supported' },
  },
  rejected('new Promise is refused', `const p = new Promise((resolve) => resolve(1));\n  return 1;`, 'Promise is not supported'),
  rejected('a generator function is refused', `function* ids() { yield 1; }\n  return 1;`, 'Generator functions are not supported'),
  rejected('a generator function expression is refused', `const ids = function* () { return 1; };\n  return 1;`, 'appsync/no-unsupported-syntax'),
  rejected('yield is refused', `function* ids() { yield 1; }\n  return 1;`, 'Yield statements are not supported'),
  rejected('a regular expression literal is refused', `return /a+/.source;`, 'Regex literals are not supported'),
  rejected('this is refused', `return this;`, 'This expressions are not supported'),

  // Functions: "apply, bind, and call methods not are supported", "Passing a function as an argument is
  // not supported", "Recursive function calls are not supported".
  rejected('Function.prototype.call is refused', `const double = (n) => n * 2;\n  return double.call(null, 2);`, 'Function.prototype.call is not supported'),
  rejected('Function.prototype.apply is refused', `const double = (n) => n * 2;\n  return double.apply(null, [2]);`, 'Function.prototype.apply is not supported'),
  rejected('Function.prototype.bind is refused', `const double = (n) => n * 2;\n  return double.bind(null)(2);`, 'Function.prototype.bind is not supported'),
  rejected(
    'passing a function to a function is refused',
    `const apply = (f, x) => x;\n  return apply((n) => n, 1);`,
    'Functions can not be passed as an argument',
  ),
  rejected('Array.prototype.sort with a comparator is refused', `return [3, 1, 2].sort((a, b) => a - b);`, '@aws-appsync/no-function-passing'),
  rejected('a recursive function is refused', `function count(n) { return n === 0 ? 0 : count(n - 1); }\n  return count(2);`, 'Recursive function calls not supported'),

  // Methods outside the documented lists that AWS's lint plugin names as not implemented.
  rejected('Object.freeze is refused', `return Object.freeze({ a: 1 });`, 'Method ObjectConstructor.freeze is not implemented'),
  rejected('Object.defineProperty is refused', `return Object.defineProperty({}, 'a', { value: 1 });`, 'Method ObjectConstructor.defineProperty is not implemented'),
  rejected('String.prototype.padStart is refused', `return 'x'.padStart(3);`, 'Method String.padStart is not implemented'),
  rejected('Array.prototype.keys is refused', `return [1, 2].keys();`, 'Method Array.keys is not implemented'),

  // "@aws-appsync/* modules are integrated into APPSYNC_JS": anything else must be bundled in.
  {
    name: 'an import of another module is refused',
    source: BUNDLING,
    code: `import { v4 } from 'uuid';\nexport function request(ctx) {\n  return { id: v4() };\n}\n`,
    expect: { rejected: "appsync/import: import of 'uuid'" },
  },

  // "Returns a blank string if the parsed string is not valid JSON."
  runs('JSON.parse of invalid JSON returns a blank string', `return JSON.parse(ctx.args.text);`, '', { arguments: { text: '{not json' } }),

  // Supported core features still run.
  runs(
    'statements: const, let, var, if/else, switch, for-in, for-of with break',
    `const keys = [];
  for (const key in { a: 1, b: 2 }) { keys.push(key); }
  let sum = 0;
  for (const n of [1, 2, 3, 4]) { if (n === 4) { break; } else { sum = sum + n; } }
  var label;
  switch (sum) { case 6: label = 'six'; break; default: label = 'other'; }
  return { keys, sum, label };`,
    { keys: ['a', 'b'], sum: 6, label: 'six' },
  ),
  runs(
    'operators: math, ??, ?., bitwise, void, typeof, spread',
    `const base = { a: 1 };
  return {
    math: (7 % 4) * 2 + 10 / 5 - 1,
    nullish: ctx.args.missing ?? 'fallback',
    chained: ctx.args.deep?.deeper?.value ?? null,
    bitwise: (6 & 3) | (1 << 3) ^ 1,
    voided: void 0 === undefined,
    kind: typeof ctx.args.n,
    spread: { ...base, b: 2 },
    list: [...[1, 2], 3],
  };`,
    { math: 7, nullish: 'fallback', chained: null, bitwise: 11, voided: true, kind: 'number', spread: { a: 1, b: 2 }, list: [1, 2, 3] },
    { arguments: { n: 5 } },
  ),
  runs(
    'template literals: multi-line, interpolation, nesting; arrow functions and rest parameters',
    'const total = (...values) => values.reduce((sum, v) => sum + v, 0);\n' +
      '  const inner = `n=${total(1, 2, 3)}`;\n' +
      '  return `line one\nouter(${`${inner}!`})`;',
    'line one\nouter(n=6!)',
  ),
  runs(
    'Object: assign, entries, hasOwn, keys, values, delete',
    `const item = Object.assign({}, { a: 1, b: 2 }, { c: 3 });
  delete item.c;
  return { keys: Object.keys(item), values: Object.values(item), entries: Object.entries(item), has: Object.hasOwn(item, 'a'), gone: Object.hasOwn(item, 'c') };`,
    { keys: ['a', 'b'], values: [1, 2], entries: [['a', 1], ['b', 2]], has: true, gone: false },
  ),
  runs(
    'String methods of the documented list',
    `const s = ctx.args.s;
  return [
    s.length, s.charAt(1), s.concat('!'), s.endsWith('lo'), s.indexOf('l'), s.lastIndexOf('l'),
    s.replace('l', 'L'), s.replaceAll('l', 'L'), s.slice(1, 3), s.split('e'), s.startsWith('he'),
    s.toLowerCase(), s.toUpperCase(), ' x '.trim(), ' x '.trimEnd(), ' x '.trimStart(), String.raw\`a\\nb\`,
  ];`,
    [5, 'e', 'hello!', true, 2, 3, 'heLlo', 'heLLo', 'el', ['h', 'llo'], true, 'hello', 'HELLO', 'x', ' x', 'x ', 'a\\nb'],
    { arguments: { s: 'hello' } },
  ),
  runs(
    'Array methods of the documented list',
    `const a = [3, 1, 2];
  const copy = a.concat([4]);
  copy.push(5); copy.pop(); copy.unshift(0); copy.shift();
  return {
    fill: [0, 0, 0].fill(7, 1), flat: [1, [2, [3]]].flat(), indexOf: a.indexOf(1), join: a.join('-'),
    lastIndexOf: [1, 2, 1].lastIndexOf(1), reverse: [1, 2].reverse(), slice: copy.slice(1, 3), sort: [3, 1, 2].sort(),
    splice: [1, 2, 3].splice(1, 1), copy, length: a.length,
    map: a.map((x) => x * 2), flatMap: a.flatMap((x) => [x, x]), filter: a.filter((x) => x > 1),
    reduce: a.reduce((s, x) => s + x, 0), reduceRight: a.reduceRight((s, x) => s + x, ''), find: a.find((x) => x > 1),
    some: a.some((x) => x > 2), every: a.every((x) => x > 0), findIndex: a.findIndex((x) => x === 2),
    findLast: a.findLast((x) => x > 1), findLastIndex: a.findLastIndex((x) => x > 1),
  };`,
    {
      fill: [0, 7, 7], flat: [1, 2, [3]], indexOf: 1, join: '3-1-2', lastIndexOf: 2, reverse: [2, 1], slice: [1, 2],
      sort: [1, 2, 3], splice: [2], copy: [3, 1, 2, 4], length: 3, map: [6, 2, 4], flatMap: [3, 3, 1, 1, 2, 2],
      filter: [3, 2], reduce: 6, reduceRight: '213', find: 3, some: true, every: true, findIndex: 2, findLast: 2,
      findLastIndex: 2,
    },
  ),
  runs(
    'Math, Number and JSON functions of the documented lists',
    `return {
    min: Math.min(3, 1), max: Math.max(3, 1), round: Math.round(2.5), floor: Math.floor(2.7), ceil: Math.ceil(2.1),
    random: Math.random() < 1, finite: Number.isFinite(1 / 0), nan: Number.isNaN(0 / 0),
    json: JSON.stringify(JSON.parse('{"a":[1,2]}')),
  };`,
    { min: 1, max: 3, round: 3, floor: 2, ceil: 3, random: true, finite: false, nan: true, json: '{"a":[1,2]}' },
  ),
];
