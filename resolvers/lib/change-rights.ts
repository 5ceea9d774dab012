import type { Context } from '@aws-appsync/utils';
import { canChange } from './access';
import type { ItemRecord } from './item-record';
import { unauthorized, versionConflict } from './problems';
import { raise } from './raise';
import { currentCaller } from './request-context';

/**
 * The checks before changing or deleting a readable item: the caller may change it (a reader who may not
 * is told so: the item's existence is no secret to them) and it is still at the version they read.
 */
export function checkChangeable(ctx: Context, item: ItemRecord, expectedVersion: number): void {
  if (!canChange(currentCaller(ctx), item)) raise(unauthorized(`You may read item '${item.id}' but not change or delete it.`));
  if (item.version !== expectedVersion) raise(versionConflict(item.id, expectedVersion));
}
