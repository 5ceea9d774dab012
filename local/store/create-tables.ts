/**
 * Creates the tables of TableDefinitions through any StoreClient (local or real DynamoDB), idempotently: a
 * table that exists is left as it is; each table is waited for until ACTIVE, then TTL is enabled when the
 * definition asks for it and it is not enabled yet. Tables are on-demand (PAY_PER_REQUEST).
 */
import type { JsonObject } from './dynalite-internals';
import { DynamoDbError, TableSetupError } from './errors';
import type { StoreClient } from './store-client';
import type { GlobalSecondaryIndexDefinition, IndexProjection, KeyAttribute, TableDefinition } from './table-definition';

export interface EnsureTablesOptions {
  /** First pause between DescribeTable polls; it doubles up to `maxPollIntervalMs`. @default 20 */
  readonly pollIntervalMs?: number;
  /** @default 2000 */
  readonly maxPollIntervalMs?: number;
  /** Give up waiting for a table to become ACTIVE after this long. @default 300000 */
  readonly timeoutMs?: number;
  /** @default setTimeout-based */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface EnsureTablesResult {
  readonly created: readonly string[];
  readonly existing: readonly string[];
}

type Caller = Pick<StoreClient, 'call'>;

export async function ensureTables(
  client: Caller,
  definitions: readonly TableDefinition[],
  options: EnsureTablesOptions = {},
): Promise<EnsureTablesResult> {
  const created: string[] = [];
  const existing: string[] = [];
  for (const definition of definitions) {
    const wasCreated = await createTableIfMissing(client, definition);
    (wasCreated ? created : existing).push(definition.tableName);
    await waitUntilActive(client, definition.tableName, options);
    if (definition.ttlAttribute !== undefined) await ensureTimeToLive(client, definition.tableName, definition.ttlAttribute);
  }
  return { created, existing };
}

/** The CreateTable request of a definition. */
export function toCreateTableInput(definition: TableDefinition): JsonObject {
  const indexes = definition.globalSecondaryIndexes ?? [];
  const keyAttributes = [definition.partitionKey, definition.sortKey, ...indexes.flatMap((index) => [index.partitionKey, index.sortKey])];
  const attributeTypes = new Map<string, string>();
  for (const attribute of keyAttributes) {
    if (!attribute) continue;
    const known = attributeTypes.get(attribute.name);
    if (known !== undefined && known !== attribute.type) {
      throw new TableSetupError(`${definition.tableName}: key attribute ${attribute.name} is declared both ${known} and ${attribute.type}`);
    }
    attributeTypes.set(attribute.name, attribute.type);
  }
  return {
    TableName: definition.tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributeTypes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    KeySchema: keySchema(definition.partitionKey, definition.sortKey),
    ...(indexes.length ? { GlobalSecondaryIndexes: indexes.map(toIndexInput) } : {}),
  };
}

function keySchema(partitionKey: KeyAttribute, sortKey: KeyAttribute | undefined): JsonObject[] {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' },
    ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' }] : []),
  ];
}

function toIndexInput(index: GlobalSecondaryIndexDefinition): JsonObject {
  return { IndexName: index.indexName, KeySchema: keySchema(index.partitionKey, index.sortKey), Projection: toProjection(index.projection) };
}

function toProjection(projection: IndexProjection = { type: 'ALL' }): JsonObject {
  return projection.type === 'INCLUDE'
    ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...projection.nonKeyAttributes] }
    : { ProjectionType: projection.type };
}

async function createTableIfMissing(client: Caller, definition: TableDefinition): Promise<boolean> {
  if (await describeTable(client, definition.tableName)) return false;
  try {
    await client.call('CreateTable', toCreateTableInput(definition));
    return true;
  } catch (error) {
    // Someone else created it between our DescribeTable and CreateTable.
    if (error instanceof DynamoDbError && error.type === 'ResourceInUseException') return false;
    throw error;
  }
}

async function describeTable(client: Caller, tableName: string): Promise<JsonObject | undefined> {
  try {
    return (await client.call('DescribeTable', { TableName: tableName })).Table as JsonObject;
  } catch (error) {
    if (error instanceof DynamoDbError && error.type === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

function isActive(table: JsonObject | undefined): boolean {
  const indexes = (table?.GlobalSecondaryIndexes ?? []) as JsonObject[];
  return table?.TableStatus === 'ACTIVE' && indexes.every((index) => index.IndexStatus === 'ACTIVE');
}

async function waitUntilActive(client: Caller, tableName: string, options: EnsureTablesOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxInterval = options.maxPollIntervalMs ?? 2000;
  let remaining = options.timeoutMs ?? 300_000;
  let interval = options.pollIntervalMs ?? 20;
  while (!isActive(await describeTable(client, tableName))) {
    if (remaining <= 0) throw new TableSetupError(`${tableName} did not become ACTIVE in time`);
    await sleep(interval);
    remaining -= interval;
    interval = Math.min(interval * 2, maxInterval);
  }
}

async function ensureTimeToLive(client: Caller, tableName: string, attributeName: string): Promise<void> {
  const { TimeToLiveDescription } = await client.call('DescribeTimeToLive', { TableName: tableName });
  const current = TimeToLiveDescription as { TimeToLiveStatus: string; AttributeName?: string };
  const on = current.TimeToLiveStatus === 'ENABLED' || current.TimeToLiveStatus === 'ENABLING';
  if (on && current.AttributeName === attributeName) return;
  if (on) {
    throw new TableSetupError(`${tableName} already has TTL on attribute ${current.AttributeName}, not ${attributeName}`);
  }
  await client.call('UpdateTimeToLive', { TableName: tableName, TimeToLiveSpecification: { AttributeName: attributeName, Enabled: true } });
}
