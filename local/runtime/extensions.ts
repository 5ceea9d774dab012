import type { extensions as Extensions } from '@aws-appsync/utils';
import type { RuntimeDeps } from './util/deps';
import { assertValidSubscriptionFilter } from './util/transform/subscription-filter-limits';

/**
 * The `extensions` export of `@aws-appsync/utils`. Each helper records its request on the handler call;
 * the engine acts on it after the handler returns (subscription set-up, invalidation, cache eviction).
 */
export function createExtensions({ scope }: RuntimeDeps): typeof Extensions {
  return {
    // AppSync checks a filter's limits when it is set, so a subscribe call with an oversized filter fails.
    setSubscriptionFilter(filter) {
      assertValidSubscriptionFilter(filter);
      scope.current().subscriptionFilter = filter;
    },
    setSubscriptionInvalidationFilter(filter) {
      assertValidSubscriptionFilter(filter);
      scope.current().subscriptionInvalidationFilter = filter;
    },
    invalidateSubscriptions(invalidation) {
      scope.current().invalidations.push({
        subscriptionField: invalidation.subscriptionField,
        payload: invalidation.payload,
      });
    },
    evictFromApiCache(typeName, fieldName, keys) {
      scope.current().cacheEvictions.push({ typeName, fieldName, keys });
    },
  };
}
