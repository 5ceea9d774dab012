import { StoreGateway } from '../../../local/store/store-gateway';
import { createTestTables, getNote, note } from './store-fixtures';

// Rules from https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/time-to-live-ttl-before-you-start.html
describe('TTL sweeping', () => {
  const start = Date.UTC(2030, 0, 1);
  const nowSeconds = start / 1000;
  let now: number;
  let gateway: StoreGateway;

  const putNote = (id: string, expiresAt: object) => gateway.call('PutItem', { TableName: 'Notes', Item: note(id, { expiresAt }) });

  beforeEach(async () => {
    now = start;
    gateway = await StoreGateway.open({ clock: () => now });
    await createTestTables(gateway); // Notes has TTL on expiresAt
  });

  afterEach(() => gateway.close());

  it('deletes items whose TTL is a past epoch-seconds Number, and only those', async () => {
    await putNote('expired', { N: String(nowSeconds - 1) });
    await putNote('expired-fraction', { N: String(nowSeconds - 0.5) });
    await putNote('future', { N: String(nowSeconds + 60) });
    await putNote('exactly-now', { N: String(nowSeconds) });
    await putNote('string', { S: String(nowSeconds - 60) });
    await putNote('nested', { M: { at: { N: String(nowSeconds - 60) } } });
    await gateway.call('PutItem', { TableName: 'Notes', Item: note('no-ttl') });
    expect(await gateway.sweepExpired()).toBe(2);
    expect(await getNote(gateway, 'expired')).toBeUndefined();
    expect(await getNote(gateway, 'expired-fraction')).toBeUndefined();
    for (const kept of ['future', 'exactly-now', 'string', 'nested', 'no-ttl']) expect(await getNote(gateway, kept)).toBeDefined();
  });

  it('ignores TTL values more than five years in the past', async () => {
    const fiveYearsAgo = Date.UTC(2025, 0, 1) / 1000;
    await putNote('just-inside', { N: String(fiveYearsAgo) });
    await putNote('too-old', { N: String(fiveYearsAgo - 1) });
    expect(await gateway.sweepExpired()).toBe(1);
    expect(await getNote(gateway, 'just-inside')).toBeUndefined();
    expect(await getNote(gateway, 'too-old')).toBeDefined();
  });

  it('leaves expired items readable until a sweep, as DynamoDB does', async () => {
    await putNote('a', { N: String(nowSeconds + 10) });
    now += 60_000;
    expect(await getNote(gateway, 'a')).toBeDefined();
    const { Count } = await gateway.call('Scan', { TableName: 'Notes' });
    expect(Count).toBe(1);
    await gateway.sweepExpired();
    expect(await getNote(gateway, 'a')).toBeUndefined();
  });

  it('sweeps only tables with TTL enabled, and follows the attribute named', async () => {
    await gateway.call('PutItem', { TableName: 'Events', Item: { pk: { S: 'p' }, sk: { N: '1' }, expiresAt: { N: '1' }, until: { N: String(nowSeconds - 1) } } });
    expect(await gateway.sweepExpired()).toBe(0);
    await gateway.call('UpdateTimeToLive', { TableName: 'Events', TimeToLiveSpecification: { AttributeName: 'until', Enabled: true } });
    expect(await gateway.sweepExpired()).toBe(1);
  });

  it('sweeps every page of a large table', async () => {
    const big = 'x'.repeat(20_000);
    for (let i = 0; i < 60; i += 1) {
      await gateway.call('PutItem', { TableName: 'Notes', Item: note(`n${i}`, { expiresAt: { N: String(nowSeconds - 1) }, big: { S: big } }) });
    }
    // 60 × 20 KB is more than one 1 MB scan page.
    const firstPage = await gateway.call('Scan', { TableName: 'Notes' });
    expect(firstPage.LastEvaluatedKey).toBeDefined();
    expect(await gateway.sweepExpired()).toBe(60);
    expect((await gateway.call('Scan', { TableName: 'Notes' })).Count).toBe(0);
  });

  it('sweeps periodically when asked to, on a timer that does not keep the process alive', async () => {
    const timersBefore = process.getActiveResourcesInfo().filter((type) => type === 'Timeout').length;
    const periodic = await StoreGateway.open({ clock: () => now, ttlSweepIntervalMs: 5 });
    try {
      expect(process.getActiveResourcesInfo().filter((type) => type === 'Timeout').length).toBe(timersBefore);
      await createTestTables(periodic);
      await periodic.call('PutItem', { TableName: 'Notes', Item: note('a', { expiresAt: { N: String(nowSeconds - 1) } }) });
      for (let waited = 0; (await getNote(periodic, 'a')) && waited < 2000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await getNote(periodic, 'a')).toBeUndefined();
    } finally {
      await periodic.close();
    }
  });
});
