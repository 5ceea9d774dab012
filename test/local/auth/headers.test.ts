import { flattenHeaders, headerValue } from '../../../local/auth/headers';

describe('headerValue', () => {
  it("finds a header under Node's lower-case name", () => {
    expect(headerValue({ 'x-api-key': 'k', host: 'h' }, 'X-Api-Key')).toBe('k');
  });

  it('finds a header whatever the case of its name (a handshake header object keeps the client’s case)', () => {
    expect(headerValue({ Host: 'h', 'X-Api-Key': 'k' }, 'x-api-key')).toBe('k');
    expect(headerValue({ AUTHORIZATION: 'token' }, 'Authorization')).toBe('token');
  });

  it('joins a repeated header with commas (RFC 9110 5.3)', () => {
    expect(headerValue({ 'x-forwarded-for': ['1.1.1.1', '2.2.2.2'] }, 'x-forwarded-for')).toBe('1.1.1.1,2.2.2.2');
  });

  it('answers undefined for a missing header or one whose value is undefined', () => {
    expect(headerValue({ host: 'h' }, 'authorization')).toBeUndefined();
    expect(headerValue({ authorization: undefined, Authorization: 'late' }, 'authorization')).toBe('late');
    expect(headerValue(Object.create(null) as Record<string, string>, 'host')).toBeUndefined();
  });
});

describe('flattenHeaders', () => {
  it('lower-cases names and joins repeated values', () => {
    expect(flattenHeaders({ 'X-Trace': 'a', 'set-cookie': ['c=1', 'd=2'], missing: undefined })).toEqual({ 'x-trace': 'a', 'set-cookie': 'c=1,d=2' });
  });
});
