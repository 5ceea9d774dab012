/** Shared fixtures of the store tests: table definitions, SDK clients, temporary data directories. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

import { ChangeFeed } from '../../../local/store/change-feed';
import { ensureTables, toCreateTableInput } from '../../../local/store/create-tables';
import { DynaliteBackend } from '../../../local/store/dynalite-backend';
import { dynaliteDb } from '../../../local/store/dynalite-internals';
import type { JsonObject } from '../../../local/store/dynalite-internals';
import { KeyLockManager } from '../../../local/store/key-lock-manager';
import { itemLockKey, type StoreCore } from '../../../local/store/store-core';
import type { StoreGateway } from '../../../local/store/store-gateway';
import { WriteCommitter } from '../../../local/store/write-committer';
import type { TableDefinition } from '../../../local/store/table-definition';

/** A table with a partition key only, and a GSI on `status`. */
export const NOTES: TableDefinition = {
  tableName: 'Notes',
  partitionKey: { name: 'id', type: 'S' },
  globalSecondaryIndexes: [{ indexName: 'byStatus', partitionKey: { name: 'status', type: 'S' } }],
  ttlAttribute: 'expiresAt',
};

/** A table with partition and sort key. */
export const EVENTS: TableDefinition = {
  tableName: 'Events',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'N' },
};

export async function createTestTables(gateway: Pick<StoreGateway, 'call'>): Promise<void> {
  await ensureTables(gateway, [NOTES, EVENTS], { pollIntervalMs: 1 });
}

/** An AWS SDK client of the endpoint, as an engine or a Lambda handler would create one. */
export function sdkClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'store-test-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every key and value of a closed data directory, values as their stored bytes (JSON text). */
export async function readRawEntries(dataDir: string): Promise<[string, string][]> {
  const store = dynaliteDb.create({ path: dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  try {
    const entries: [string, string][] = [];
    for await (const [key, value] of store.db.iterator({ valueEncoding: 'utf8' })) entries.push([key, value as string]);
    return entries;
  } finally {
    await store.lifecycleManager.gracefulClose();
  }
}

export function note(id: string, attributes: JsonObject = {}): JsonObject {
  return { id: { S: id }, ...attributes };
}

export async function getNote(gateway: Pick<StoreGateway, 'call'>, id: string): Promise<JsonObject | undefined> {
  const { Item } = await gateway.call('GetItem', { TableName: 'Notes', Key: { id: { S: id } }, ConsistentRead: true });
  return Item as JsonObject | undefined;
}

/** Collects a promise's rejection, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the promise to reject');
}

/** The gateway's parts without the gateway, so a test can hold item locks itself. */
export async function openStoreCore(clock: () => number = Date.now): Promise<StoreCore & { readonly changes: ChangeFeed }> {
  const backend = await DynaliteBackend.open({ tableStatusDelayMs: 0 });
  const changes = new ChangeFeed((error) => {
    throw error;
  });
  return { backend, changes, locks: new KeyLockManager(), committer: new WriteCommitter(backend.store.db, changes), clock };
}

/** Resolves after pending I/O callbacks ran: long enough for an unblocked in-memory request to finish. */
export async function settle(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Creates the test tables with dynalite alone (no TTL: that needs the gateway). */
export async function createTablesInCore(core: StoreCore): Promise<void> {
  const call = (operation: 'CreateTable' | 'DescribeTable', input: JsonObject) => core.backend.run(operation, core.backend.validate(operation, input));
  for (const definition of [NOTES, EVENTS]) {
    await call('CreateTable', toCreateTableInput(definition));
    await waitUntilActive({ call }, definition.tableName);
  }
}

/** Polls DescribeTable until the table is ACTIVE (the store's tables leave CREATING within a millisecond). */
export async function waitUntilActive(store: { call(operation: 'DescribeTable', input: JsonObject): Promise<JsonObject> }, tableName: string): Promise<void> {
  while (((await store.call('DescribeTable', { TableName: tableName })).Table as JsonObject).TableStatus !== 'ACTIVE') {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** The lock key of a Notes item, as the gateway computes it. */
export async function noteLockKey(core: StoreCore, id: string): Promise<string> {
  const table = await core.backend.getTable('Notes');
  return itemLockKey('Notes', core.backend.itemKey(table, { id: { S: id } }, 'key'));
}
