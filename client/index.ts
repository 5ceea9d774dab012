// The typed ToyApi client: the client itself, its subscription helper, its auth and error types, and every
// operation document.
export { createToyApiClient, type ToyApiClient, type ToyApiClientOptions } from './toyapi-client';
export {
  createToyApiSubscriptions,
  realtimeUrlOf,
  type SubscriptionHandlers,
  type ToyApiSubscription,
  type ToyApiSubscriptions,
  type ToyApiSubscriptionsOptions,
} from './subscriptions';
export { type ToyApiAuth } from './auth';
export { ToyApiError, type AppSyncErrorEntry } from './errors';
export * from '../generated/operations';
