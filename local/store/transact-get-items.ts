/**
 * TransactGetItems, which dynalite lacks: the items are read with dynalite's GetItem (projections included)
 * while their locks are held, so no write to any of them can land between two of the reads and the response
 * is one consistent snapshot. A missing item answers `{}`.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html
 */
import type { JsonObject } from './dynalite-internals';
import { itemLockKey, type StoreCore } from './store-core';
import { assertDistinctItems, parseTransactGet } from './transaction-requests';

export async function transactGetItems(core: StoreCore, input: JsonObject): Promise<JsonObject> {
  const actions = parseTransactGet(core.backend, input);
  const lockKeys = await Promise.all(
    actions.map(async ({ tableName, key }) => {
      const table = await core.backend.getTable(tableName);
      return itemLockKey(tableName, core.backend.itemKey(table, key, 'key'));
    }),
  );
  assertDistinctItems(lockKeys);
  const release = await core.locks.acquire(lockKeys);
  try {
    const results = await Promise.all(actions.map(({ data }) => core.backend.run('GetItem', data)));
    return { Responses: results.map((result) => (result.Item === undefined ? {} : { Item: result.Item })) };
  } finally {
    release();
  }
}
