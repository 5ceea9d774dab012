import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDynamoDBModule } from '../../../../local/runtime/dynamodb-module';
import { evaluateCode } from '../../../../local/runtime/evaluate-code';
import { AppSyncRuntime } from '../../../../local/runtime/evaluator';
import type { RuntimeDeps } from '../../../../local/runtime/util/deps';

const runtime = new AppSyncRuntime();

/** Runs a request handler through the real sandbox and returns what it returned. */
function request(code: string, context: object = {}): unknown {
  const response = evaluateCode({ code, context }, runtime);
  if (response.error) throw new Error(response.error.message);
  return JSON.parse(response.evaluationResult ?? 'null');
}

describe('the @aws-appsync/utils/dynamodb module', () => {
  test('has every function and constant the package declares', () => {
    const declarations = readFileSync(
      path.join(path.dirname(require.resolve('@aws-appsync/utils/package.json')), 'lib', 'dynamodb-helpers.d.ts'),
      'utf8',
    );
    const declared = [...declarations.matchAll(/^export declare (?:function|const) (\w+)/gm)].map((match) => match[1]);
    expect(declared.length).toBeGreaterThanOrEqual(16);
    const module = createDynamoDBModule({} as RuntimeDeps) as unknown as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual([...declared].sort());
    const operations = declarations.match(/type DynamoDBOperation = \{([\s\S]*?)\n\};/)?.[1] ?? '';
    const declaredOperations = [...operations.matchAll(/^ {4}(\w+)</gm), ...operations.matchAll(/^ {4}(\w+)\(/gm)].map((m) => m[1]);
    expect(Object.keys(module.operations as object).sort()).toEqual([...new Set(declaredOperations)].sort());
  });

  test('is imported as a namespace or by name in resolver code', () => {
    const code = `
      import * as ddb from '@aws-appsync/utils/dynamodb';
      import { update, operations as ops } from '@aws-appsync/utils/dynamodb';
      export function request(ctx) {
        return [ddb.get({ key: { id: ctx.args.id } }), update({ key: { id: ctx.args.id }, update: { n: ops.increment(2) } })];
      }
      export function response(ctx) { return ctx.result; }`;
    expect(request(code, { arguments: { id: 'a' } })).toEqual([
      { operation: 'GetItem', key: { id: { S: 'a' } } },
      {
        operation: 'UpdateItem',
        key: { id: { S: 'a' } },
        update: {
          expression: 'SET #expName_1 = #expName_1 + :expValue_1',
          expressionNames: { '#expName_1': 'n' },
          expressionValues: { ':expValue_1': { N: 2 } },
        },
      },
    ]);
  });

  test('returns request objects resolver code can change', () => {
    // A recorded AppSync workaround adds a hand-written condition to what update() returns.
    const code = `
      import { update } from '@aws-appsync/utils/dynamodb';
      export function request(ctx) {
        const requestObj = update({ key: { id: 'u1' }, update: { bio: 'x' } });
        requestObj.condition = { expression: 'attribute_exists(id)' };
        return requestObj;
      }
      export function response(ctx) { return ctx.result; }`;
    expect(request(code)).toMatchObject({ condition: { expression: 'attribute_exists(id)' } });
  });

  test('cannot be changed by one resolver for the next', () => {
    const code = `
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) {
        ddb.operations.increment = () => 'changed';
        return ddb.operations.increment(1);
      }
      export function response(ctx) { return ctx.result; }`;
    expect(() => request(code)).toThrow(/read only|read-only|Cannot assign/);
  });

  test('a wrong argument is an error the handler reports', () => {
    const code = `
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) { return ddb.get({ id: 1 }); }
      export function response(ctx) { return ctx.result; }`;
    expect(() => request(code)).toThrow('get: key must be an object, got undefined');
  });
});
