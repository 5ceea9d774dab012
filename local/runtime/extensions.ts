import type { extensions as Extensions } from '@aws-appsync/utils';
import type { RuntimeDeps } from './util/deps';

/**
 * The `extensions` export of `@aws-appsync/utils`. Each helper records its request on the handler call;
 * the engine acts on it after the handler returns (subscription set-up, invalidation, cache eviction).
 */
export function createExtensions({ scope }: RuntimeDeps): typeof Extensions {
  return {
    setSubscriptionFilter(filter) {
      scope.current().subscriptionFilter = filter;
    },
    setSubscriptionInvalidationFilter(filter) {
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
