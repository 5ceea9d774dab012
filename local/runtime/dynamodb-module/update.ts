import type { DynamoDBUpdateItemRequest } from '@aws-appsync/utils';
import { isPlainObject } from '../attribute-values';
import { requireObject } from './arguments';
import { conditionExpression } from './conditions';
import { ExpressionBuilder, PlaceholderCounter, type DynamoDBExpression, type PathSegment } from './expression-builder';
import { asOperation, type UpdateOperation } from './operations';
import { isSetAttribute } from './sets';
import { givenFields, syncFields, toKey } from './values';

/** `update(...)`: an UpdateItem request; the update expression first, then the condition. */
export function update(payload: unknown): DynamoDBUpdateItemRequest {
  const input = requireObject(payload, 'update', 'the argument');
  const counter = new PlaceholderCounter();
  return {
    operation: 'UpdateItem',
    key: toKey(input.key, 'update'),
    update: updateExpression(input.update, counter),
    ...givenFields({
      condition: conditionExpression(input.condition, counter, 'update'),
      ...syncFields(input),
    }),
  } as DynamoDBUpdateItemRequest;
}

/**
 * An update object as an update expression. Every property is one action, in property order:
 * - a plain value (null included) is written with `SET`, as recorded (`SET #expName_1 = :expValue_1,
 *   #expName_2 = :expValue_2`, null as `{ "NULL": null }`); undefined properties are left out;
 * - a nested plain object updates only the keys it lists (`{ info: { city: 'X' } }` sets `info.city`), the
 *   documented difference between a nested object and `operations.replace`;
 * - `add` and `replace` set the whole value; `increment`/`decrement` are `SET a = a + :v` / `a - :v`;
 *   `append`/`prepend` are `list_append(a, :v)` / `list_append(:v, a)` (all recorded);
 * - `remove` is `REMOVE a`; a list of `updateListItem` markers sets `a[i]` for each (a list of anything
 *   else is written whole).
 * The expression has its `SET` clause, then its `REMOVE` clause, DynamoDB's order. No action the module
 * offers needs DynamoDB's `ADD` or `DELETE`: `operations.add` is recorded as a `SET`.
 */
export function updateExpression(update: unknown, counter: PlaceholderCounter): DynamoDBExpression {
  const writer = new UpdateWriter(new ExpressionBuilder(counter));
  writer.object(requireObject(update, 'update', 'update'), []);
  return writer.finish();
}

class UpdateWriter {
  private readonly sets: string[] = [];
  private readonly removes: string[] = [];

  constructor(private readonly builder: ExpressionBuilder) {}

  object(values: Record<string, unknown>, parent: PathSegment[]): void {
    for (const [name, value] of Object.entries(values)) {
      if (value !== undefined) this.action([...parent, { name, indexes: [] }], value);
    }
  }

  finish(): DynamoDBExpression {
    const clauses = [];
    if (this.sets.length > 0) clauses.push(`SET ${this.sets.join(', ')}`);
    if (this.removes.length > 0) clauses.push(`REMOVE ${this.removes.join(', ')}`);
    return this.builder.build(clauses.join(' '));
  }

  private action(path: PathSegment[], value: unknown): void {
    const operation = asOperation(value);
    if (operation) this.operation(path, operation);
    else if (isListItemUpdates(value)) value.forEach((item) => this.operation(path, item));
    else if (isPlainObject(value) && !isSetAttribute(value)) this.object(value, path);
    else this.set(path, value);
  }

  private operation(path: PathSegment[], operation: UpdateOperation): void {
    switch (operation.type) {
      case 'OPERATION_ADD':
      case 'OPERATION_REPLACE':
        return this.set(path, operation.value);
      case 'OPERATION_REMOVE':
        this.removes.push(this.builder.path(path));
        return;
      case 'OPERATION_INCREMENT':
        return this.setFrom(path, (attribute, value) => `${attribute} + ${value}`, operation.by);
      case 'OPERATION_DECREMENT':
        return this.setFrom(path, (attribute, value) => `${attribute} - ${value}`, operation.by);
      case 'OPERATION_APPEND':
        return this.setFrom(path, (attribute, value) => `list_append(${attribute}, ${value})`, operation.items);
      case 'OPERATION_PREPEND':
        return this.setFrom(path, (attribute, value) => `list_append(${value}, ${attribute})`, operation.items);
      case 'OPERATION_UPDATE_LIST_ITEM':
        return this.set(atIndex(path, operation.index), operation.value);
    }
  }

  private set(path: PathSegment[], value: unknown): void {
    this.setFrom(path, (_attribute, placeholder) => placeholder, value);
  }

  /** `SET <path> = <right-hand side>`, the path's placeholders taken before the value's. */
  private setFrom(path: PathSegment[], rightHandSide: (attribute: string, value: string) => string, value: unknown): void {
    const attribute = this.builder.path(path);
    this.sets.push(`${attribute} = ${rightHandSide(attribute, this.builder.value(value))}`);
  }
}

function isListItemUpdates(value: unknown): value is UpdateOperation[] {
  return (
    Array.isArray(value) && value.length > 0 && value.every((item) => asOperation(item)?.type === 'OPERATION_UPDATE_LIST_ITEM')
  );
}

function atIndex(path: PathSegment[], index: number): PathSegment[] {
  const last = path[path.length - 1];
  return [...path.slice(0, -1), { name: last.name, indexes: [...last.indexes, index] }];
}
