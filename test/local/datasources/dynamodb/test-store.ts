/**
 * The real store for the DynamoDB data source tests: the engine's store gateway (embedded dynalite with
 * transactions), in memory, with two tables.
 */
import { createDynamoDbDataSource } from '../../../../local/datasources/dynamodb/dynamodb-data-source';
import type { DataSource } from '../../../../local/datasources/data-source';
import { ensureTables, StoreGateway, type TableDefinition } from '../../../../local/store';
import { buildContext } from '../../../../local/runtime/context';

/** Keyed by a string `id`. */
export const POSTS: TableDefinition = { tableName: 'Posts', partitionKey: { name: 'id', type: 'S' } };

/** Keyed by `postId` and a number `seq`, with a global index `byAuthor` on `author` and `seq`. */
export const COMMENTS: TableDefinition = {
  tableName: 'Comments',
  partitionKey: { name: 'postId', type: 'S' },
  sortKey: { name: 'seq', type: 'N' },
  globalSecondaryIndexes: [{ indexName: 'byAuthor', partitionKey: { name: 'author', type: 'S' }, sortKey: { name: 'seq', type: 'N' } }],
};

/** The request ID the tests' data sources quote in error messages. */
export const REQUEST_ID = 'TESTREQUEST0000000000000000000000000000000000000000';

export async function openTestStore(): Promise<StoreGateway> {
  const gateway = await StoreGateway.open();
  await ensureTables(gateway, [POSTS, COMMENTS], { pollIntervalMs: 1 });
  return gateway;
}

export function dataSourceOn(gateway: StoreGateway, tableName: string): DataSource {
  return createDynamoDbDataSource({ tableName, call: (operation, input) => gateway.call(operation, input), requestId: () => REQUEST_ID });
}

/** A resolver context as the engine passes it; the DynamoDB data source does not read it. */
export const CONTEXT = buildContext({});
