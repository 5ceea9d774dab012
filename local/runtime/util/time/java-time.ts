/**
 * Java's `java.time` semantics, which AppSync's `util.time` follows: patterns are `DateTimeFormatter`
 * patterns, zones are `ZoneId`s, ISO strings are `Instant`s. js-joda is a port of `java.time`;
 * `@js-joda/timezone` brings the IANA zone rules and `@js-joda/locale_en-us` the English texts (`EEE`,
 * `MMM`, `a`, …) of `en_US`, the locale a JVM in an AWS region formats with.
 */
import {
  ArithmeticException,
  DateTimeException,
  DateTimeFormatter,
  DateTimeParseException,
  IllegalArgumentException,
  Instant,
  TemporalQueries,
  UnsupportedTemporalTypeException,
  ZonedDateTime,
  ZoneId,
} from '@js-joda/core';
import '@js-joda/timezone';
import '@js-joda/locale_en-us';
import { Locale } from '@js-joda/locale';
import { spellOutZoneNames } from './zone-names';

/**
 * The zone of the helpers called without one. A region, not the offset `Z`, so the zone letters print
 * `UTC` (`VV`, `z`) as they do for `ZoneId.of("UTC")`.
 */
export const UTC: ZoneId = ZoneId.of('UTC');

/** `ZoneId.of`: a region (`Australia/Perth`), an offset (`+08:00`, `-07:00:30`, `Z`) or a prefixed offset (`UTC+8`). */
export function zoneOf(id: string): ZoneId {
  return ZoneId.of(id);
}

/** `Instant.toString()`: UTC, fraction printed only when not zero (`…T19:01:35.758Z`, `…T19:01:35Z`). */
export function isoInstant(epochMilli: number): string {
  return Instant.ofEpochMilli(epochMilli).toString();
}

/** `Instant.getEpochSecond()`: rounds towards the past, so -1 ms is second -1. */
export function epochSecond(epochMilli: number): number {
  return Instant.ofEpochMilli(epochMilli).epochSecond();
}

/** `Instant.ofEpochMilli(ms).atZone(zone).format(DateTimeFormatter.ofPattern(pattern))`. */
export function formatEpochMilli(epochMilli: number, pattern: string, zone: ZoneId): string {
  const formatter = formatterOf(pattern);
  const dateTime = Instant.ofEpochMilli(epochMilli).atZone(zone);
  const spelledOut = spellOutZoneNames(pattern, dateTime);
  return (spelledOut === pattern ? formatter : formatterOf(spelledOut)).format(dateTime);
}

/**
 * `ZonedDateTime.parse(text, DateTimeFormatter.ofPattern(pattern).withZone(zone))`: a zone or offset in the
 * text wins; otherwise the local date-time is placed in `zone` (a time in a DST gap moves forward, one in an
 * overlap takes the earlier offset). Text without a date and a time cannot be parsed.
 */
export function parseToEpochMilli(text: string, pattern: string, zone: ZoneId): number {
  const parsed = formatterOf(pattern).parse(text);
  if (parsed.query(TemporalQueries.zone()) !== null) return ZonedDateTime.from(parsed).toInstant().toEpochMilli();
  const date = parsed.query(TemporalQueries.localDate());
  const time = parsed.query(TemporalQueries.localTime());
  if (date === null || time === null) {
    throw new DateTimeException(
      `Text '${text}' could not be parsed: Unable to obtain ZonedDateTime from TemporalAccessor`,
    );
  }
  return ZonedDateTime.of(date, time, zone).toInstant().toEpochMilli();
}

/**
 * `ZonedDateTime.parse(text)` (ISO_ZONED_DATE_TIME): date, time (seconds and fraction optional) and an offset
 * (`Z`, `+08:00`, `+08:00:30`), optionally followed by a region in brackets.
 */
export function parseIsoToEpochMilli(text: string): number {
  return ZonedDateTime.parse(text).toInstant().toEpochMilli();
}

/** The message Java's exception would carry, or undefined when `error` is not a java.time error. */
export function javaTimeMessage(error: unknown): string | undefined {
  if (error instanceof DateTimeParseException) {
    // js-joda appends ": <text>, at index: <n>" and a cause trace to Java's message.
    const message = firstLine(error.message);
    const suffix = `: ${error.parsedString()}, at index: ${error.errorIndex()}`;
    return message.endsWith(suffix) ? message.slice(0, -suffix.length) : message;
  }
  const javaErrors = [
    DateTimeException,
    IllegalArgumentException,
    ArithmeticException,
    UnsupportedTemporalTypeException,
  ];
  return javaErrors.some((type) => error instanceof type) ? firstLine((error as Error).message) : undefined;
}

function formatterOf(pattern: string): DateTimeFormatter {
  return DateTimeFormatter.ofPattern(pattern).withLocale(Locale.US);
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0];
}
