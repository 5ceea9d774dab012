import type { IncomingMessage } from 'node:http';
import { readHandshake, selectProtocol } from '../../../local/realtime/handshake';

const request = (url: string, protocols?: string) =>
  ({ url, headers: protocols === undefined ? {} : { 'sec-websocket-protocol': protocols } }) as unknown as IncomingMessage;

describe('readHandshake', () => {
  // A header whose base64 holds '+' and '/', and whose base64url holds '-' and '_'.
  const header = { host: 'example.com', Authorization: 'token>>>???' };
  const base64 = Buffer.from(JSON.stringify(header)).toString('base64');

  it('reads the header subprotocol (base64url, no padding)', () => {
    const encoded = Buffer.from(JSON.stringify(header)).toString('base64url');
    expect(readHandshake(request('/graphql/realtime', `graphql-ws, header-${encoded}`))).toEqual({ header });
  });

  it('reads the header query parameter, URL-encoded or sent raw with its + unescaped', () => {
    expect(base64).toMatch(/[+/]/);
    expect(readHandshake(request(`/graphql/realtime?header=${encodeURIComponent(base64)}&payload=e30=`, 'graphql-ws'))).toEqual({ header });
    expect(readHandshake(request(`/graphql/realtime?header=${base64}&payload=e30=`, 'graphql-ws'))).toEqual({ header });
  });

  it('keeps only string values, and reads an undecodable header as no credentials', () => {
    const mixed = Buffer.from(JSON.stringify({ host: 'h', n: 1, nested: {} })).toString('base64');
    expect(readHandshake(request(`/r?header=${mixed}`, 'graphql-ws')).header).toEqual({ host: 'h' });
    expect(readHandshake(request('/r?header=%%%', 'graphql-ws')).header).toEqual({});
  });

  it('names a missing or unsupported subprotocol', () => {
    expect(readHandshake(request('/r')).protocolError?.errorType).toBe('NoProtocolError');
    expect(readHandshake(request('/r', 'graphql-transport-ws')).protocolError?.errorType).toBe('SubProtocolNotSupportedError');
  });
});

describe('selectProtocol', () => {
  it('accepts graphql-ws, else another offered protocol so the client can read the refusal, never a header', () => {
    expect(selectProtocol(new Set(['header-abc', 'graphql-ws']))).toBe('graphql-ws');
    expect(selectProtocol(new Set(['header-abc', 'graphql-transport-ws']))).toBe('graphql-transport-ws');
    expect(selectProtocol(new Set(['header-abc']))).toBe(false);
  });
});
