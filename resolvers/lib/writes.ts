import { util } from '@aws-appsync/utils';
import type { TableKey } from './keys';
import { statsUpdateExpression, type StatsChange } from './stats';

/**
 * TransactWriteItems entries, as AppSync's DynamoDB request objects spell them. Every change to items goes
 * through one transaction together with its stats changes.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-transact-write-items.html
 */

interface Condition {
  readonly expression: string;
  readonly expressionNames?: Record<string, string>;
  readonly expressionValues?: Record<string, unknown>;
}

function condition(expression: string, names: Record<string, string>, values?: Record<string, unknown>): Condition {
  return values === undefined ? { expression, expressionNames: names } : { expression, expressionNames: names, expressionValues: util.dynamodb.toMapValues(values) };
}

/** The item must not exist yet. */
export function isNew(): Condition {
  return condition('attribute_not_exists(#pk)', { '#pk': 'pk' });
}

/** The item must exist at this version (optimistic concurrency). */
export function atVersion(version: number): Condition {
  return condition('#version = :version', { '#version': 'version' }, { ':version': version });
}

export function putEntry<T extends TableKey>(table: string, record: T, where: Condition) {
  const { pk, sk, ...attributes } = record;
  return {
    table,
    operation: 'PutItem',
    key: util.dynamodb.toMapValues({ pk, sk }),
    attributeValues: util.dynamodb.toMapValues(attributes),
    condition: where,
  };
}

export function deleteEntry(table: string, key: TableKey, where: Condition) {
  return { table, operation: 'DeleteItem', key: util.dynamodb.toMapValues({ pk: key.pk, sk: key.sk }), condition: where };
}

export function statsEntry(table: string, change: StatsChange) {
  const update = statsUpdateExpression(change);
  return {
    table,
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues({ pk: change.key.pk, sk: change.key.sk }),
    update: { expression: update.expression, expressionNames: update.expressionNames, expressionValues: util.dynamodb.toMapValues(update.expressionValues) },
  };
}
