import path from 'node:path';
import { parse } from 'graphql';
import { buildAppSyncSchema } from '../../../local/api/schema';
import { describeApi } from '../../../local/api/describe';
import { createNoneDataSource } from '../../../local/datasources/none';
import { DeprecatedFieldUsage, clientOf, deprecatedFieldsOf } from '../../../local/execution/deprecated-usage';
import { ExecutionEngine, type RequestAuthorization } from '../../../local/execution/engine';
import { AppSyncRuntime } from '../../../local/runtime/evaluator';

const FIXTURE = path.join(__dirname, 'fixtures/deprecated-fields-api');
const API_KEY_CALLER: RequestAuthorization = { identity: null, authType: 'API Key Authorization', isFieldAllowed: () => true };

describe('deprecated fields of a schema', () => {
  it('lists every deprecated field of object and interface types with its reason', () => {
    const schema = describeApi(FIXTURE).schema;
    expect(deprecatedFieldsOf(schema).map((f) => `${f.typeName}.${f.fieldName}: ${f.reason}`)).toEqual([
      'Node.legacyId: Use id. Removal after 2027-01-31.',
      'Item.legacyId: Use id. Removal after 2027-01-31.',
      'Item.userId: Use ownerId. Removal after 2027-05-31.',
      'Query.oldItems: Use items. Removal after 2027-03-31.',
    ]);
  });

  it('names the client by x-client-name, else by user agent', () => {
    expect(clientOf({ 'x-client-name': 'web-app', 'user-agent': 'Mozilla/5.0' })).toBe('web-app');
    expect(clientOf({ 'user-agent': 'okhttp/4.12.0' })).toBe('okhttp/4.12.0');
    expect(clientOf({})).toBe('unknown');
  });
});

describe('the engine counting deprecated field uses', () => {
  const description = describeApi(FIXTURE);
  const lines: string[] = [];
  const usage = new DeprecatedFieldUsage(description.schema, { log: (line) => lines.push(line) });
  const engine = new ExecutionEngine({ description, runtime: new AppSyncRuntime(), dataSources: { none: createNoneDataSource() }, deprecatedFieldUsage: usage });
  const run = (query: string, headers: Record<string, string>, operationName?: string) => engine.execute({ query, headers, operationName }, API_KEY_CALLER);

  it('counts one use per request, operation, field and client, however often the field resolves, and logs each', async () => {
    const query = 'query MyItems { items { id userId ...Legacy } } fragment Legacy on Item { legacyId userId }';
    const response = await run(query, { 'x-client-name': 'web-app' });
    expect(response.data?.items).toHaveLength(3);
    await run(query, { 'x-client-name': 'web-app' });
    await run(query, { 'user-agent': 'okhttp/4.12.0' });
    await run('{ items { id ownerId } }', { 'x-client-name': 'web-app' });
    expect(usage.snapshot()).toEqual([
      { field: 'Item.legacyId', operation: 'MyItems', client: 'okhttp/4.12.0', count: 1, reason: 'Use id. Removal after 2027-01-31.' },
      { field: 'Item.legacyId', operation: 'MyItems', client: 'web-app', count: 2, reason: 'Use id. Removal after 2027-01-31.' },
      { field: 'Item.userId', operation: 'MyItems', client: 'okhttp/4.12.0', count: 1, reason: 'Use ownerId. Removal after 2027-05-31.' },
      { field: 'Item.userId', operation: 'MyItems', client: 'web-app', count: 2, reason: 'Use ownerId. Removal after 2027-05-31.' },
    ]);
    expect(lines[0]).toBe('deprecated field Item.userId used by operation MyItems (client: web-app), use 1: Use ownerId. Removal after 2027-05-31.');
    expect(lines).toHaveLength(6);
  });
});

describe('DeprecatedFieldUsage', () => {
  const schema = buildAppSyncSchema(`
    interface Node { id: ID! legacyId: ID @deprecated(reason: "Use id. Removal after 2027-01-31.") }
    type Item implements Node { id: ID! legacyId: ID @deprecated(reason: "Use id. Removal after 2027-01-31.") userId: ID @deprecated(reason: "Use ownerId. Removal after 2027-05-31.") }
    type Query { node: Node oldItems: [Item] @deprecated(reason: "Use items. Removal after 2027-03-31.") }
  `);
  const fresh = () => {
    const lines: string[] = [];
    return { usage: new DeprecatedFieldUsage(schema, { log: (l) => lines.push(l) }), lines };
  };

  it('counts only the operation the request runs, with the fragments it spreads', () => {
    const { usage } = fresh();
    const document = parse('query A { node { id } } query B { oldItems { ...F } } fragment F on Item { userId }');
    expect(usage.record(document, { operationName: 'A', headers: {} })).toEqual([]);
    expect(usage.record(document, { operationName: 'B', headers: {} }).map((u) => u.field)).toEqual(['Query.oldItems', 'Item.userId']);
  });

  it('sees deprecated fields of interfaces and behind inline fragments, in anonymous operations', () => {
    const { usage, lines } = fresh();
    const uses = usage.record(parse('{ node { legacyId ... on Item { userId } } }'), { headers: { 'x-client-name': 'ios' } });
    expect(uses).toEqual([
      { operation: '(anonymous query)', field: 'Node.legacyId', client: 'ios' },
      { operation: '(anonymous query)', field: 'Item.userId', client: 'ios' },
    ]);
    expect(lines).toHaveLength(2);
  });

  it('counts nothing for a request whose operation the document lacks', () => {
    const { usage } = fresh();
    expect(usage.record(parse('query A { oldItems { userId } }'), { operationName: 'Missing', headers: {} })).toEqual([]);
    expect(usage.snapshot()).toEqual([]);
  });
});
