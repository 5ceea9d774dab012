import { decodeTime, isValid } from 'ulid';
import { createIdUtils } from '../../../../local/runtime/util/ids';
import { testDeps } from './deps';

// https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html ("ID generation utils")

function idsWith(now: number, fill: number) {
  return createIdUtils(
    testDeps({
      now: () => now,
      randomUUID: () => 'a1b2c3d4-0000-4000-8000-00000000000f',
      randomBytes: (n) => new Uint8Array(n).fill(fill),
    }),
  );
}

describe('util.autoId', () => {
  test('is the environment’s version 4 UUID', () => {
    expect(idsWith(0, 0).autoId()).toBe('a1b2c3d4-0000-4000-8000-00000000000f');
  });

  test('with the default environment, is a fresh random UUID v4 each time', () => {
    const ids = createIdUtils(testDeps());
    const [a, b] = [ids.autoId(), ids.autoId()];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});

describe('util.autoUlid', () => {
  // The time part of the ULID specification's example: 1469918176385 → 01ARYZ6S41.
  test('encodes the clock in the first 10 characters and 80 random bits in the last 16', () => {
    expect(idsWith(1469918176385, 0x00).autoUlid()).toBe('01ARYZ6S410000000000000000');
    expect(idsWith(1469918176385, 0xff).autoUlid()).toBe('01ARYZ6S41ZZZZZZZZZZZZZZZZ');
  });

  test('is a valid ULID whose time decodes to the clock', () => {
    const now = Date.parse('2024-05-01T12:34:56.789Z');
    const id = idsWith(now, 7).autoUlid();
    expect(isValid(id)).toBe(true);
    expect(decodeTime(id)).toBe(now);
    expect(id).toBe('01HWT2D74N0W3GE1R70W3GE1R7');
  });

  test('sorts by time', () => {
    expect(idsWith(1_000, 0xff).autoUlid() < idsWith(1_001, 0x00).autoUlid()).toBe(true);
  });

  test('with the default environment, differs between calls', () => {
    const ids = createIdUtils(testDeps());
    expect(ids.autoUlid()).not.toBe(ids.autoUlid());
    expect(ids.autoUlid()).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});

describe('util.autoKsuid', () => {
  const ksuidEpochMs = 1_400_000_000_000;

  // The example of the KSUID reference implementation (github.com/segmentio/ksuid):
  // timestamp 107608047, payload B5A1CD34B5F99D1154FB6853345C9735 → 0ujtsYcgvSTl8PAuAdqWYSMnLOv.
  test('matches the reference example', () => {
    const payload = Buffer.from('B5A1CD34B5F99D1154FB6853345C9735', 'hex');
    const ids = createIdUtils(
      testDeps({ now: () => ksuidEpochMs + 107608047 * 1000 + 999, randomBytes: () => payload }),
    );
    expect(ids.autoKsuid()).toBe('0ujtsYcgvSTl8PAuAdqWYSMnLOv');
  });

  test('spans 000… to the reference maximum aWgEPTl1tmebfsQzFP4bxwgy80V, always 27 characters', () => {
    expect(idsWith(ksuidEpochMs, 0x00).autoKsuid()).toBe('000000000000000000000000000');
    expect(idsWith(ksuidEpochMs + 0xffffffff * 1000, 0xff).autoKsuid()).toBe('aWgEPTl1tmebfsQzFP4bxwgy80V');
  });

  test('sorts by time', () => {
    expect(idsWith(ksuidEpochMs + 5_000, 0xff).autoKsuid() < idsWith(ksuidEpochMs + 6_000, 0x00).autoKsuid()).toBe(
      true,
    );
  });

  test('with the default environment, is 27 base62 characters and differs between calls', () => {
    const ids = createIdUtils(testDeps());
    expect(ids.autoKsuid()).toMatch(/^[0-9A-Za-z]{27}$/);
    expect(ids.autoKsuid()).not.toBe(ids.autoKsuid());
  });
});
