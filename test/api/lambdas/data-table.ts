import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import api from '../../../api.config';
import { LOCAL_IAM_CREDENTIAL } from '../../../local/server/auth-setup';
import { createStoreClient, ensureTables, type LocalStoreClient } from '../../../local/store';
import { DATA_TABLE } from '../../../resolvers/lib/keys';

/** ToyApi's data table, as api.config.ts declares it, in a fresh in-memory store, with an SDK client on it. */
export async function openDataTable(): Promise<{ store: LocalStoreClient; dynamodb: DynamoDBDocumentClient; close(): Promise<void> }> {
  const store = await createStoreClient({ inMemory: true });
  await ensureTables(store, [{ ...api.tables![DATA_TABLE], tableName: DATA_TABLE }]);
  const client = new DynamoDBClient({ endpoint: store.endpoint, region: store.region, credentials: LOCAL_IAM_CREDENTIAL });
  const dynamodb = DynamoDBDocumentClient.from(client);
  return {
    store,
    dynamodb,
    close: async () => {
      client.destroy();
      await store.close();
    },
  };
}
