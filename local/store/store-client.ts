/**
 * The engine's handle on its DynamoDB store, the same for both modes: the local store (embedded dynalite
 * behind the gateway, with an HTTP endpoint for SDK clients) and a real DynamoDB endpoint.
 */
import type { ChangeListener, Unsubscribe } from './change-feed';
import type { JsonObject } from './dynalite-internals';
import { startHttpEndpoint } from './http-endpoint';
import { isRemoteStoreOptions, resolveLocalStoreOptions, type LocalStoreOptions, type RemoteStoreOptions, type StoreOptions } from './options';
import { RemoteStoreClient } from './remote-store-client';
import { StoreGateway, type DynamoDbOperation } from './store-gateway';

export interface StoreClient {
  readonly kind: 'local' | 'remote';
  /** The URL to give AWS SDK DynamoDB clients (the engine's, Lambda handlers') as `endpoint`. */
  readonly endpoint: string;
  readonly region: string;
  /** One DynamoDB operation with its JSON request body; resolves to the JSON response body, rejects with DynamoDbError. */
  call(operation: DynamoDbOperation, input: JsonObject): Promise<JsonObject>;
  close(): Promise<void>;
}

export interface LocalStoreClient extends StoreClient {
  readonly kind: 'local';
  readonly gateway: StoreGateway;
  /** Change records of committed item writes (see ChangeRecord). */
  onChange(listener: ChangeListener): Unsubscribe;
  /** Deletes items whose TTL expired at the store clock's current time; resolves to how many. */
  sweepExpired(): Promise<number>;
}

export function createStoreClient(options?: LocalStoreOptions): Promise<LocalStoreClient>;
export function createStoreClient(options: RemoteStoreOptions): Promise<RemoteStoreClient>;
export function createStoreClient(options?: StoreOptions): Promise<StoreClient>;
export function createStoreClient(options: StoreOptions = {}): Promise<StoreClient> {
  return isRemoteStoreOptions(options) ? RemoteStoreClient.open(options) : openLocalStore(options);
}

async function openLocalStore(options: LocalStoreOptions): Promise<LocalStoreClient> {
  const { port } = resolveLocalStoreOptions(options);
  const gateway = await StoreGateway.open(options);
  try {
    const http = await startHttpEndpoint(gateway, port);
    let closing: Promise<void> | undefined;
    const closeBoth = async () => {
      await http.close();
      await gateway.close();
    };
    return {
      kind: 'local',
      endpoint: http.url,
      region: gateway.region,
      gateway,
      call: (operation, input) => gateway.call(operation, input),
      onChange: (listener) => gateway.onChange(listener),
      sweepExpired: () => gateway.sweepExpired(),
      close: () => (closing ??= closeBoth()),
    };
  } catch (error) {
    await gateway.close();
    throw error;
  }
}
