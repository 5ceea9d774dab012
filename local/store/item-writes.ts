/**
 * PutItem, UpdateItem, DeleteItem and BatchWriteItem through the gateway: dynalite validates the request and
 * computes the result, but the items are locked first and the writes committed by the gateway, so these
 * writes wait for any transaction on the same items and are reported as changes.
 */
import type { ChangeUserIdentity } from './change-feed';
import type { Item, JsonObject, TableDescription, ValidatedRequest } from './dynalite-internals';
import { DynamoDbError } from './errors';
import { itemLockKey, runStagedWrite, type StoreCore } from './store-core';

export type SingleItemWriteOperation = 'PutItem' | 'UpdateItem' | 'DeleteItem';

export async function writeItem(
  core: StoreCore,
  operation: SingleItemWriteOperation,
  input: JsonObject,
  userIdentity?: ChangeUserIdentity,
): Promise<JsonObject> {
  const data = core.backend.validate(operation, input);
  const table = await core.backend.getTable(data.TableName as string);
  const itemKey =
    operation === 'PutItem'
      ? core.backend.itemKey(table, data.Item as Item, 'item')
      : core.backend.itemKey(table, data.Key as Item, 'key');
  return runStagedWrite(core, {
    tables: [table],
    lockKeys: [itemLockKey(table.TableName, itemKey)],
    stage: (staged) => core.backend.run(operation, data, staged),
    userIdentity,
  });
}

interface WriteRequest {
  readonly PutRequest?: { readonly Item: Item };
  readonly DeleteRequest?: { readonly Key: Item };
}

export async function batchWriteItem(core: StoreCore, input: JsonObject): Promise<JsonObject> {
  const data = core.backend.validate('BatchWriteItem', input);
  const requestItems = data.RequestItems as Record<string, readonly WriteRequest[]>;
  const tables: TableDescription[] = [];
  const lockKeys: string[] = [];
  for (const [tableName, requests] of Object.entries(requestItems)) {
    const table = await core.backend.getTable(tableName);
    tables.push(table);
    for (const request of requests) lockKeys.push(itemLockKey(tableName, batchItemKey(core, table, request)));
  }
  return runStagedWrite(core, {
    tables,
    lockKeys,
    stage: (staged) => core.backend.run('BatchWriteItem', data as ValidatedRequest, staged),
  });
}

function batchItemKey(core: StoreCore, table: TableDescription, request: WriteRequest): string {
  try {
    return request.PutRequest
      ? core.backend.itemKey(table, request.PutRequest.Item, 'item')
      : core.backend.itemKey(table, request.DeleteRequest?.Key ?? {}, 'key');
  } catch (error) {
    // BatchWriteItem words a missing or mistyped key attribute differently from PutItem (dynalite does the same).
    if (error instanceof DynamoDbError && /Missing the key|Type mismatch for key/.test(error.message)) {
      throw DynamoDbError.validation('The provided key element does not match the schema');
    }
    throw error;
  }
}
