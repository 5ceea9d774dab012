/**
 * TransactGetItems and TransactWriteItems, over the tables their items name. Success gives
 * `{ items, cancellationReasons: null }` (the items in request order, null where none exists) or
 * `{ keys, cancellationReasons: null }` (the keys in request order). A cancelled transaction gives
 * DynamoDB:TransactionCanceledException in `ctx.error`, and in `ctx.result` the same object with `items` or
 * `keys` null and one `{ type, message }` reason per request item (with the current `item` when a write
 * asked for it with `returnValuesOnConditionCheckFailure`).
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-get-items.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-write-items.html
 */
import type { DataSourceResult } from '../data-source';
import { expressionMembers, type ExpressionPart } from './expressions';
import type { TransactGetItemsRequest, TransactWriteItem, TransactWriteItemsRequest } from './request-objects';
import { failureError, settle, type ApiCancellationReason, type OperationEnv, type StoreFailure } from './store-call';
import { toApiMap, toPlainItem, type ApiAttributeMap } from './typed-values';

export function transactGetItems(request: TransactGetItemsRequest, env: OperationEnv): Promise<DataSourceResult> {
  const transactItems = request.transactItems.map(({ table, key, projection }, i) => ({
    Get: {
      TableName: table,
      Key: toApiMap(key, `$[transactItems][${i}][key]`),
      ...expressionMembers([{ member: 'ProjectionExpression', value: projection, path: `$[transactItems][${i}][projection]` }]),
    },
  }));
  return settle(
    env,
    async () => {
      const output = await env.call('TransactGetItems', { TransactItems: transactItems });
      const responses = (output.Responses as { Item?: ApiAttributeMap }[] | undefined) ?? [];
      return { items: transactItems.map((_, i) => (responses[i]?.Item ? toPlainItem(responses[i].Item) : null)), cancellationReasons: null };
    },
    async (failure) => ({ error: failureError(failure, env, cancelled(failure, 'items')) }),
  );
}

export function transactWriteItems(request: TransactWriteItemsRequest, env: OperationEnv): Promise<DataSourceResult> {
  const keys = request.transactItems.map((item, i) => toApiMap(item.key, `$[transactItems][${i}][key]`));
  const transactItems = request.transactItems.map((item, i) => transactWriteItem(item, keys[i]!, `$[transactItems][${i}]`));
  return settle(
    env,
    async () => {
      await env.call('TransactWriteItems', { TransactItems: transactItems });
      return { keys: keys.map(toPlainItem), cancellationReasons: null };
    },
    async (failure) => ({ error: failureError(failure, env, cancelled(failure, 'keys')) }),
  );
}

/** One TransactWriteItems entry of the API: `{ Put | Update | Delete | ConditionCheck: { … } }`. */
function transactWriteItem(item: TransactWriteItem, key: ApiAttributeMap, path: string): Record<string, unknown> {
  const condition: ExpressionPart = { member: 'ConditionExpression', value: item.condition, path: `${path}[condition]` };
  const returnOld = item.condition?.returnValuesOnConditionCheckFailure ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } : {};
  const target = { TableName: item.table, ...returnOld };
  switch (item.operation) {
    case 'PutItem': {
      const attributes = toApiMap(item.attributeValues ?? {}, `${path}[attributeValues]`);
      return { Put: { ...target, Item: { ...attributes, ...key }, ...expressionMembers([condition]) } };
    }
    case 'UpdateItem':
      return {
        Update: {
          ...target,
          Key: key,
          ...expressionMembers([{ member: 'UpdateExpression', value: item.update, path: `${path}[update]` }, condition]),
        },
      };
    case 'DeleteItem':
      return { Delete: { ...target, Key: key, ...expressionMembers([condition]) } };
    case 'ConditionCheck':
      return { ConditionCheck: { ...target, Key: key, ...expressionMembers([condition]) } };
  }
}

/**
 * What `ctx.result` holds beside a cancelled transaction: the result's shape with its list null, and the
 * reasons. Other failures (a malformed request, a missing table) leave nothing beside the error.
 */
function cancelled(failure: StoreFailure, list: 'items' | 'keys'): Record<string, unknown> | undefined {
  if (failure.exception !== 'TransactionCanceledException') return undefined;
  return { [list]: null, cancellationReasons: failure.cancellationReasons?.map(toReason) ?? [] };
}

function toReason(reason: ApiCancellationReason): Record<string, unknown> {
  return {
    ...(reason.Item ? { item: toPlainItem(reason.Item) } : {}),
    type: reason.Code ?? 'None',
    message: reason.Message ?? null,
  };
}
