import { randomBytes, randomUUID } from 'node:crypto';

/**
 * What the runtime takes from the outside world. Injected so tests are deterministic: a fixed clock makes
 * `util.time.nowISO8601()` repeatable, a seeded id source makes `util.autoId()` repeatable.
 */
export interface RuntimeEnvironment {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
  /** A random version 4 UUID, lower case. */
  randomUUID(): string;
  /** `size` random bytes (ULID and KSUID payloads). */
  randomBytes(size: number): Uint8Array;
}

export interface RuntimeEnvironmentOptions {
  /** @default Date.now */
  readonly now?: () => number;
  /** @default crypto.randomUUID */
  readonly randomUUID?: () => string;
  /** @default crypto.randomBytes */
  readonly randomBytes?: (size: number) => Uint8Array;
}

export function createEnvironment(options: RuntimeEnvironmentOptions = {}): RuntimeEnvironment {
  return {
    now: options.now ?? Date.now,
    randomUUID: options.randomUUID ?? randomUUID,
    randomBytes: options.randomBytes ?? ((size) => randomBytes(size)),
  };
}
