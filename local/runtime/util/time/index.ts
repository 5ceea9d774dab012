import type { Util } from '@aws-appsync/utils';
import { RuntimeArgumentError } from '../../errors';
import { requireNumber, requireString } from '../arguments';
import type { RuntimeDeps } from '../deps';
import {
  epochSecond,
  formatEpochMilli,
  isoInstant,
  javaTimeMessage,
  parseIsoToEpochMilli,
  parseToEpochMilli,
  UTC,
  zoneOf,
} from './java-time';

/**
 * `util.time`: Java `java.time` semantics, see
 * https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html.
 *
 * Where the documentation is silent, this follows the Java calls the documented examples imply:
 * - ISO strings are `Instant.toString()`: the fraction is left out when it is zero (`…T19:01:35Z`).
 * - Seconds round towards the past (`Instant.getEpochSecond()`); milliseconds lose any fraction (a Java long).
 * - The two-argument `parseFormattedToEpochMilliSeconds` reads a pattern without a zone as UTC.
 * - A timezone of `undefined` or `null` means UTC, as if it were left out.
 * - An unknown pattern letter or zone, unparsable text or a wrongly typed argument stops the handler with a
 *   runtime error carrying Java's message, e.g. `util.time.nowFormatted: Unknown time-zone ID: Mars/Base`.
 */
export function createTimeUtils(deps: RuntimeDeps): Util['time'] {
  const now = () => deps.env.now();
  return {
    nowISO8601: () => isoInstant(now()),
    nowEpochSeconds: () => epochSecond(now()),
    nowEpochMilliSeconds: () => now(),
    nowFormatted: (format: string, timezone?: string) =>
      javaTime('nowFormatted', (helper) =>
        formatEpochMilli(now(), requireString(helper, format), zone(helper, timezone)),
      ),
    parseFormattedToEpochMilliSeconds: (timestamp: string, format: string, timezone?: string) =>
      javaTime('parseFormattedToEpochMilliSeconds', (helper) =>
        parseToEpochMilli(requireString(helper, timestamp), requireString(helper, format), zone(helper, timezone)),
      ),
    parseISO8601ToEpochMilliSeconds: (timestamp: string) =>
      javaTime('parseISO8601ToEpochMilliSeconds', (helper) => parseIsoToEpochMilli(requireString(helper, timestamp))),
    epochMilliSecondsToSeconds: (milliseconds: number) =>
      javaTime('epochMilliSecondsToSeconds', (helper) => epochSecond(epochMilli(helper, milliseconds))),
    epochMilliSecondsToISO8601: (milliseconds: number) =>
      javaTime('epochMilliSecondsToISO8601', (helper) => isoInstant(epochMilli(helper, milliseconds))),
    epochMilliSecondsToFormatted: (milliseconds: number, format: string, timezone?: string) =>
      javaTime('epochMilliSecondsToFormatted', (helper) =>
        formatEpochMilli(epochMilli(helper, milliseconds), requireString(helper, format), zone(helper, timezone)),
      ),
  };
}

/** Runs a java.time operation, turning Java's exceptions into the runtime error a handler cannot catch. */
function javaTime<T>(method: string, operation: (helper: string) => T): T {
  const helper = `util.time.${method}`;
  try {
    return operation(helper);
  } catch (error) {
    const message = javaTimeMessage(error);
    if (message === undefined) throw error;
    throw new RuntimeArgumentError(`${helper}: ${message}`);
  }
}

function zone(helper: string, timezone: unknown) {
  return timezone === undefined || timezone === null ? UTC : zoneOf(requireString(helper, timezone));
}

/** Epoch milliseconds as the Java long AppSync's helpers take: any fraction is dropped. */
function epochMilli(helper: string, value: unknown): number {
  return Math.trunc(requireNumber(helper, value));
}
