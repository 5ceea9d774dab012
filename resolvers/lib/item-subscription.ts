import { extensions, util, type Context } from '@aws-appsync/utils';
import type { DeveloperKeyContext } from './caller';
import { developerKeyInvalidationFilter, developerKeyRevocation, ITEM_EVENT_FIELDS, itemEventFilter, type ItemEventArguments } from './item-events';
import { orRaise } from './raise';
import { currentCaller } from './request-context';

/**
 * The handlers of the item subscriptions (onItemCreated, onItemUpdated, onItemDeleted), which differ only
 * in the mutation that triggers them. They run when a client subscribes, on the NONE data source, and set
 * the enhanced filter that admits only the items the subscriber may read (item-events.ts); a subscription
 * made with a developer key also gets an invalidation filter, so that revoking the key ends it.
 */
export function request() {
  return { payload: null };
}

/** AppSync sends nothing at subscribe time: the value is null, and events carry the items. */
export function response(ctx: Context<ItemEventArguments>): null {
  const caller = currentCaller(ctx);
  const filter = orRaise(itemEventFilter(caller, ctx.args));
  if (filter !== null) extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter(filter));
  if (caller.kind === 'DEVELOPER_KEY' && caller.userId !== null) {
    const { keyId } = (ctx.identity as { resolverContext: DeveloperKeyContext }).resolverContext;
    extensions.setSubscriptionInvalidationFilter(util.transform.toSubscriptionFilter(developerKeyInvalidationFilter(caller.userId, keyId)));
  }
  return null;
}

/**
 * Ends every item subscription made with a developer key (three invalidations, within AppSync's five per
 * request). Without it such subscriptions would outlive the key: the authorizer is asked only at subscribe time.
 */
export function endDeveloperKeySubscriptions(developerId: string, keyId: string): void {
  const payload = developerKeyRevocation(developerId, keyId);
  ITEM_EVENT_FIELDS.forEach((subscriptionField) => extensions.invalidateSubscriptions({ subscriptionField, payload }));
}
