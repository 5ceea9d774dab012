import type { ConformanceCase } from './case';

/** util.error, util.appendError and util.unauthorized: "Built-in utilities" for APPSYNC_JS. */
const BUILT_IN_UTIL = 'https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html';
/** runtime.earlyReturn: "Runtime utilities". */
const RUNTIME_UTILS = 'https://docs.aws.amazon.com/appsync/latest/devguide/runtime-utils-js.html';
/** The response handler pattern for data source errors in the DynamoDB function reference. */
const DYNAMODB_REFERENCE = 'https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html';

const resolver = (request: string, response = 'return ctx.result;') => `import { util, runtime } from '@aws-appsync/utils';

export function request(ctx) {
  ${request}
}

export function response(ctx) {
  ${response}
}
`;

export const cases: ConformanceCase[] = [
  {
    name: 'util.error ends the handler with its message',
    source: BUILT_IN_UTIL,
    code: resolver(`util.error('Invalid input');\n  return { never: 'reached' };`),
    expect: { error: 'Invalid input' },
  },
  {
    name: 'util.error with a type, data and errorInfo still ends the handler with its message',
    source: BUILT_IN_UTIL,
    code: resolver(`util.error('Item is locked', 'LockedError', { id: ctx.args.id }, { retryAfter: 30 });`),
    context: { arguments: { id: 'a1' } },
    expect: { error: 'Item is locked' },
  },
  {
    name: 'util.error called from a helper function ends the handler too',
    source: BUILT_IN_UTIL,
    code: `import { util } from '@aws-appsync/utils';

function requireName(args) {
  if (!args.name) util.error('name is required', 'ValidationError');
  return args.name;
}

export function request(ctx) {
  return { payload: requireName(ctx.args) };
}

export function response(ctx) {
  return ctx.result;
}
`,
    context: { arguments: {} },
    expect: { error: 'name is required' },
  },
  {
    name: 'a response handler raises a data source error from ctx.error with util.error',
    source: DYNAMODB_REFERENCE,
    code: resolver(`return {};`, `if (ctx.error) {\n    util.error(ctx.error.message, ctx.error.type);\n  }\n  return ctx.result;`),
    function: 'response',
    context: { error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' } },
    expect: { error: 'The conditional request failed' },
  },
  {
    name: 'a data source error in ctx.error is not raised unless the handler raises it',
    source: DYNAMODB_REFERENCE,
    code: resolver(`return {};`, `return { failed: ctx.error.type };`),
    function: 'response',
    context: { error: { message: 'The conditional request failed', type: 'DynamoDB:ConditionalCheckFailedException' } },
    expect: { result: { failed: 'DynamoDB:ConditionalCheckFailedException' } },
  },
  {
    name: 'util.appendError records an error and the handler goes on to return its data',
    source: BUILT_IN_UTIL,
    code: resolver(`util.appendError('Some items could not be read', 'PartialResult');\n  return { payload: 'still here' };`),
    expect: { result: { payload: 'still here' } },
  },
  {
    name: 'util.unauthorized throws Unauthorized for the field being resolved',
    source: BUILT_IN_UTIL,
    code: resolver(`if (!ctx.identity) util.unauthorized();\n  return {};`),
    expect: { error: 'Unauthorized' },
  },
  {
    name: 'runtime.earlyReturn in a request handler returns its object as the result',
    source: RUNTIME_UTILS,
    code: resolver(`if (ctx.stash.cached) runtime.earlyReturn(ctx.stash.cached);\n  return { operation: 'GetItem', key: { id: { S: '1' } } };`),
    context: { stash: { cached: { id: '1', name: 'from the stash' } } },
    expect: { result: { id: '1', name: 'from the stash' } },
  },
  {
    name: 'runtime.earlyReturn skips the rest of the handler',
    source: RUNTIME_UTILS,
    code: resolver(`runtime.earlyReturn({ done: true });\n  util.error('not reached');`),
    expect: { result: { done: true } },
  },
];
