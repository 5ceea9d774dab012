import type { DynamoDBTransactGetItemsRequest, DynamoDBTransactWriteItemsRequest } from '@aws-appsync/utils';
import { RuntimeArgumentError } from '../errors';
import { requireList, requireObject, requireString } from './arguments';
import { conditionExpression } from './conditions';
import { PlaceholderCounter, projectionExpression } from './expression-builder';
import { updateExpression } from './update';
import { givenFields, toItemAttributes, toKey } from './values';

/** The write kinds of `transactWrite` items and the operation each becomes. */
const WRITE_OPERATIONS = {
  putItem: 'PutItem',
  updateItem: 'UpdateItem',
  deleteItem: 'DeleteItem',
  conditionCheck: 'ConditionCheck',
} as const;

type WriteKind = keyof typeof WRITE_OPERATIONS;

export function transactGet(payload: unknown): DynamoDBTransactGetItemsRequest {
  const counter = new PlaceholderCounter();
  return {
    operation: 'TransactGetItems',
    transactItems: transactionItems(payload, 'transactGet').map((entry) => {
      const item = requireObject(entry, 'transactGet', 'each item');
      return {
        table: requireString(item.table, 'transactGet', 'table'),
        key: toKey(item.key, 'transactGet'),
        ...givenFields({ projection: projectionExpression(item.projection, counter) }),
      };
    }),
  };
}

/**
 * TransactWriteItems. Each item is `{ putItem }`, `{ updateItem }`, `{ deleteItem }` or
 * `{ conditionCheck }`. A condition gets `returnValuesOnConditionCheckFailure: true`: the field is
 * required in a transaction condition, the input has no way to set it, and `true` is what AppSync does
 * when a hand-written request leaves it out (the item in the table comes back in `cancellationReasons`).
 */
export function transactWrite(payload: unknown): DynamoDBTransactWriteItemsRequest {
  const counter = new PlaceholderCounter();
  return {
    operation: 'TransactWriteItems',
    transactItems: transactionItems(payload, 'transactWrite').map((entry) => {
      const [kind, write] = writeOf(requireObject(entry, 'transactWrite', 'each item'));
      const condition = conditionExpression(write.condition, counter, 'transactWrite');
      const written = {
        table: requireString(write.table, 'transactWrite', 'table'),
        operation: WRITE_OPERATIONS[kind],
        key: toKey(write.key, 'transactWrite'),
        ...(kind === 'putItem' ? { attributeValues: toItemAttributes(requireObject(write.item, 'transactWrite', 'item')) } : {}),
        ...(kind === 'updateItem' ? { update: updateExpression(write.update, counter) } : {}),
        ...(condition ? { condition: { ...condition, returnValuesOnConditionCheckFailure: true } } : {}),
      };
      return written as DynamoDBTransactWriteItemsRequest['transactItems'][number];
    }),
  };
}

function transactionItems(payload: unknown, helper: string): unknown[] {
  return requireList(requireObject(payload, helper, 'the argument').items, helper, 'items');
}

function writeOf(item: Record<string, unknown>): [WriteKind, Record<string, unknown>] {
  const kinds = (Object.keys(WRITE_OPERATIONS) as WriteKind[]).filter((kind) => item[kind] !== undefined && item[kind] !== null);
  if (kinds.length !== 1) {
    throw new RuntimeArgumentError(`transactWrite: each item must have exactly one of ${Object.keys(WRITE_OPERATIONS).join(', ')}`);
  }
  return [kinds[0], requireObject(item[kinds[0]], 'transactWrite', kinds[0])];
}
