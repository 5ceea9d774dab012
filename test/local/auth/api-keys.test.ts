import { ApiKeyRegistry } from '../../../local/auth/api-keys';
import { AuthConfigurationError, AuthorizationRefusal } from '../../../local/auth/errors';

// 12:34:56 so that rounding down to the hour shows.
const NOW = Date.UTC(2025, 0, 15, 12, 34, 56);
const NOW_SECONDS = NOW / 1000;
const HOUR = 3600;
const DAY = 24 * HOUR;

let now = NOW;
beforeEach(() => {
  now = NOW;
});

function registry(): ApiKeyRegistry {
  return new ApiKeyRegistry({ now: () => now });
}

function refusalOf(action: () => unknown): AuthorizationRefusal {
  try {
    action();
  } catch (error) {
    if (error instanceof AuthorizationRefusal) return error;
    throw error;
  }
  throw new Error('the key was accepted');
}

describe('ApiKeyRegistry', () => {
  // https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateApiKey.html: "rounded down to the
  // nearest hour. The default value for this parameter is 7 days from creation time."
  it('creates a da2- key valid 7 days by default, rounded down to the hour, deleted 60 days after expiry', () => {
    const key = registry().create({ description: 'web' });
    const sevenDaysRoundedDown = Math.floor((NOW_SECONDS + 7 * DAY) / HOUR) * HOUR;
    expect(key).toEqual({
      id: expect.stringMatching(/^da2-[a-z2-7]{26}$/),
      description: 'web',
      expires: sevenDaysRoundedDown,
      deletes: sevenDaysRoundedDown + 60 * DAY,
    });
  });

  it('makes key ids from the injected random source', () => {
    const fixed = new ApiKeyRegistry({ now: () => now, randomBytes: (size) => new Uint8Array(size).fill(33) });
    expect(fixed.create().id).toBe(`da2-${'b'.repeat(26)}`);
  });

  it('accepts a key it issued', () => {
    const keys = registry();
    const key = keys.create();
    expect(keys.authorize(key.id)).toBe(key);
  });

  it('refuses an unknown key with UnauthorizedException "You are not authorized to make this call."', () => {
    expect(refusalOf(() => registry().authorize('da2-unknown'))).toMatchObject({
      errorType: 'UnauthorizedException',
      message: 'You are not authorized to make this call.',
      statusCode: 401,
      reason: 'unknown-api-key',
    });
  });

  // API_ApiKey.html: "After the expiration time, using the key to authenticate will fail."
  it('refuses a key from its expiry time on', () => {
    const keys = registry();
    const key = keys.create();
    now = key.expires * 1000 - 1;
    expect(keys.authorize(key.id)).toBe(key);
    now = key.expires * 1000;
    expect(refusalOf(() => keys.authorize(key.id))).toMatchObject({
      errorType: 'UnauthorizedException',
      reason: 'expired-api-key',
    });
  });

  // API_ApiKey.html: "Expired API keys are kept for 60 days after the expiration time."
  it('lists an expired key until it is deleted, then no longer knows it', () => {
    const keys = registry();
    const key = keys.create();
    now = key.expires * 1000 + DAY * 1000;
    expect(keys.list()).toEqual([key]);
    now = key.deletes * 1000;
    expect(keys.list()).toEqual([]);
    expect(refusalOf(() => keys.authorize(key.id)).reason).toBe('unknown-api-key');
  });

  it('refuses a key past its deletion date as unknown, listed or not', () => {
    const keys = registry();
    const key = keys.create();
    now = key.deletes * 1000 - 1;
    expect(refusalOf(() => keys.authorize(key.id)).reason).toBe('expired-api-key');
    now = key.deletes * 1000;
    expect(refusalOf(() => keys.authorize(key.id)).reason).toBe('unknown-api-key');
  });

  // API_CreateApiKey.html: ApiKeyValidityOutOfBoundsException, "between 1 and 365 days from creation".
  it('refuses a validity shorter than 1 day or longer than 365 days', () => {
    const keys = registry();
    expect(() => keys.create({ expires: NOW_SECONDS + DAY - 1 })).toThrow(
      new AuthConfigurationError(
        'ApiKeyValidityOutOfBoundsException',
        'API key must be valid for a minimum of 1 days.',
      ),
    );
    expect(() => keys.create({ expires: NOW_SECONDS + 365 * DAY + 1 })).toThrow(AuthConfigurationError);
    expect(keys.create({ expires: NOW_SECONDS + 365 * DAY }).expires).toBe(
      Math.floor((NOW_SECONDS + 365 * DAY) / HOUR) * HOUR,
    );
  });

  it('takes configured keys as they are, and forgets deleted ones', () => {
    const keys = new ApiKeyRegistry({ now: () => now, keys: [{ id: 'da2-configured', expires: NOW_SECONDS + DAY }] });
    expect(keys.authorize('da2-configured')).toMatchObject({ id: 'da2-configured', deletes: NOW_SECONDS + 61 * DAY });
    expect(keys.delete('da2-configured')).toBe(true);
    expect(refusalOf(() => keys.authorize('da2-configured')).reason).toBe('unknown-api-key');
  });
});
