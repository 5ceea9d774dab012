import type { DynamoDBDeleteItemRequest, DynamoDBGetItemRequest, DynamoDBPutItemRequest } from '@aws-appsync/utils';
import { requireObject } from './arguments';
import { conditionExpression } from './conditions';
import { PlaceholderCounter, projectionExpression } from './expression-builder';
import { givenFields, syncFields, toItemAttributes, toKey } from './values';

/**
 * The single-item helpers. Each writes the request object of the JavaScript resolver function reference
 * (GetItem, PutItem, DeleteItem) with only the fields the input gives: the recorded output of
 * `get({ key: { id: 'id' } })` is `{ operation: 'GetItem', key: { id: { S: 'id' } } }`, no
 * `consistentRead: false`.
 */

export function get(payload: unknown): DynamoDBGetItemRequest {
  const input = requireObject(payload, 'get', 'the argument');
  return {
    operation: 'GetItem',
    key: toKey(input.key, 'get'),
    ...givenFields({
      consistentRead: input.consistentRead,
      projection: projectionExpression(input.projection, new PlaceholderCounter()),
    }),
  } as DynamoDBGetItemRequest;
}

/** PutItem: `item` becomes `attributeValues` as it is (recorded: `item: { value: 10 }` → `{ value: { N: 10 } }`). */
export function put(payload: unknown): DynamoDBPutItemRequest {
  const input = requireObject(payload, 'put', 'the argument');
  return {
    operation: 'PutItem',
    key: toKey(input.key, 'put'),
    attributeValues: toItemAttributes(requireObject(input.item, 'put', 'item')),
    ...givenFields({ condition: conditionExpression(input.condition, new PlaceholderCounter(), 'put'), ...syncFields(input) }),
  } as DynamoDBPutItemRequest;
}

export function remove(payload: unknown): DynamoDBDeleteItemRequest {
  const input = requireObject(payload, 'remove', 'the argument');
  return {
    operation: 'DeleteItem',
    key: toKey(input.key, 'remove'),
    ...givenFields({ condition: conditionExpression(input.condition, new PlaceholderCounter(), 'remove'), ...syncFields(input) }),
  } as DynamoDBDeleteItemRequest;
}
