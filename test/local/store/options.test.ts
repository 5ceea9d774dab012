import { StoreConfigError } from '../../../local/store/errors';
import { isRemoteStoreOptions, resolveLocalStoreOptions } from '../../../local/store/options';

describe('store options', () => {
  it('defaults to an in-memory store on a free port with the system clock and no periodic sweeps', () => {
    const resolved = resolveLocalStoreOptions();
    expect(resolved).toMatchObject({ dataDir: undefined, port: 0, clock: Date.now, ttlSweepIntervalMs: undefined, tableStatusDelayMs: 0 });
  });

  it('keeps data on disk when given a directory', () => {
    expect(resolveLocalStoreOptions({ dataDir: 'data' }).dataDir).toBe('data');
    expect(resolveLocalStoreOptions({ inMemory: false, dataDir: 'data' }).dataDir).toBe('data');
  });

  it('refuses contradictions', () => {
    expect(() => resolveLocalStoreOptions({ inMemory: true, dataDir: 'data' })).toThrow(StoreConfigError);
    expect(() => resolveLocalStoreOptions({ inMemory: false })).toThrow(StoreConfigError);
    expect(() => resolveLocalStoreOptions({ ttlSweepIntervalMs: 0 })).toThrow(StoreConfigError);
  });

  it('means a real DynamoDB endpoint when given one', () => {
    expect(isRemoteStoreOptions({ endpoint: 'https://dynamodb.eu-west-1.amazonaws.com' })).toBe(true);
    expect(isRemoteStoreOptions({ port: 8000 })).toBe(false);
  });
});
