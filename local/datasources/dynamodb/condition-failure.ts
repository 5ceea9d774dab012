/**
 * What AppSync does when the condition of a PutItem, UpdateItem or DeleteItem fails: it reads the item as it
 * is now (strongly consistent unless the condition says otherwise) and
 * - PutItem: if the item already equals what was to be written (apart from `equalsIgnore` attributes), the
 *   write counts as done and the current item is the result;
 * - DeleteItem: if there is no item any more, the delete counts as done;
 * - UpdateItem: it cannot tell what the update would have produced, so it never counts as done;
 * otherwise the strategy applies. `Reject` (the default) answers DynamoDB:ConditionalCheckFailedException
 * with the current item beside it. `Custom` calls a Lambda function by ARN, which the local engine does
 * not do.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-condition-expressions.html
 */
import type { DataSourceResult } from '../data-source';
import { UnsupportedLocallyError } from '../errors';
import type { ConditionCheck } from './request-objects';
import { failureError, settle, type OperationEnv, type StoreFailure } from './store-call';
import { identityOf, toPlainItem, type ApiAttributeMap } from './typed-values';

/** Refuses, before anything is written, a condition whose failure the local engine could not handle. */
export function assertHandledLocally(condition: ConditionCheck | undefined): void {
  if (condition?.conditionalCheckFailedHandler?.strategy === 'Custom') {
    throw new UnsupportedLocallyError(
      'The Custom conditionalCheckFailedHandler strategy (a Lambda function chosen by ARN) is not supported by the local engine; use Reject.',
    );
  }
}

export interface FailedWrite {
  readonly operation: 'PutItem' | 'UpdateItem' | 'DeleteItem';
  readonly key: ApiAttributeMap;
  /** The whole item a PutItem tried to write. */
  readonly item?: ApiAttributeMap;
  readonly condition: ConditionCheck;
}

/** The answer to a write whose call failed with `failure`; anything but a failed condition is passed on. */
export async function answerFailedWrite(env: OperationEnv, write: FailedWrite, failure: StoreFailure): Promise<DataSourceResult> {
  if (failure.exception !== 'ConditionalCheckFailedException') return { error: failureError(failure, env) };
  const read = await settle(env, async () => {
    const output = await env.call('GetItem', {
      TableName: env.tableName,
      Key: write.key,
      ConsistentRead: write.condition.consistentRead ?? true,
    });
    return (output.Item as ApiAttributeMap | undefined) ?? null;
  });
  if ('error' in read) return read;
  const current = read.result as ApiAttributeMap | null;
  if (write.operation === 'DeleteItem' && current === null) return { result: null };
  if (write.operation === 'PutItem' && current !== null && write.item && sameItem(current, write.item, write.condition.equalsIgnore ?? [])) {
    return { result: toPlainItem(current) };
  }
  return { error: failureError(failure, env, current === null ? null : toPlainItem(current)) };
}

function sameItem(a: ApiAttributeMap, b: ApiAttributeMap, ignore: readonly string[]): boolean {
  const compared = (item: ApiAttributeMap) => Object.keys(item).filter((name) => !ignore.includes(name));
  const names = compared(a);
  return names.length === compared(b).length && identityOf(a, names) === identityOf(b, names);
}
