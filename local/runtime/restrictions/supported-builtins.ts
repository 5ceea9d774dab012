/**
 * The built-ins the APPSYNC_JS runtime provides, as the sandbox realm exposes them to resolver code.
 *
 * Source: AWS AppSync developer guide, "Supported runtime features"
 * (https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html). The page lists what is
 * supported per built-in; what it does not list is removed from the sandbox, so calling it fails as on
 * AppSync (`… is not a function`) instead of working locally and breaking once deployed.
 *
 * The page's lists are taken as exhaustive: the runtime is AWS's own implementation, extended method by
 * method (array callbacks came later), and methods it leaves out really are missing, e.g. `Array.isArray`
 * (aws/aws-appsync-community issue #295). Kept beyond the lists, on evidence only:
 * - `toString`/`valueOf` (and symbol-keyed members such as `Symbol.iterator`): the language calls them
 *   itself for template literals, `+`, `for-of` and spread, which the page documents as supported.
 * - `String.prototype.substring`: AWS's own resolver samples call it
 *   (aws-samples/aws-appsync-resolver-samples, samples/dynamodb/queries/all-items-today.js).
 * - `Array.prototype.includes`: missing when JavaScript resolvers launched (aws/aws-appsync-community
 *   issue #147), used on AppSync since (`ctx.identity.groups?.includes(...)` in the 2024 AppSync
 *   TypeScript workshop, bboure/appsync-typescript-workshop).
 */

/**
 * Global bindings resolver code can see: the page's globals, primitive objects and built-in objects, and
 * `Date` (see `UNSUPPORTED_METHODS`). The page's `util`, `extensions` and `runtime` globals are the utils
 * module's objects, which the sandbox does not hold.
 */
export const SUPPORTED_GLOBALS: readonly string[] = [
  'Object', 'Array', 'String', 'Number', 'Math', 'JSON', 'Date', 'console', 'NaN', 'Infinity', 'undefined',
];

/** Methods kept on every restricted object: the conversions the language performs implicitly. */
export const CONVERSION_METHODS: readonly string[] = ['constructor', 'toString', 'valueOf'];

/**
 * Allowed methods per built-in object, by the path the sandbox reaches it with. Only function-valued
 * members are filtered: constants such as `Math.PI` or `Number.MAX_SAFE_INTEGER` stay.
 */
export const SUPPORTED_METHODS: Readonly<Record<string, readonly string[]>> = {
  'String': ['raw'],
  'String.prototype': [
    'charAt', 'concat', 'endsWith', 'indexOf', 'lastIndexOf', 'replace', 'replaceAll', 'slice', 'split',
    'startsWith', 'toLowerCase', 'toUpperCase', 'trim', 'trimEnd', 'trimStart',
    'substring',
  ],
  'Number': ['isFinite', 'isNaN'],
  'Number.prototype': [],
  'Math': ['random', 'min', 'max', 'round', 'floor', 'ceil'],
  'Array': [],
  'Array.prototype': [
    'concat', 'fill', 'flat', 'indexOf', 'join', 'lastIndexOf', 'pop', 'push', 'reverse', 'shift', 'slice',
    'sort', 'splice', 'unshift', 'forEach', 'map', 'flatMap', 'filter', 'reduce', 'reduceRight', 'find',
    'some', 'every', 'findIndex', 'findLast', 'findLastIndex',
    'includes',
  ],
  'JSON': ['parse', 'stringify'],
};

/**
 * Methods removed from objects the page has no list for. `Date` is not on the page, but AWS's lint plugin
 * (@aws-appsync/eslint-plugin, rule no-disallowed-methods) names these `Date` methods as not implemented,
 * so `Date` exists without them; it names `toLocaleString` of arrays and objects too, and every prototype
 * would inherit `Object.prototype.toLocaleString`. `Function.prototype.apply`/`bind` are unsupported per
 * the page; `call` stays because the module wrapper the evaluator compiles code into needs it (static
 * checks reject `fn.call(...)` in resolver code instead).
 */
export const UNSUPPORTED_METHODS: Readonly<Record<string, readonly string[]>> = {
  'Object.prototype': ['toLocaleString'],
  'Date.prototype': [
    'setDate', 'setFullYear', 'setHours', 'setMilliseconds', 'setMinutes', 'setMonth', 'setSeconds', 'setTime',
    'setUTCDate', 'setUTCFullYear', 'setUTCHours', 'setUTCMilliseconds', 'setUTCMinutes', 'setUTCMonth',
    'setUTCSeconds', 'setYear', 'toGMTString', 'toLocaleDateString', 'toLocaleString', 'toLocaleTimeString',
  ],
  'Function.prototype': ['apply', 'bind'],
};
