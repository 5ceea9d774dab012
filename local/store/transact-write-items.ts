/**
 * TransactWriteItems, which dynalite lacks. All items are locked, every action is evaluated by dynalite's own
 * action (Put, Update, Delete) or condition check (ConditionCheck) against a staging view of the store, and
 * only if every action passes are the staged writes committed, in one atomic batch. Otherwise the request
 * fails with TransactionCanceledException listing one reason per action, and nothing was written.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 */
import { toDynamoDbError } from './dynalite-backend';
import { dynaliteDb, type Item, type JsonObject, type TableDescription } from './dynalite-internals';
import { DynamoDbError } from './errors';
import type { IdempotencyCache } from './idempotency-cache';
import type { StagedStore } from './staged-store';
import { itemLockKey, runStagedWrite, type StoreCore } from './store-core';
import { assertDistinctItems, OPERATION_OF_KIND, parseTransactWrite, type TransactWriteAction } from './transaction-requests';

/** A CancellationReason of the API: `None`, or why this action cancelled the transaction. */
export interface CancellationReason {
  readonly Code: string;
  readonly Message?: string;
  readonly Item?: Item;
}

const NO_REASON: CancellationReason = { Code: 'None' };

export async function transactWriteItems(core: StoreCore, idempotency: IdempotencyCache, input: JsonObject): Promise<JsonObject> {
  const request = parseTransactWrite(core.backend, input);
  return idempotency.run(request.clientRequestToken, request.fingerprint, () => execute(core, request.actions));
}

interface PreparedAction {
  readonly action: TransactWriteAction;
  readonly table: TableDescription;
  readonly itemKey: string;
}

async function execute(core: StoreCore, actions: readonly TransactWriteAction[]): Promise<JsonObject> {
  const prepared = await Promise.all(actions.map((action) => prepare(core, action)));
  const lockKeys = prepared.map(({ table, itemKey }) => itemLockKey(table.TableName, itemKey));
  assertDistinctItems(lockKeys);
  return runStagedWrite(core, {
    tables: prepared.map(({ table }) => table),
    lockKeys,
    stage: async (staged) => {
      // Each action targets a different item, so evaluating them one after another against the locked,
      // unchanged store is the same as evaluating them all at one instant.
      const reasons: CancellationReason[] = [];
      for (const action of prepared) reasons.push(await stageAction(core, staged, action));
      if (reasons.some((reason) => reason.Code !== NO_REASON.Code)) throw transactionCanceled(reasons);
      return {};
    },
  });
}

/** Looks the table up and checks everything about the action that does not depend on the stored item. */
async function prepare(core: StoreCore, action: TransactWriteAction): Promise<PreparedAction> {
  const table = await core.backend.getTable(action.tableName);
  const itemKey = core.backend.itemKey(table, action.itemOrKey, action.kind === 'Put' ? 'item' : 'key');
  if (action.kind === 'Update') {
    const invalid = dynaliteDb.validateUpdates(undefined, action.data._updates, table);
    if (invalid) throw toDynamoDbError(invalid);
  }
  return { action, table, itemKey };
}

/** Stages one action's write (or checks its condition) and says whether it lets the transaction go on. */
async function stageAction(core: StoreCore, staged: StagedStore, prepared: PreparedAction): Promise<CancellationReason> {
  const { action, table, itemKey } = prepared;
  try {
    if (action.kind === 'ConditionCheck') {
      const failed = dynaliteDb.checkConditional(action.data, await staged.read(table.TableName, itemKey));
      if (failed) throw toDynamoDbError(failed);
    } else {
      await core.backend.run(OPERATION_OF_KIND[action.kind], action.data, staged);
    }
    return NO_REASON;
  } catch (error) {
    if (!(error instanceof DynamoDbError)) throw error;
    if (error.type === 'ConditionalCheckFailedException') {
      const item = action.returnOldItemOnFailure ? await staged.read(table.TableName, itemKey) : undefined;
      return { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', ...(item ? { Item: item } : {}) };
    }
    // Errors that depend on the stored item (an operand of the wrong type, an item grown too large, …).
    if (error.type === 'ValidationException') return { Code: 'ValidationError', Message: error.message };
    throw error;
  }
}

function transactionCanceled(reasons: readonly CancellationReason[]): DynamoDbError {
  const codes = reasons.map((reason) => reason.Code).join(', ');
  // DynamoDB spells this exception's message member with a capital M.
  return new DynamoDbError(400, {
    __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
    Message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`,
    CancellationReasons: reasons,
  });
}
