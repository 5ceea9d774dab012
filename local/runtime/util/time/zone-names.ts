/**
 * Zone names as Java's `z` pattern letter prints them: the name of the zone's standard or daylight time at
 * that instant ("EST" in winter, "EDT" in summer; `zzzz`: "Eastern Daylight Time"), or the id of an offset.
 * js-joda prints CLDR's generic name instead ("ET", "Eastern Time") because its zone rules cannot tell
 * daylight time, so the names come from the platform's CLDR data (`Intl`), which knows both.
 *
 * Known difference: for zones that have no English CLDR abbreviation, `z` prints a GMT offset ("GMT+1")
 * where Java prints its legacy abbreviation ("CET").
 */
import { type ZonedDateTime, ZoneOffset } from '@js-joda/core';

type NameStyle = 'short' | 'long';

/**
 * Rewrites a (valid) pattern so each run of `z` becomes a quoted literal holding the zone name for
 * `dateTime`. Quoted literals are skipped the way `DateTimeFormatterBuilder.appendPattern` reads them.
 */
export function spellOutZoneNames(pattern: string, dateTime: ZonedDateTime): string {
  let result = '';
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index];
    if (char === "'") {
      const end = closingQuote(pattern, index);
      result += pattern.slice(index, end + 1);
      index = end + 1;
    } else if (char === 'z') {
      let end = index;
      while (pattern[end] === 'z') end += 1;
      result += quoted(zoneName(dateTime, end - index === 4 ? 'long' : 'short'));
      index = end;
    } else {
      result += char;
      index += 1;
    }
  }
  return result;
}

function closingQuote(pattern: string, open: number): number {
  let index = open + 1;
  while (index < pattern.length) {
    if (pattern[index] === "'") {
      if (pattern[index + 1] !== "'") return index;
      index += 1; // '' inside a literal is an escaped quote
    }
    index += 1;
  }
  return pattern.length;
}

function quoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function zoneName(dateTime: ZonedDateTime, style: NameStyle): string {
  const zone = dateTime.zone();
  // Java prints an offset's id ("+08:00", "Z"), and the id of a zone it has no name for ("UTC+08:00").
  if (zone instanceof ZoneOffset) return zone.id();
  return cldrZoneName(zone.id(), style, dateTime.toInstant().toEpochMilli()) ?? zone.id();
}

const namers = new Map<string, Intl.DateTimeFormat | null>();

function cldrZoneName(zoneId: string, style: NameStyle, epochMilli: number): string | undefined {
  const key = `${zoneId} ${style}`;
  if (!namers.has(key)) namers.set(key, newNamer(zoneId, style));
  const date = new Date(epochMilli);
  const namer = namers.get(key);
  if (!namer || Number.isNaN(date.getTime())) return undefined;
  return namer.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
}

function newNamer(zoneId: string, style: NameStyle): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zoneId, timeZoneName: style });
  } catch {
    return null; // a zone id the platform does not know
  }
}
