import { Instant, ZoneId } from '@js-joda/core';
import '@js-joda/timezone';
import { spellOutZoneNames } from '../../../../../local/runtime/util/time/zone-names';

const winterInNewYork = Instant.parse('2018-01-15T17:30:00Z').atZone(ZoneId.of('America/New_York'));

describe('spellOutZoneNames', () => {
  it('replaces each run of z by the quoted name, short for 1 to 3 letters and long for 4', () => {
    expect(spellOutZoneNames('HH:mm z', winterInNewYork)).toBe("HH:mm 'EST'");
    expect(spellOutZoneNames('zzz|zzzz', winterInNewYork)).toBe("'EST'|'Eastern Standard Time'");
  });

  it('leaves a pattern without z untouched', () => {
    expect(spellOutZoneNames("yyyy-MM-dd'T'HH:mmXXX", winterInNewYork)).toBe("yyyy-MM-dd'T'HH:mmXXX");
  });

  it('skips quoted literals, including escaped quotes inside and outside them', () => {
    expect(spellOutZoneNames("'zone z' z", winterInNewYork)).toBe("'zone z' 'EST'");
    expect(spellOutZoneNames("'it''s z'z''z", winterInNewYork)).toBe("'it''s z''EST''''EST'");
  });

  it('keeps optional sections around a zone name', () => {
    expect(spellOutZoneNames('HH[ z]', winterInNewYork)).toBe("HH[ 'EST']");
  });
});
