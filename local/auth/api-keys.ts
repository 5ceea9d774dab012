import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import { AuthConfigurationError, unauthorized } from './errors';

/**
 * API_KEY: the keys of one API, with AppSync's validity rules. Keys are `da2-` keys (the current version):
 * times in seconds since the epoch, expiry rounded down to the hour, 1 to 365 days from creation (7 by
 * default), kept 60 days after they expire and then deleted. A request names its key in `x-api-key`.
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_ApiKey.html
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateApiKey.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization
 */

const HOUR_SECONDS = 3600;
const DAY_SECONDS = 24 * HOUR_SECONDS;
const DEFAULT_VALIDITY_DAYS = 7;
const MIN_VALIDITY_DAYS = 1;
const MAX_VALIDITY_DAYS = 365;
const RETENTION_AFTER_EXPIRY_DAYS = 60;
const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const KEY_RANDOM_LENGTH = 26;

/** As the AppSync API returns it. */
export interface ApiKey {
  readonly id: string;
  readonly description?: string;
  /** Seconds since the epoch; the key stops working at this time. */
  readonly expires: number;
  /** Seconds since the epoch; the key is gone at this time. */
  readonly deletes: number;
}

export interface CreateApiKeyInput {
  readonly description?: string;
  /** Seconds since the epoch. @default 7 days from now */
  readonly expires?: number;
}

/** A key configured as-is (from a config file, or recreated after a restart). */
export interface ExistingApiKey {
  readonly id: string;
  readonly description?: string;
  readonly expires: number;
}

export interface ApiKeyRegistryOptions {
  readonly keys?: readonly ExistingApiKey[];
  /** Milliseconds since the epoch. @default Date.now */
  readonly now?: () => number;
  /** @default crypto.randomBytes */
  readonly randomBytes?: (size: number) => Uint8Array;
}

export class ApiKeyRegistry {
  private readonly keys = new Map<string, ApiKey>();
  private readonly now: () => number;
  private readonly randomBytes: (size: number) => Uint8Array;

  constructor(options: ApiKeyRegistryOptions = {}) {
    this.now = options.now ?? Date.now;
    this.randomBytes = options.randomBytes ?? ((size) => cryptoRandomBytes(size));
    for (const key of options.keys ?? []) this.add(key);
  }

  /** As CreateApiKey: validity checked against now, then rounded down to the hour. */
  create(input: CreateApiKeyInput = {}): ApiKey {
    const nowSeconds = Math.floor(this.now() / 1000);
    const expires = input.expires ?? nowSeconds + DEFAULT_VALIDITY_DAYS * DAY_SECONDS;
    if (expires < nowSeconds + MIN_VALIDITY_DAYS * DAY_SECONDS) {
      throw new AuthConfigurationError(
        'ApiKeyValidityOutOfBoundsException',
        `API key must be valid for a minimum of ${MIN_VALIDITY_DAYS} days.`,
      );
    }
    if (expires > nowSeconds + MAX_VALIDITY_DAYS * DAY_SECONDS) {
      throw new AuthConfigurationError(
        'ApiKeyValidityOutOfBoundsException',
        `API key must be valid for a maximum of ${MAX_VALIDITY_DAYS} days.`,
      );
    }
    return this.add({
      id: this.newKeyId(),
      description: input.description,
      expires: Math.floor(expires / HOUR_SECONDS) * HOUR_SECONDS,
    });
  }

  add(key: ExistingApiKey): ApiKey {
    const stored: ApiKey = { ...key, deletes: key.expires + RETENTION_AFTER_EXPIRY_DAYS * DAY_SECONDS };
    this.keys.set(key.id, stored);
    return stored;
  }

  delete(id: string): boolean {
    return this.keys.delete(id);
  }

  /** The keys not yet deleted, expired ones included (as ListApiKeys). */
  list(): ApiKey[] {
    this.dropDeleted();
    return [...this.keys.values()];
  }

  /** The key a request presented in `x-api-key`, or an `AuthorizationRefusal`. */
  authorize(presented: string): ApiKey {
    const key = this.keys.get(presented);
    const now = this.now();
    // Only the presented key's deletion matters here: this runs on every request.
    if (key === undefined || now >= key.deletes * 1000) throw unauthorized('unknown-api-key');
    // No distinct message for an expired key has been confirmed: AppSync is only known to refuse it.
    if (now >= key.expires * 1000) throw unauthorized('expired-api-key');
    return key;
  }

  private dropDeleted(): void {
    const now = this.now();
    for (const [id, key] of this.keys) {
      if (now >= key.deletes * 1000) this.keys.delete(id);
    }
  }

  private newKeyId(): string {
    // 256 is a multiple of 32, so `byte % 32` picks every letter equally often.
    const letters = Array.from(this.randomBytes(KEY_RANDOM_LENGTH), (byte) => KEY_ALPHABET[byte % KEY_ALPHABET.length]);
    return `da2-${letters.join('')}`;
  }
}
