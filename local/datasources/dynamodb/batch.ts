/**
 * BatchGetItem, BatchPutItem and BatchDeleteItem, over the tables the request names. Results keep the
 * request's order per table: `data.<table>` has one entry per requested key or item (null where nothing
 * was found or the store left the entry unprocessed), and the unprocessed entries are listed apart, plain.
 * Every requested table appears in both maps.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-get-item.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-put-item.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-batch-delete-item.html
 */
import { isPlainObject } from '../../runtime/attribute-values';
import type { DataSourceResult } from '../data-source';
import { expressionMembers } from './expressions';
import { listAt, mapAt, presentMembers, type BatchDeleteItemRequest, type BatchGetItemRequest, type BatchPutItemRequest } from './request-objects';
import { settle, type OperationEnv } from './store-call';
import { identityOf, toApiMap, toPlainItem, type ApiAttributeMap } from './typed-values';

type Plain = Record<string, unknown>;

export function batchGetItem(request: BatchGetItemRequest, env: OperationEnv): Promise<DataSourceResult> {
  const keysByTable = new Map<string, ApiAttributeMap[]>();
  const requestItems: Record<string, unknown> = {};
  for (const [table, spec] of Object.entries(mapAt(request.tables, '$[tables]'))) {
    const path = `$[tables][${table}]`;
    const { keys, consistentRead, projection } = mapAt(spec, path);
    const apiKeys = listAt(keys, `${path}[keys]`).map((key, i) => toApiMap(key, `${path}[keys][${i}]`));
    keysByTable.set(table, apiKeys);
    requestItems[table] = {
      Keys: apiKeys,
      ...presentMembers({ ConsistentRead: consistentRead }),
      ...expressionMembers([{ member: 'ProjectionExpression', value: projection, path: `${path}[projection]` }]),
    };
  }
  return settle(env, async () => {
    const output = await env.call('BatchGetItem', { RequestItems: requestItems });
    const responses = isPlainObject(output.Responses) ? output.Responses : {};
    const unprocessed = isPlainObject(output.UnprocessedKeys) ? output.UnprocessedKeys : {};
    const data: Record<string, (Plain | null)[]> = {};
    const unprocessedKeys: Record<string, Plain[]> = {};
    for (const [table, keys] of keysByTable) {
      const names = Object.keys(keys[0] ?? {});
      const found = new Map(((responses[table] as ApiAttributeMap[] | undefined) ?? []).map((item) => [identityOf(item, names), item]));
      const left = (unprocessed[table] as { Keys?: ApiAttributeMap[] } | undefined)?.Keys ?? [];
      const leftIds = new Set(left.map((key) => identityOf(key, names)));
      data[table] = keys.map((key) => {
        const item = leftIds.has(identityOf(key, names)) ? undefined : found.get(identityOf(key, names));
        return item ? toPlainItem(item) : null;
      });
      unprocessedKeys[table] = left.map(toPlainItem);
    }
    return { data, unprocessedKeys };
  });
}

export function batchPutItem(request: BatchPutItemRequest, env: OperationEnv): Promise<DataSourceResult> {
  return batchWrite(request, env, { element: 'PutRequest', member: 'Item', unprocessed: 'unprocessedItems' });
}

export function batchDeleteItem(request: BatchDeleteItemRequest, env: OperationEnv): Promise<DataSourceResult> {
  return batchWrite(request, env, { element: 'DeleteRequest', member: 'Key', unprocessed: 'unprocessedKeys' });
}

interface WriteKind {
  /** The BatchWriteItem request kind and the member holding the item or key. */
  readonly element: 'PutRequest' | 'DeleteRequest';
  readonly member: 'Item' | 'Key';
  /** The result member listing what the store left unprocessed. */
  readonly unprocessed: 'unprocessedItems' | 'unprocessedKeys';
}

/** BatchPutItem and BatchDeleteItem: one BatchWriteItem call; the result lists the items or keys written. */
function batchWrite(request: BatchPutItemRequest | BatchDeleteItemRequest, env: OperationEnv, kind: WriteKind): Promise<DataSourceResult> {
  const entriesByTable = new Map<string, ApiAttributeMap[]>();
  const requestItems: Record<string, unknown> = {};
  for (const [table, list] of Object.entries(mapAt(request.tables, '$[tables]'))) {
    const path = `$[tables][${table}]`;
    const entries = listAt(list, path).map((entry, i) => toApiMap(entry, `${path}[${i}]`));
    entriesByTable.set(table, entries);
    requestItems[table] = entries.map((entry) => ({ [kind.element]: { [kind.member]: entry } }));
  }
  return settle(env, async () => {
    const output = await env.call('BatchWriteItem', { RequestItems: requestItems });
    const unprocessed = isPlainObject(output.UnprocessedItems) ? output.UnprocessedItems : {};
    const data: Record<string, (Plain | null)[]> = {};
    const left: Record<string, Plain[]> = {};
    for (const [table, entries] of entriesByTable) {
      const leftEntries = ((unprocessed[table] as Record<string, Record<string, ApiAttributeMap>>[] | undefined) ?? []).map(
        (write) => write[kind.element]![kind.member]!,
      );
      const leftIds = new Set(leftEntries.map((entry) => identityOf(entry)));
      data[table] = entries.map((entry) => (leftIds.has(identityOf(entry)) ? null : toPlainItem(entry)));
      left[table] = leftEntries.map(toPlainItem);
    }
    return { data, [kind.unprocessed]: left };
  });
}
