/**
 * Isolation of gateway writes: transactions racing single-item writes, through the in-process API and through
 * AWS SDK clients on the HTTP endpoint at the same time.
 */
import { TransactGetItemsCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';

import { createStoreClient, type LocalStoreClient } from '../../../local/store/store-client';
import type { JsonObject } from '../../../local/store/dynalite-internals';
import { createTestTables, getNote, note, sdkClient } from './store-fixtures';

describe('isolation of writes through the gateway', () => {
  let store: LocalStoreClient;

  beforeEach(async () => {
    store = await createStoreClient();
    await createTestTables(store);
  });

  afterEach(() => store.close());

  const addTo = (id: string, amount: number): JsonObject => ({
    TableName: 'Notes',
    Key: { id: { S: id } },
    UpdateExpression: 'ADD n :amount',
    ExpressionAttributeValues: { ':amount': { N: String(amount) } },
  });

  it('loses no update when transactions race single-item writes on the same items', async () => {
    const sdk = sdkClient(store.endpoint);
    try {
      const singles = Array.from({ length: 40 }, (_, i) =>
        i % 2 ? store.call('UpdateItem', addTo(i % 4 === 1 ? 'a' : 'b', 1)) : sdk.send(new UpdateItemCommand(addTo('a', 1) as never)),
      );
      const transactions = Array.from({ length: 10 }, () =>
        store.call('TransactWriteItems', { TransactItems: [{ Update: addTo('a', 100) }, { Update: addTo('b', 100) }] }),
      );
      const batches = Array.from({ length: 5 }, (_, i) =>
        store.call('BatchWriteItem', { RequestItems: { Notes: [{ PutRequest: { Item: note(`batch-${i}`) } }] } }),
      );
      await Promise.all([...singles, ...transactions, ...batches]);
    } finally {
      sdk.destroy();
    }
    // a: 20 SDK adds + 10 in-process adds + 10 × 100; b: 10 in-process adds + 10 × 100.
    expect((await getNote(store, 'a'))?.n).toEqual({ N: String(20 + 10 + 1000) });
    expect((await getNote(store, 'b'))?.n).toEqual({ N: String(10 + 1000) });
    expect(store.gateway.lockedItemCount).toBe(0);
  });

  it('never lets a reader see half of a transaction', async () => {
    const sdk = sdkClient(store.endpoint);
    const readBoth = new TransactGetItemsCommand({
      TransactItems: ['a', 'b'].map((id) => ({ Get: { TableName: 'Notes', Key: { id: { S: id } } } })),
    });
    try {
      const writes = Array.from({ length: 15 }, (_, i) =>
        store.call('TransactWriteItems', {
          TransactItems: ['a', 'b'].map((id) => ({ Put: { TableName: 'Notes', Item: note(id, { version: { N: String(i) } }) } })),
        }),
      );
      const reads = Array.from({ length: 15 }, () => sdk.send(readBoth));
      const [, snapshots] = await Promise.all([Promise.all(writes), Promise.all(reads)]);
      for (const { Responses } of snapshots) {
        expect(Responses?.[0]?.Item?.version).toEqual(Responses?.[1]?.Item?.version);
      }
    } finally {
      sdk.destroy();
    }
  });

  it('evaluates a transaction condition against the values it then writes over', async () => {
    // Each transaction moves 1 from a to b only if a is still positive; racing adds to a must not let a go below 0.
    await store.call('PutItem', { TableName: 'Notes', Item: note('a', { n: { N: '5' } }) });
    const move = () =>
      store
        .call('TransactWriteItems', {
          TransactItems: [
            { Update: { ...addTo('a', -1), ConditionExpression: 'n > :zero', ExpressionAttributeValues: { ':amount': { N: '-1' }, ':zero': { N: '0' } } } },
            { Update: addTo('b', 1) },
          ],
        })
        .then(
          () => 'moved',
          (error: { type?: string }) => error.type,
        );
    const outcomes = await Promise.all([...Array.from({ length: 12 }, move), store.call('UpdateItem', addTo('a', 2)).then(() => 'added')]);
    const moved = outcomes.filter((outcome) => outcome === 'moved').length;
    expect(outcomes.filter((outcome) => outcome !== 'moved' && outcome !== 'added')).toEqual(
      Array(12 - moved).fill('TransactionCanceledException'),
    );
    expect((await getNote(store, 'a'))?.n).toEqual({ N: String(5 + 2 - moved) });
    expect((await getNote(store, 'b'))?.n).toEqual({ N: String(moved) });
    expect(5 + 2 - moved).toBeGreaterThanOrEqual(0);
  });
});
