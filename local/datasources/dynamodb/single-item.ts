/**
 * GetItem, PutItem, UpdateItem and DeleteItem on the data source's table. Results are plain JSON:
 * GetItem the item or null, PutItem the item written, UpdateItem the item after the update, DeleteItem the
 * item deleted (null when there was none).
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-getitem.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-putitem.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-updateitem.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-deleteitem.html
 */
import type { DataSourceResult } from '../data-source';
import { answerFailedWrite, assertHandledLocally, type FailedWrite } from './condition-failure';
import { expressionMembers } from './expressions';
import { presentMembers, type ConditionCheck, type DeleteItemRequest, type GetItemRequest, type PutItemRequest, type UpdateItemRequest } from './request-objects';
import { settle, type OperationEnv } from './store-call';
import { toApiMap, toPlainItem, type ApiAttributeMap } from './typed-values';

export function getItem(request: GetItemRequest, env: OperationEnv): Promise<DataSourceResult> {
  const input = {
    TableName: env.tableName,
    Key: toApiMap(request.key, '$[key]'),
    ...presentMembers({ ConsistentRead: request.consistentRead }),
    ...expressionMembers([{ member: 'ProjectionExpression', value: request.projection, path: '$[projection]' }]),
  };
  return settle(env, async () => plainOrNull((await env.call('GetItem', input)).Item));
}

export function putItem(request: PutItemRequest, env: OperationEnv): Promise<DataSourceResult> {
  assertHandledLocally(request.condition);
  const key = toApiMap(request.key, '$[key]');
  // The item is its key plus its other attributes; the key wins over a same-named attribute.
  const item = { ...toApiMap(request.attributeValues ?? {}, '$[attributeValues]'), ...key };
  const input = { TableName: env.tableName, Item: item, ...conditionMembers(request.condition) };
  return conditionalWrite(env, { operation: 'PutItem', key, item, condition: request.condition }, input, () => toPlainItem(item));
}

export function updateItem(request: UpdateItemRequest, env: OperationEnv): Promise<DataSourceResult> {
  assertHandledLocally(request.condition);
  const key = toApiMap(request.key, '$[key]');
  const input = {
    TableName: env.tableName,
    Key: key,
    ReturnValues: 'ALL_NEW',
    ...expressionMembers([
      { member: 'UpdateExpression', value: request.update, path: '$[update]' },
      { member: 'ConditionExpression', value: request.condition, path: '$[condition]' },
    ]),
  };
  return conditionalWrite(env, { operation: 'UpdateItem', key, condition: request.condition }, input, (output) => plainOrNull(output.Attributes));
}

export function deleteItem(request: DeleteItemRequest, env: OperationEnv): Promise<DataSourceResult> {
  assertHandledLocally(request.condition);
  const key = toApiMap(request.key, '$[key]');
  const input = { TableName: env.tableName, Key: key, ReturnValues: 'ALL_OLD', ...conditionMembers(request.condition) };
  return conditionalWrite(env, { operation: 'DeleteItem', key, condition: request.condition }, input, (output) => plainOrNull(output.Attributes));
}

/** Calls a write; a failure of its condition gets AppSync's condition-failure handling. */
function conditionalWrite(
  env: OperationEnv,
  write: Omit<FailedWrite, 'condition'> & { readonly condition?: ConditionCheck },
  input: Record<string, unknown>,
  resultOf: (output: Record<string, unknown>) => unknown,
): Promise<DataSourceResult> {
  const { condition } = write;
  return settle(
    env,
    async () => resultOf(await env.call(write.operation, input)),
    condition ? (failure) => answerFailedWrite(env, { ...write, condition }, failure) : undefined,
  );
}

function conditionMembers(condition: unknown): Record<string, unknown> {
  return expressionMembers([{ member: 'ConditionExpression', value: condition, path: '$[condition]' }]);
}

function plainOrNull(item: unknown): Record<string, unknown> | null {
  return item ? toPlainItem(item as ApiAttributeMap) : null;
}
