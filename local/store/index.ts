/** The local engine's DynamoDB store: see README.md. */
export type { ChangeEventName, ChangeListener, ChangeRecord, ChangeUserIdentity, Unsubscribe } from './change-feed';
export { ensureTables, toCreateTableInput, type EnsureTablesOptions, type EnsureTablesResult } from './create-tables';
export type { AttributeValue, Item, JsonObject } from './dynalite-internals';
export { DynamoDbError, StoreClosedError, StoreConfigError, StoreOpenError, TableSetupError, type DynamoDbErrorBody } from './errors';
export type { LocalStoreOptions, RemoteStoreOptions, StoreOptions } from './options';
export { RemoteStoreClient } from './remote-store-client';
export { createStoreClient, type LocalStoreClient, type StoreClient } from './store-client';
export { StoreGateway, SUPPORTED_OPERATIONS, type DynamoDbOperation, type GatewayOptions } from './store-gateway';
export type * from './table-definition';
