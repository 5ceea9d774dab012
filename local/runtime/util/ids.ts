import type { Util } from '@aws-appsync/utils';
import { encodeTime } from 'ulid';
import type { RuntimeDeps } from './deps';

type IdUtils = Pick<Util, 'autoId' | 'autoUlid' | 'autoKsuid'>;

/**
 * The id generators of `util`: a version 4 UUID, a ULID and a KSUID, all drawn from the injected
 * environment so tests can fix the clock and the random source.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
export function createIdUtils({ env }: RuntimeDeps): IdUtils {
  return {
    autoId: () => env.randomUUID(),
    autoUlid: () => ulid(env.now(), env.randomBytes(ULID_RANDOM_BYTES)),
    autoKsuid: () => ksuid(env.now(), env.randomBytes(KSUID_RANDOM_BYTES)),
  };
}

/** ULID: 48-bit millisecond time (10 characters) then 80 random bits (16 characters), Crockford base32. */
const ULID_RANDOM_BYTES = 10;
const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function ulid(nowMs: number, random: Uint8Array): string {
  return encodeTime(nowMs, 10) + encodeDigits(toBigInt(random), CROCKFORD_BASE32, 16);
}

/**
 * KSUID (https://github.com/segmentio/ksuid): a 4-byte count of seconds since the KSUID epoch, then a
 * 16-byte random payload, the 20 bytes written in base62 as 27 characters.
 */
const KSUID_RANDOM_BYTES = 16;
const KSUID_EPOCH_SECONDS = 1_400_000_000;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function ksuid(nowMs: number, random: Uint8Array): string {
  const timestamp = Math.floor(nowMs / 1000) - KSUID_EPOCH_SECONDS;
  const bytes = new Uint8Array(4 + random.length);
  new DataView(bytes.buffer).setUint32(0, timestamp >>> 0);
  bytes.set(random, 4);
  return encodeDigits(toBigInt(bytes), BASE62, 27);
}

function toBigInt(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
}

/** `value` written in the alphabet's base, left-padded with the zero digit to exactly `length` digits. */
function encodeDigits(value: bigint, alphabet: string, length: number): string {
  const base = BigInt(alphabet.length);
  let rest = value;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    out = alphabet[Number(rest % base)] + out;
    rest /= base;
  }
  return out;
}
