import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import {
  CreateTableCommand,
  DynamoDBClient,
  type AttributeValue as WireAttributeValue,
} from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '../../../../../local/runtime/attribute-values';

// dynalite ships no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: { createTableMs: number }) => Server;

/** A real dynalite server on a free loopback port, with a client for it. In memory; `stop()` ends it. */
export interface DynaliteHarness {
  readonly client: DynamoDBClient;
  createTable(name: string, hashKey: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startDynalite(): Promise<DynaliteHarness> {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    client,
    async createTable(name, hashKey) {
      await client.send(
        new CreateTableCommand({
          TableName: name,
          KeySchema: [{ AttributeName: hashKey, KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: hashKey, AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    },
    async stop() {
      client.destroy();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * A request-object attribute value (numbers as JSON numbers, `{ NULL: null }`) as the DynamoDB API takes it:
 * what the DynamoDB data source does before it calls DynamoDB.
 */
export function toWire(value: AttributeValue): WireAttributeValue {
  if ('N' in value) return { N: String(value.N) };
  if ('NS' in value) return { NS: value.NS.map(String) };
  if ('NULL' in value) return { NULL: true };
  if ('B' in value) return { B: Buffer.from(value.B, 'base64') };
  if ('BS' in value) return { BS: value.BS.map((item) => Buffer.from(item, 'base64')) };
  if ('L' in value) return { L: value.L.map(toWire) };
  if ('M' in value) return { M: toWireMap(value.M) };
  return value as WireAttributeValue;
}

export function toWireMap(map: Record<string, AttributeValue>): Record<string, WireAttributeValue> {
  return Object.fromEntries(Object.entries(map).map(([key, item]) => [key, toWire(item)]));
}
