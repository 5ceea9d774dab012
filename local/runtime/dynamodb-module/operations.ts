import type * as DynamoDBModule from '@aws-appsync/utils/dynamodb';
import { isPlainObject } from '../attribute-values';
import { RuntimeArgumentError } from '../errors';

/**
 * The `operations` helpers. Each returns a marker object that `update` turns into an update action. The
 * markers have the shape AppSync's recorded EvaluateCode output shows (`operations.increment(10)` →
 * `{ "type": "OPERATION_INCREMENT", "by": 10 }`, `append([1, 2, 3])` → `{ "type": "OPERATION_APPEND",
 * "items": [1, 2, 3] }`, `add`/`replace` → `{ type, value }`), not the `_type` the type definitions use as
 * a compile-time tag only. `remove` and `updateListItem` follow the same naming.
 */
export type UpdateOperation =
  | { readonly type: 'OPERATION_ADD'; readonly value: unknown }
  | { readonly type: 'OPERATION_REMOVE' }
  | { readonly type: 'OPERATION_REPLACE'; readonly value: unknown }
  | { readonly type: 'OPERATION_INCREMENT'; readonly by: unknown }
  | { readonly type: 'OPERATION_DECREMENT'; readonly by: unknown }
  | { readonly type: 'OPERATION_APPEND'; readonly items: unknown }
  | { readonly type: 'OPERATION_PREPEND'; readonly items: unknown }
  | { readonly type: 'OPERATION_UPDATE_LIST_ITEM'; readonly value: unknown; readonly index: number };

const OPERATION_TYPES: ReadonlySet<string> = new Set<UpdateOperation['type']>([
  'OPERATION_ADD',
  'OPERATION_REMOVE',
  'OPERATION_REPLACE',
  'OPERATION_INCREMENT',
  'OPERATION_DECREMENT',
  'OPERATION_APPEND',
  'OPERATION_PREPEND',
  'OPERATION_UPDATE_LIST_ITEM',
]);

export function createOperations(): typeof DynamoDBModule.operations {
  const operations = {
    add: (value: unknown) => ({ type: 'OPERATION_ADD', value }),
    remove: () => ({ type: 'OPERATION_REMOVE' }),
    replace: (value: unknown) => ({ type: 'OPERATION_REPLACE', value }),
    // `by` is optional in the type definitions; a step of 1 is what an increment without one means.
    increment: (by: unknown = 1) => ({ type: 'OPERATION_INCREMENT', by }),
    decrement: (by: unknown = 1) => ({ type: 'OPERATION_DECREMENT', by }),
    append: (items: unknown) => ({ type: 'OPERATION_APPEND', items: requireItems(items, 'append') }),
    prepend: (items: unknown) => ({ type: 'OPERATION_PREPEND', items: requireItems(items, 'prepend') }),
    updateListItem: (value: unknown, index: unknown) => ({
      type: 'OPERATION_UPDATE_LIST_ITEM',
      value,
      index: requireListIndex(index),
    }),
  } satisfies Record<keyof typeof DynamoDBModule.operations, (...args: never[]) => UpdateOperation>;
  // The type definitions give the markers a phantom `_type`; resolver code never reads it.
  return Object.freeze(operations) as unknown as typeof DynamoDBModule.operations;
}

/** The marker an `operations` helper made, if `value` is one (a copy made in resolver code still is). */
export function asOperation(value: unknown): UpdateOperation | undefined {
  return isPlainObject(value) && typeof value.type === 'string' && OPERATION_TYPES.has(value.type)
    ? (value as unknown as UpdateOperation)
    : undefined;
}

function requireItems(items: unknown, helper: string): unknown[] {
  if (!Array.isArray(items)) throw new RuntimeArgumentError(`operations.${helper}: expected a list of items`);
  return items;
}

function requireListIndex(index: unknown): number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
    throw new RuntimeArgumentError(`operations.updateListItem: the index must be a whole number from 0, got ${String(index)}`);
  }
  return index;
}
