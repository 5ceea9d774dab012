import type * as DynamoDBModule from '@aws-appsync/utils/dynamodb';
import type { RuntimeDeps } from '../util/deps';
import { batchDelete, batchGet, batchPut } from './batch';
import { get, put, remove } from './items';
import { createOperations } from './operations';
import { query, scan, sync } from './reads';
import { toBinarySet, toNumberSet, toStringSet } from './sets';
import { transactGet, transactWrite } from './transactions';
import { update } from './update';

/**
 * `@aws-appsync/utils/dynamodb`: helpers that write DynamoDB request objects. Typed as the package's own
 * module, so the compiler proves every function and constant it declares is here. The helpers are pure:
 * they need neither the clock nor the call in progress.
 */
export function createDynamoDBModule(_deps: RuntimeDeps): typeof DynamoDBModule {
  return {
    get,
    put,
    remove,
    update,
    query,
    scan,
    sync,
    batchGet,
    batchPut,
    batchDelete,
    transactGet,
    transactWrite,
    toStringSet,
    toNumberSet,
    toBinarySet,
    operations: createOperations(),
  };
}
