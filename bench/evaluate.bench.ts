/**
 * `npm run bench:evaluate`: the cost of running a resolver in the APPSYNC_JS sandbox against calling the
 * same bundled code as a plain function in this process. Both use the same runtime library and the same
 * per-call scope; the difference is the sandbox: copying ctx into its realm, the realm boundary, the outcome
 * bookkeeping and the frozen built-ins. Target: the sandboxed cost at most 1.5 times the direct one.
 */
import { transformSync } from 'esbuild';
import { newHandlerCall } from '../local/runtime/call-scope';
import { buildContext } from '../local/runtime/context';
import { AppSyncRuntime } from '../local/runtime/evaluator';
import { createRuntimeModules } from '../local/runtime/modules';
import { medianOf, operationsPerSecond } from './measure';

/** A representative resolver: a conditional, versioned DynamoDB update built with the dynamodb module. */
const UPDATE_WITH_CONDITION = `
import { util } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
export function request(ctx) {
  const { id, expectedVersion, ...values } = ctx.args.input;
  if (values.message !== undefined && values.message.trim().length === 0) util.error('message is empty', 'ValidationError');
  return ddb.update({
    key: { id },
    update: { ...values, updatedAt: util.time.nowISO8601(), version: ddb.operations.increment(1) },
    condition: { version: { eq: expectedVersion }, ownerId: { eq: ctx.identity.sub } },
  });
}
export function response(ctx) {
  return ctx.result;
}
`;

const runtime = new AppSyncRuntime();
const sandboxed = runtime.load(UPDATE_WITH_CONDITION, 'Mutation.updateItem.js');

// The same module as plain host code: ESM → CommonJS, its imports served by the same runtime library.
const direct = { exports: {} as { request: (ctx: object) => unknown } };
const modules = createRuntimeModules({ env: runtime.env, scope: runtime.scope });
new Function('require', 'module', 'exports', transformSync(UPDATE_WITH_CONDITION, { format: 'cjs' }).code)(
  (id: string) => modules[id],
  direct,
  direct.exports,
);

const newContext = () =>
  buildContext({
    arguments: { input: { id: 'item-1', expectedVersion: 3, message: 'hello', accessLevel: 'TEAM', teamId: 'eng' } },
    identity: { sub: 'user-1' },
  });

// The engine copies ctx into the sandbox realm before running handlers (AppSyncRuntime.adopt): that copy is
// part of the sandbox's cost, so it is measured here too.
const sandboxedOps = medianOf(5, () => operationsPerSecond(() => void sandboxed.run('request', buildContext(runtime.adopt(newContext())))));
const directOps = medianOf(5, () =>
  operationsPerSecond(() => void runtime.scope.run(newHandlerCall(), () => direct.exports.request(newContext()))),
);

console.log(`sandbox  ${Math.round(sandboxedOps).toLocaleString('en-US')} evaluations/s`);
console.log(`direct   ${Math.round(directOps).toLocaleString('en-US')} evaluations/s`);
console.log(`ratio sandbox/direct ${(directOps / sandboxedOps).toFixed(2)}`);
