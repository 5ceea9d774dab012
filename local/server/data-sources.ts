import path from 'node:path';
import type { ApiDescription } from '../api/describe';
import type { DataSource } from '../datasources/data-source';
import { createDynamoDbDataSource } from '../datasources/dynamodb/dynamodb-data-source';
import { createHttpDataSource } from '../datasources/http';
import { createLambdaDataSource } from '../datasources/lambda';
import { createNoneDataSource } from '../datasources/none';
import type { DynamoDbOperation, StoreClient } from '../store';

export interface DataSourceWiring {
  readonly store: StoreClient;
  /** Physical table name of each logical table. */
  readonly tableNames: Readonly<Record<string, string>>;
  readonly region: string;
  readonly accountId: string;
}

/** One data source per definition entry, reaching the engine's store and in-process Lambda handlers. */
export function createDataSources(description: ApiDescription, wiring: DataSourceWiring): Record<string, DataSource> {
  const sources: Record<string, DataSource> = {};
  for (const [name, definition] of Object.entries(description.definition.dataSources)) {
    switch (definition.type) {
      case 'NONE':
        sources[name] = createNoneDataSource();
        break;
      case 'AMAZON_DYNAMODB':
        sources[name] = createDynamoDbDataSource({
          tableName: wiring.tableNames[definition.table],
          call: (operation, input) => wiring.store.call(operation as DynamoDbOperation, input),
        });
        break;
      case 'AWS_LAMBDA':
        sources[name] = createLambdaDataSource({
          functionName: `${description.definition.name}-${name}`,
          handler: { module: path.join(description.directory, definition.handler.file), exportName: definition.handler.export },
          region: wiring.region,
          accountId: wiring.accountId,
        });
        break;
      case 'HTTP':
        sources[name] = createHttpDataSource({ endpoint: definition.endpoint });
        break;
    }
  }
  return sources;
}
