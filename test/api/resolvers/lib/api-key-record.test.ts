import { apiKeyRequest, apiKeyStatus, toApiKey, type ApiKeyRecord } from '../../../../resolvers/lib/api-key-record';

describe('developer keys', () => {
  const record = { id: 'k', name: 'n', prefix: 'toy_abc', scopes: ['ITEMS_READ'], createdAt: 't' } as unknown as ApiKeyRecord;

  it('are ACTIVE until revoked or expired', () => {
    expect(apiKeyStatus({}, 100)).toBe('ACTIVE');
    expect(apiKeyStatus({ expiresAtEpoch: 101 }, 100)).toBe('ACTIVE');
    expect(apiKeyStatus({ expiresAtEpoch: 100 }, 100)).toBe('EXPIRED');
    expect(apiKeyStatus({ revokedAt: 'x', expiresAtEpoch: 101 }, 100)).toBe('REVOKED');
    expect(toApiKey(record, 0)).toEqual({ id: 'k', name: 'n', prefix: 'toy_abc', scopes: ['ITEMS_READ'], status: 'ACTIVE', createdAt: 't', expiresAt: null, revokedAt: null });
  });

  it('requests: a name, 1–365 days, ITEMS_READ by default, no repeats', () => {
    expect(apiKeyRequest({ name: ' ci ' })).toEqual({ ok: true, value: { name: 'ci', expiresInDays: null, scopes: ['ITEMS_READ'] } });
    expect(apiKeyRequest({ name: 'ci', scopes: ['ITEMS_WRITE', 'ITEMS_WRITE'] })).toMatchObject({ value: { scopes: ['ITEMS_WRITE'] } });
    expect(apiKeyRequest({ name: '' })).toMatchObject({ ok: false, problem: { field: 'name' } });
    expect(apiKeyRequest({ name: 'ci', expiresInDays: 366 })).toMatchObject({ ok: false, problem: { field: 'expiresInDays' } });
    expect(apiKeyRequest({ name: 'ci', expiresInDays: 0 })).toMatchObject({ ok: false });
    expect(apiKeyRequest({ name: 'ci', scopes: [] })).toMatchObject({ ok: false, problem: { field: 'scopes' } });
  });
});
