import { ensureTables, toCreateTableInput } from '../../../local/store/create-tables';
import { TableSetupError } from '../../../local/store/errors';
import { StoreGateway } from '../../../local/store/store-gateway';
import type { TableDefinition } from '../../../local/store/table-definition';
import { EVENTS, NOTES } from './store-fixtures';

describe('table creation from definitions', () => {
  let gateway: StoreGateway;

  beforeEach(async () => {
    gateway = await StoreGateway.open({ tableStatusDelayMs: 30 });
  });

  afterEach(() => gateway.close());

  it('turns a definition into an on-demand CreateTable request', () => {
    const definition: TableDefinition = {
      tableName: 'Posts',
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'N' },
      globalSecondaryIndexes: [
        { indexName: 'byAuthor', partitionKey: { name: 'author', type: 'S' }, sortKey: { name: 'sk', type: 'N' }, projection: { type: 'INCLUDE', nonKeyAttributes: ['title'] } },
        { indexName: 'byTag', partitionKey: { name: 'tag', type: 'S' }, projection: { type: 'KEYS_ONLY' } },
      ],
    };
    expect(toCreateTableInput(definition)).toEqual({
      TableName: 'Posts',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
        { AttributeName: 'author', AttributeType: 'S' },
        { AttributeName: 'tag', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byAuthor',
          KeySchema: [{ AttributeName: 'author', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['title'] },
        },
        { IndexName: 'byTag', KeySchema: [{ AttributeName: 'tag', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
      ],
    });
  });

  it('refuses a key attribute declared with two types', () => {
    const conflicting: TableDefinition = {
      tableName: 'Bad',
      partitionKey: { name: 'pk', type: 'S' },
      globalSecondaryIndexes: [{ indexName: 'byPk', partitionKey: { name: 'pk', type: 'N' } }],
    };
    expect(() => toCreateTableInput(conflicting)).toThrow(TableSetupError);
  });

  it('creates missing tables, waits until they are ACTIVE, enables TTL, and skips existing ones', async () => {
    expect(await ensureTables(gateway, [EVENTS], { pollIntervalMs: 5 })).toEqual({ created: ['Events'], existing: [] });
    const result = await ensureTables(gateway, [NOTES, EVENTS], { pollIntervalMs: 5 });
    expect(result).toEqual({ created: ['Notes'], existing: ['Events'] });
    const { Table } = await gateway.call('DescribeTable', { TableName: 'Notes' });
    expect(Table).toMatchObject({ TableStatus: 'ACTIVE', GlobalSecondaryIndexes: [{ IndexName: 'byStatus', IndexStatus: 'ACTIVE' }] });
    expect(await gateway.call('DescribeTimeToLive', { TableName: 'Notes' })).toEqual({
      TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' },
    });
    expect(await ensureTables(gateway, [NOTES, EVENTS])).toEqual({ created: [], existing: ['Notes', 'Events'] });
  });

  it('refuses an existing table whose TTL is on another attribute', async () => {
    await ensureTables(gateway, [NOTES], { pollIntervalMs: 5 });
    await expect(ensureTables(gateway, [{ ...NOTES, ttlAttribute: 'other' }])).rejects.toThrow(
      new TableSetupError('Notes already has TTL on attribute expiresAt, not other'),
    );
  });

  it('gives up waiting after the timeout', async () => {
    const slow = await StoreGateway.open({ tableStatusDelayMs: 300 });
    try {
      const sleeps: number[] = [];
      const sleep = async (ms: number) => {
        sleeps.push(ms);
      };
      await expect(ensureTables(slow, [EVENTS], { sleep, pollIntervalMs: 10, maxPollIntervalMs: 40, timeoutMs: 100 })).rejects.toThrow(
        new TableSetupError('Events did not become ACTIVE in time'),
      );
      expect(sleeps).toEqual([10, 20, 40, 40]);
    } finally {
      await slow.close();
    }
  });
});
