import { CallScope } from '../../../../../local/runtime/call-scope';
import { createEnvironment } from '../../../../../local/runtime/environment';
import { RuntimeArgumentError } from '../../../../../local/runtime/errors';
import { evaluateCode } from '../../../../../local/runtime/evaluate-code';
import { createTimeUtils } from '../../../../../local/runtime/util/time';

// Examples: https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time.html
// Function list: https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html

function timeAt(iso: string) {
  const now = Date.parse(iso);
  return createTimeUtils({ env: createEnvironment({ now: () => now }), scope: new CallScope() });
}

const DOC_NOW = '2018-02-06T19:01:35.749Z';
const DOC_MILLIS = 1517943695758;
const DOC_FORMAT = 'yyyy-MM-dd HH:mm:ssZ';
const WINTER = Date.parse('2018-01-15T17:30:05.007Z');
const SUMMER = Date.parse('2018-07-15T17:30:05.007Z');

describe('util.time clock helpers', () => {
  it('nowISO8601 prints the clock in UTC with its milliseconds', () => {
    expect(timeAt(DOC_NOW).nowISO8601()).toBe('2018-02-06T19:01:35.749Z');
  });

  it('nowISO8601 leaves out a zero fraction, as Java’s Instant.toString does', () => {
    expect(timeAt('2018-02-06T19:01:35.000Z').nowISO8601()).toBe('2018-02-06T19:01:35Z');
    expect(timeAt('2018-02-06T19:01:35.500Z').nowISO8601()).toBe('2018-02-06T19:01:35.500Z');
  });

  it('nowEpochSeconds and nowEpochMilliSeconds read the injected clock', () => {
    const time = timeAt('2018-02-06T19:01:35.750Z');
    expect(time.nowEpochSeconds()).toBe(1517943695);
    expect(time.nowEpochMilliSeconds()).toBe(1517943695750);
  });

  it('reads the clock at each call', () => {
    let now = 1000;
    const time = createTimeUtils({ env: createEnvironment({ now: () => now }), scope: new CallScope() });
    expect(time.nowEpochMilliSeconds()).toBe(1000);
    now = 2999;
    expect(time.nowEpochSeconds()).toBe(2);
    expect(time.nowISO8601()).toBe('1970-01-01T00:00:02.999Z');
  });

  it('nowFormatted formats in UTC, or in the zone given as an offset or a region', () => {
    const time = timeAt(DOC_NOW);
    expect(time.nowFormatted(DOC_FORMAT)).toBe('2018-02-06 19:01:35+0000');
    expect(time.nowFormatted(DOC_FORMAT, '+08:00')).toBe('2018-02-07 03:01:35+0800');
    expect(time.nowFormatted(DOC_FORMAT, 'Australia/Perth')).toBe('2018-02-07 03:01:35+0800');
  });

  it('nowFormatted prints offsets with seconds as the AppSync scalar examples show', () => {
    const time = timeAt('2018-07-11T22:14:45Z');
    expect(time.nowFormatted('yyyy-MM-dd[XXX]', '-07:00:30')).toBe('2018-07-11-07:00');
    expect(time.nowFormatted("yyyy-MM-dd'T'HH:mm:ss[XXXXX]", '-07:00:30')).toBe('2018-07-11T15:14:15-07:00:30');
  });

  it('treats an undefined or null timezone as UTC', () => {
    const time = timeAt(DOC_NOW);
    expect(time.nowFormatted('HH:mm VV', undefined as never)).toBe('19:01 UTC');
    expect(time.nowFormatted('HH:mm VV', null as never)).toBe('19:01 UTC');
  });
});

describe('util.time.epochMilliSecondsTo*', () => {
  const time = timeAt(DOC_NOW);

  it('converts to seconds, rounding towards the past like Instant.getEpochSecond', () => {
    expect(time.epochMilliSecondsToSeconds(DOC_MILLIS)).toBe(1517943695);
    expect(time.epochMilliSecondsToSeconds(999)).toBe(0);
    expect(time.epochMilliSecondsToSeconds(-1)).toBe(-1);
    expect(time.epochMilliSecondsToSeconds(-1000)).toBe(-1);
    expect(time.epochMilliSecondsToSeconds(-1001)).toBe(-2);
  });

  it('drops a fraction of a millisecond, as a Java long would', () => {
    expect(time.epochMilliSecondsToISO8601(1517943695758.9)).toBe('2018-02-06T19:01:35.758Z');
    expect(time.epochMilliSecondsToSeconds(1999.99)).toBe(1);
  });

  it('converts to ISO 8601 as Instant.toString prints it', () => {
    expect(time.epochMilliSecondsToISO8601(DOC_MILLIS)).toBe('2018-02-06T19:01:35.758Z');
    expect(time.epochMilliSecondsToISO8601(1517943695000)).toBe('2018-02-06T19:01:35Z');
    expect(time.epochMilliSecondsToISO8601(0)).toBe('1970-01-01T00:00:00Z');
    expect(time.epochMilliSecondsToISO8601(-1)).toBe('1969-12-31T23:59:59.999Z');
    expect(time.epochMilliSecondsToISO8601(253402300800000)).toBe('+10000-01-01T00:00:00Z');
  });

  it('converts to a formatted string in UTC or in a zone', () => {
    expect(time.epochMilliSecondsToFormatted(DOC_MILLIS, DOC_FORMAT)).toBe('2018-02-06 19:01:35+0000');
    expect(time.epochMilliSecondsToFormatted(DOC_MILLIS, DOC_FORMAT, '+08:00')).toBe('2018-02-07 03:01:35+0800');
    expect(time.epochMilliSecondsToFormatted(DOC_MILLIS, 'yyyy-MM-dd HH:mm:ss.SSS', 'Asia/Kolkata')).toBe(
      '2018-02-07 00:31:35.758',
    );
  });
});

describe('util.time time zones with daylight saving time', () => {
  const time = timeAt(DOC_NOW);
  const format = "yyyy-MM-dd'T'HH:mmxxx z";

  it.each([
    ['America/New_York', WINTER, '2018-01-15T12:30-05:00 EST'],
    ['America/New_York', SUMMER, '2018-07-15T13:30-04:00 EDT'],
    ['America/Los_Angeles', WINTER, '2018-01-15T09:30-08:00 PST'],
    ['America/Los_Angeles', SUMMER, '2018-07-15T10:30-07:00 PDT'],
    ['Europe/Berlin', WINTER, '2018-01-15T18:30+01:00 GMT+1'],
    ['Europe/Berlin', SUMMER, '2018-07-15T19:30+02:00 GMT+2'],
    ['Australia/Sydney', WINTER, '2018-01-16T04:30+11:00 GMT+11'],
    ['Australia/Sydney', SUMMER, '2018-07-16T03:30+10:00 GMT+10'],
    ['America/Phoenix', SUMMER, '2018-07-15T10:30-07:00 MST'],
  ])('%s at %d', (zone, millis, expected) => {
    expect(time.epochMilliSecondsToFormatted(millis, format, zone)).toBe(expected);
  });

  it('names standard and daylight time in full with zzzz', () => {
    expect(time.epochMilliSecondsToFormatted(WINTER, 'zzzz', 'Europe/Berlin')).toBe('Central European Standard Time');
    expect(time.epochMilliSecondsToFormatted(SUMMER, 'zzzz', 'Europe/Berlin')).toBe('Central European Summer Time');
    expect(time.epochMilliSecondsToFormatted(SUMMER, 'zzzz', 'America/New_York')).toBe('Eastern Daylight Time');
    expect(time.epochMilliSecondsToFormatted(WINTER, 'zzzz', 'Australia/Sydney')).toBe(
      'Australian Eastern Daylight Time',
    );
  });

  it('prints the id of an offset or of a zone without a name', () => {
    expect(time.epochMilliSecondsToFormatted(WINTER, 'z|zzzz', '+08:00')).toBe('+08:00|+08:00');
    expect(time.epochMilliSecondsToFormatted(WINTER, 'z|zzzz', 'Z')).toBe('Z|Z');
    expect(time.epochMilliSecondsToFormatted(WINTER, 'z|zzzz', 'UTC+8')).toBe('UTC+08:00|UTC+08:00');
    expect(time.epochMilliSecondsToFormatted(WINTER, 'z|zzzz')).toBe('UTC|Coordinated Universal Time');
  });

  it('parses a local time in a zone with the offset in force then', () => {
    const format = 'yyyy-MM-dd HH:mm';
    expect(time.parseFormattedToEpochMilliSeconds('2018-01-15 12:30', format, 'America/New_York')).toBe(
      Date.parse('2018-01-15T17:30:00Z'),
    );
    expect(time.parseFormattedToEpochMilliSeconds('2018-07-15 13:30', format, 'America/New_York')).toBe(
      Date.parse('2018-07-15T17:30:00Z'),
    );
  });

  it('moves a time in the spring-forward gap ahead and takes the earlier offset in the autumn overlap', () => {
    const format = 'yyyy-MM-dd HH:mm';
    expect(time.parseFormattedToEpochMilliSeconds('2018-03-11 02:30', format, 'America/New_York')).toBe(
      Date.parse('2018-03-11T07:30:00Z'),
    );
    expect(time.parseFormattedToEpochMilliSeconds('2018-11-04 01:30', format, 'America/New_York')).toBe(
      Date.parse('2018-11-04T05:30:00Z'),
    );
  });
});

describe('util.time pattern letters (Java DateTimeFormatter, en_US)', () => {
  const time = timeAt(DOC_NOW);
  // 2018-02-06T19:01:35.758Z is a Tuesday, day 37 of the year, in week 6 (US weeks start on Sunday).
  it.each([
    ['EEE, d MMM yyyy', 'Tue, 6 Feb 2018'],
    ['EEEE d MMMM', 'Tuesday 6 February'],
    ['MMMMM EEEEE', 'F T'],
    ['LLL LLLL', 'Feb February'],
    ['hh:mm a', '07:01 PM'],
    ['h K k H', '7 7 19 19'],
    ['D', '37'],
    ['yy uuuu yyyyy', '18 2018 02018'],
    ['G GGGG', 'AD Anno Domini'],
    ['Q QQQ QQQQ', '1 Q1 1st quarter'],
    ["YYYY-'W'ww-e", '2018-W06-3'],
    ['W', '2'],
    ['S SSS SSSSSS', '7 758 758000'],
    ['n', '758000000'],
    ['A', '68495758'],
    ['Z ZZZZ ZZZZZ', '+0000 GMT Z'], // ZZZZZ prints Z for a zero offset, as in Java
    ['X XXX x xxx O', 'Z Z +00 +00:00 GMT'],
    ['VV', 'UTC'],
    ["'at' HH 'o''clock' ''", "at 19 o'clock '"],
    ['yyyy[-MM][ zzzz]', '2018-02 Coordinated Universal Time'],
  ])('%s', (pattern, expected) => {
    expect(time.epochMilliSecondsToFormatted(DOC_MILLIS, pattern)).toBe(expected);
  });

  it('prints z as text inside quotes as it is', () => {
    expect(time.epochMilliSecondsToFormatted(DOC_MILLIS, "'z is' z", 'America/New_York')).toBe('z is EST');
  });

  it('prints offsets of a zone east of UTC', () => {
    expect(time.epochMilliSecondsToFormatted(DOC_MILLIS, 'Z|XXX|O|OOOO', 'Asia/Kolkata')).toBe(
      '+0530|+05:30|GMT+5:30|GMT+05:30',
    );
  });
});

describe('util.time.parse*', () => {
  const time = timeAt(DOC_NOW);

  it('parses ISO 8601 with an offset, Z, an offset with seconds or a region', () => {
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00')).toBe(1517476865180);
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01:35Z')).toBe(1517943695000);
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01Z')).toBe(1517943660000);
    expect(time.parseISO8601ToEpochMilliSeconds('2018-07-11T15:14:15-07:00:30')).toBe(
      Date.parse('2018-07-11T22:14:45Z'),
    );
    expect(time.parseISO8601ToEpochMilliSeconds('2018-07-11T15:14:15+02:00[Europe/Paris]')).toBe(
      Date.parse('2018-07-11T13:14:15Z'),
    );
  });

  it('keeps milliseconds of a longer fraction and drops the rest', () => {
    expect(time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01:35.758999999Z')).toBe(DOC_MILLIS);
  });

  it('parses formatted text whose pattern holds the offset', () => {
    expect(time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22+0800', DOC_FORMAT)).toBe(1517505562000);
  });

  it('parses formatted text in the zone given', () => {
    expect(time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00')).toBe(
      1517505562000,
    );
    expect(
      time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', 'Australia/Perth'),
    ).toBe(1517505562000);
  });

  it('reads a pattern without a zone as UTC when no zone is given', () => {
    expect(time.parseFormattedToEpochMilliSeconds('2018-02-06 19:01:35', 'yyyy-MM-dd HH:mm:ss')).toBe(1517943695000);
  });

  it('lets a zone or offset in the text win over the zone given', () => {
    expect(time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22+0800', DOC_FORMAT, 'America/New_York')).toBe(
      1517505562000,
    );
    expect(
      time.parseFormattedToEpochMilliSeconds('2018-07-15 13:30 America/New_York', 'yyyy-MM-dd HH:mm VV', 'Asia/Tokyo'),
    ).toBe(Date.parse('2018-07-15T17:30:00Z'));
  });

  it('parses English month and day names and AM/PM', () => {
    expect(
      time.parseFormattedToEpochMilliSeconds('Tue, 06 Feb 2018 07:01:35 PM', 'EEE, dd MMM yyyy hh:mm:ss a', 'UTC'),
    ).toBe(1517943695000);
  });

  it('round-trips what the formatting helpers print', () => {
    const formatted = time.epochMilliSecondsToFormatted(DOC_MILLIS, 'yyyy-MM-dd HH:mm:ss.SSSXXX', 'Europe/Berlin');
    expect(time.parseFormattedToEpochMilliSeconds(formatted, 'yyyy-MM-dd HH:mm:ss.SSSXXX')).toBe(DOC_MILLIS);
    expect(time.parseISO8601ToEpochMilliSeconds(time.epochMilliSecondsToISO8601(DOC_MILLIS))).toBe(DOC_MILLIS);
  });
});

describe('util.time errors', () => {
  const time = timeAt(DOC_NOW);

  it.each([
    [() => time.nowFormatted('yyyy-bb'), 'util.time.nowFormatted: Unknown pattern letter: b'],
    [
      () => time.nowFormatted("yyyy 'quoted"),
      "util.time.nowFormatted: Pattern ends with an incomplete string literal: yyyy 'quoted",
    ],
    [() => time.nowFormatted('zzzzz'), 'util.time.nowFormatted: Too many pattern letters: z'],
    [() => time.nowFormatted('yyyy', 'Mars/Base'), 'util.time.nowFormatted: Unknown time-zone ID: Mars/Base'],
    [
      () => time.epochMilliSecondsToFormatted(0, 'yyyy', 'utc'),
      'util.time.epochMilliSecondsToFormatted: Unknown time-zone ID: utc',
    ],
    [
      () => time.parseFormattedToEpochMilliSeconds('2018-02-0x', 'yyyy-MM-dd'),
      "util.time.parseFormattedToEpochMilliSeconds: Text '2018-02-0x' could not be parsed at index 8",
    ],
    [
      () => time.parseFormattedToEpochMilliSeconds('2018-02-02 10:00 extra', 'yyyy-MM-dd HH:mm'),
      "util.time.parseFormattedToEpochMilliSeconds: Text '2018-02-02 10:00 extra' could not be parsed, unparsed text found at index 16",
    ],
    [
      () => time.parseFormattedToEpochMilliSeconds('2018-13-02 10:00', 'yyyy-MM-dd HH:mm'),
      "util.time.parseFormattedToEpochMilliSeconds: Text '2018-13-02 10:00' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13",
    ],
    [
      () => time.parseFormattedToEpochMilliSeconds('2018-02-02', 'yyyy-MM-dd'),
      "util.time.parseFormattedToEpochMilliSeconds: Text '2018-02-02' could not be parsed: Unable to obtain ZonedDateTime from TemporalAccessor",
    ],
    [
      () => time.parseISO8601ToEpochMilliSeconds('2018-02-06T19:01:35'),
      "util.time.parseISO8601ToEpochMilliSeconds: Text '2018-02-06T19:01:35' could not be parsed at index 19",
    ],
    [
      () => time.epochMilliSecondsToISO8601(1e300),
      'util.time.epochMilliSecondsToISO8601: Instant exceeds minimum or maximum instant',
    ],
    [
      () => time.epochMilliSecondsToSeconds(Infinity),
      'util.time.epochMilliSecondsToSeconds: Instant exceeds minimum or maximum instant',
    ],
    [
      () => time.epochMilliSecondsToISO8601('12' as never),
      'util.time.epochMilliSecondsToISO8601: expected a number, got string',
    ],
    [
      () => time.epochMilliSecondsToSeconds(Number.NaN),
      'util.time.epochMilliSecondsToSeconds: expected a number, got number',
    ],
    [
      () => time.epochMilliSecondsToFormatted(0, undefined as never),
      'util.time.epochMilliSecondsToFormatted: expected a string, got undefined',
    ],
    [() => time.nowFormatted(42 as never), 'util.time.nowFormatted: expected a string, got number'],
    [() => time.nowFormatted('yyyy', 8 as never), 'util.time.nowFormatted: expected a string, got number'],
    [
      () => time.parseISO8601ToEpochMilliSeconds(null as never),
      'util.time.parseISO8601ToEpochMilliSeconds: expected a string, got null',
    ],
    [
      () => time.parseFormattedToEpochMilliSeconds('2018', {} as never),
      'util.time.parseFormattedToEpochMilliSeconds: expected a string, got object',
    ],
  ])('%#: %s', (call, message) => {
    expect(call).toThrow(RuntimeArgumentError);
    expect(call).toThrow(message);
  });
});

describe('util.time inside a resolver', () => {
  const run = (code: string, now = DOC_NOW) => evaluateCode({ code, context: {} }, { now: () => Date.parse(now) });

  it('uses the runtime’s clock', () => {
    const response = run(`
      import { util } from '@aws-appsync/utils';
      export function request() {
        return { at: util.time.nowISO8601(), local: util.time.nowFormatted('EEE HH:mm z', 'America/New_York') };
      }
      export function response(ctx) { return ctx.result; }
    `);
    expect(response.error).toBeUndefined();
    expect(JSON.parse(response.evaluationResult ?? 'null')).toEqual({ at: DOC_NOW, local: 'Tue 14:01 EST' });
  });

  it('reports a bad zone as a runtime error the handler cannot catch', () => {
    const response = run(`
      import { util } from '@aws-appsync/utils';
      export function request() { return util.time.nowFormatted('yyyy', 'Nowhere/Town'); }
      export function response(ctx) { return ctx.result; }
    `);
    expect(response.error?.message).toBe('util.time.nowFormatted: Unknown time-zone ID: Nowhere/Town');
    expect(response.error?.codeErrors?.[0]?.errorType).toBe('RuntimeArgumentError');
  });
});
