/**
 * `npm run bench:server`: requests per second and p99 latency of the local engine's HTTP endpoint against a
 * hand-written baseline (bare `node:http` + graphql-js + the AWS SDK, see baseline-server.ts), in one run on
 * 127.0.0.1, for (1) a query resolved on a NONE data source and (2) a DynamoDB GetItem. Both sides check an
 * API key and read from an in-memory local store; the engine reaches its store in-process, the baseline
 * through the store's HTTP endpoint as any SDK client does. Targets: trivial ≥ 0.8, getItem ≥ 1.0.
 */
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { LOCAL_IAM_CREDENTIAL } from '../local/server/auth-setup';
import { startLocalApi } from '../local/server/local-api';
import { createStoreClient, ensureTables } from '../local/store';
import { startBaselineServer } from './baseline-server';
import { compareLoad, type CompareOptions, type LoadResult, type LoadTarget } from './load';

/** About 45 seconds in all: two scenarios, each two warm-ups and five rounds of both sides. */
const LOAD: CompareOptions = { connections: 50, warmUpSeconds: 1, seconds: 2, rounds: 5 };
const TABLE = 'items';
const ITEM = { id: 'item-1', name: 'first item', count: 7 };

const SCENARIOS = [
  { name: 'trivial', request: { query: 'query Ping { ping }', operationName: 'Ping' } },
  {
    name: 'getItem',
    request: { query: 'query Item($id: ID!) { item(id: $id) { id name count } }', operationName: 'Item', variables: { id: ITEM.id } },
  },
] as const;

/** The answers both servers must give before their speed means anything. */
const EXPECTED = { trivial: { data: { ping: 'pong' } }, getItem: { data: { item: ITEM } } };

async function main(): Promise<void> {
  const engine = await startLocalApi({
    apiDirectory: path.join(__dirname, 'fixtures', 'bench-api'),
    port: 0,
    store: { inMemory: true },
    log: () => undefined,
  });
  const baselineStore = await createStoreClient({ inMemory: true });
  const documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: baselineStore.endpoint, region: baselineStore.region, credentials: LOCAL_IAM_CREDENTIAL }),
  );
  try {
    const tables = engine.description.definition.tables ?? {};
    await ensureTables(baselineStore, [{ ...tables[TABLE]!, tableName: TABLE }]);
    await documents.send(new PutCommand({ TableName: TABLE, Item: ITEM }));
    await engine.store.call('PutItem', { TableName: TABLE, Item: { id: { S: ITEM.id }, name: { S: ITEM.name }, count: { N: String(ITEM.count) } } });
    const baseline = await startBaselineServer({ schemaSdl: engine.description.schemaSdl, apiKey: engine.apiKey!, documents, tableName: TABLE });
    try {
      const ratios: string[] = [];
      for (const scenario of SCENARIOS) {
        const body = JSON.stringify(scenario.request);
        const headers = { 'x-api-key': engine.apiKey! };
        const targets = { engine: { url: engine.graphqlUrl, headers, body }, baseline: { url: baseline.graphqlUrl, headers, body } };
        for (const target of Object.values(targets)) await expectAnswer(target, EXPECTED[scenario.name]);
        const comparison = await compareLoad(targets, LOAD);
        printResult(scenario.name, 'engine', comparison.engine);
        printResult(scenario.name, 'baseline', comparison.baseline);
        ratios.push(`ratio ${scenario.name} ${comparison.ratio.toFixed(2)}`);
      }
      for (const line of ratios) console.log(line);
    } finally {
      await baseline.close();
    }
  } finally {
    documents.destroy();
    await baselineStore.close();
    await engine.close();
  }
}

function printResult(scenario: string, side: string, result: LoadResult): void {
  const perSecond = Math.round(result.requestsPerSecond).toLocaleString('en-US');
  console.log(`${scenario.padEnd(8)} ${side.padEnd(9)} ${perSecond.padStart(7)} req/s   p99 ${result.p99} ms`);
}

async function expectAnswer(target: LoadTarget, expected: unknown): Promise<void> {
  const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: target.body });
  const text = await response.text();
  if (response.status !== 200 || text !== JSON.stringify(expected)) {
    throw new Error(`${target.url} answered ${response.status} ${text}, expected ${JSON.stringify(expected)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
