import { apiKeyExpiry } from '../../../infra/constructs/authorization';

describe('apiKeyExpiry', () => {
  it('counts the days from the start of the UTC day, so one day’s synths agree', () => {
    const morning = apiKeyExpiry(new Date('2031-03-09T00:00:01Z'), 365);
    const evening = apiKeyExpiry(new Date('2031-03-09T23:59:59Z'), 365);
    expect(morning.toEpoch()).toBe(evening.toEpoch());
    expect(new Date(morning.toEpoch() * 1000).toISOString()).toBe('2032-03-08T00:00:00.000Z');
  });

  it('moves on the next day: a deploy renews the key', () => {
    expect(apiKeyExpiry(new Date('2031-03-10T08:00:00Z'), 30).toEpoch() - apiKeyExpiry(new Date('2031-03-09T08:00:00Z'), 30).toEpoch()).toBe(86_400);
  });
});
