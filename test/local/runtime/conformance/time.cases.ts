import type { ConformanceCase } from './case';

/**
 * The examples (given for VTL; the helpers and their semantics are the same): "Standalone function",
 * "Conversion", "Parsing" and "Usage with AWS AppSync defined scalars".
 */
const EXAMPLES = 'https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time.html';
/** The APPSYNC_JS list of the same helpers. */
const JS_HELPERS = 'https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html';

/** The clock of the standalone examples: nowISO8601() is 2018-02-06T19:01:35.749Z. */
const EXAMPLE_NOW = '2018-02-06T19:01:35.749Z';
/** The standalone examples' nowEpochMilliSeconds() is 1517943695750. */
const EXAMPLE_NOW_750 = '2018-02-06T19:01:35.750Z';
/** The clock of the scalar examples: 2018-07-11T15:14:15 at offset -07:00:30. */
const SCALAR_NOW = '2018-07-11T22:14:45Z';
const EPOCH_MILLIS = 1517943695758;
const FORMAT = "'yyyy-MM-dd HH:mm:ssZ'";

/** A resolver whose request handler returns `expression`. */
function returning(expression: string): string {
  return `import { util } from '@aws-appsync/utils';

export function request(ctx) {
  return ${expression};
}

export function response(ctx) {
  return ctx.result;
}
`;
}

export const cases: ConformanceCase[] = [
  {
    name: 'nowISO8601 prints UTC with milliseconds',
    source: EXAMPLES,
    now: EXAMPLE_NOW,
    code: returning('util.time.nowISO8601()'),
    expect: { result: '2018-02-06T19:01:35.749Z' },
  },
  {
    name: 'nowEpochSeconds',
    source: EXAMPLES,
    now: EXAMPLE_NOW_750,
    code: returning('util.time.nowEpochSeconds()'),
    expect: { result: 1517943695 },
  },
  {
    name: 'nowEpochMilliSeconds',
    source: EXAMPLES,
    now: EXAMPLE_NOW_750,
    code: returning('util.time.nowEpochMilliSeconds()'),
    expect: { result: 1517943695750 },
  },
  {
    name: 'nowFormatted in UTC',
    source: EXAMPLES,
    now: EXAMPLE_NOW,
    code: returning(`util.time.nowFormatted(${FORMAT})`),
    expect: { result: '2018-02-06 19:01:35+0000' },
  },
  {
    name: 'nowFormatted at offset +08:00',
    source: EXAMPLES,
    now: EXAMPLE_NOW,
    code: returning(`util.time.nowFormatted(${FORMAT}, '+08:00')`),
    expect: { result: '2018-02-07 03:01:35+0800' },
  },
  {
    name: 'nowFormatted in Australia/Perth',
    source: EXAMPLES,
    now: EXAMPLE_NOW,
    code: returning(`util.time.nowFormatted(${FORMAT}, 'Australia/Perth')`),
    expect: { result: '2018-02-07 03:01:35+0800' },
  },
  {
    name: 'epochMilliSecondsToSeconds',
    source: EXAMPLES,
    code: returning(`util.time.epochMilliSecondsToSeconds(${EPOCH_MILLIS})`),
    expect: { result: 1517943695 },
  },
  {
    name: 'epochMilliSecondsToISO8601',
    source: EXAMPLES,
    code: returning(`util.time.epochMilliSecondsToISO8601(${EPOCH_MILLIS})`),
    expect: { result: '2018-02-06T19:01:35.758Z' },
  },
  {
    name: 'epochMilliSecondsToFormatted in UTC',
    source: EXAMPLES,
    code: returning(`util.time.epochMilliSecondsToFormatted(${EPOCH_MILLIS}, ${FORMAT})`),
    expect: { result: '2018-02-06 19:01:35+0000' },
  },
  {
    name: 'epochMilliSecondsToFormatted at offset +08:00',
    source: EXAMPLES,
    code: returning(`util.time.epochMilliSecondsToFormatted(${EPOCH_MILLIS}, ${FORMAT}, '+08:00')`),
    expect: { result: '2018-02-07 03:01:35+0800' },
  },
  {
    // The examples print the same text for the zone Australia/Perth as for the offset +08:00.
    name: 'epochMilliSecondsToFormatted in Australia/Perth',
    source: EXAMPLES,
    code: returning(`util.time.epochMilliSecondsToFormatted(${EPOCH_MILLIS}, ${FORMAT}, 'Australia/Perth')`),
    expect: { result: '2018-02-07 03:01:35+0800' },
  },
  {
    name: 'parseISO8601ToEpochMilliSeconds with an offset',
    source: EXAMPLES,
    code: returning("util.time.parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00')"),
    expect: { result: 1517476865180 },
  },
  {
    name: 'parseISO8601ToEpochMilliSeconds of an argument',
    source: EXAMPLES,
    context: { arguments: { since: '2018-02-01T17:21:05.180+08:00' } },
    code: returning('{ since: util.time.parseISO8601ToEpochMilliSeconds(ctx.args.since) }'),
    expect: { result: { since: 1517476865180 } },
  },
  {
    name: 'parseFormattedToEpochMilliSeconds with the offset in the text',
    source: EXAMPLES,
    code: returning(`util.time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22+0800', ${FORMAT})`),
    expect: { result: 1517505562000 },
  },
  {
    name: 'parseFormattedToEpochMilliSeconds with the offset as argument',
    source: EXAMPLES,
    code: returning(
      "util.time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00')",
    ),
    expect: { result: 1517505562000 },
  },
  {
    name: 'parseFormattedToEpochMilliSeconds in Australia/Perth',
    source: EXAMPLES,
    code: returning(
      "util.time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', 'Australia/Perth')",
    ),
    expect: { result: 1517505562000 },
  },
  {
    // The conversion example formats 1517943695758 as this text, which holds whole seconds.
    name: 'parseFormattedToEpochMilliSeconds reads back a converted UTC timestamp',
    source: EXAMPLES,
    code: returning(`util.time.parseFormattedToEpochMilliSeconds('2018-02-06 19:01:35+0000', ${FORMAT})`),
    expect: { result: 1517943695000 },
  },
  {
    name: 'parseFormattedToEpochMilliSeconds reads back a converted +08:00 timestamp',
    source: EXAMPLES,
    code: returning(`util.time.parseFormattedToEpochMilliSeconds('2018-02-07 03:01:35+0800', ${FORMAT})`),
    expect: { result: 1517943695000 },
  },
  {
    name: 'AWSDate format at offset -07:00:30',
    source: EXAMPLES,
    now: SCALAR_NOW,
    code: returning("util.time.nowFormatted('yyyy-MM-dd[XXX]', '-07:00:30')"),
    expect: { result: '2018-07-11-07:00' },
  },
  {
    name: 'AWSDateTime format at offset -07:00:30',
    source: EXAMPLES,
    now: SCALAR_NOW,
    code: returning("util.time.nowFormatted(\"yyyy-MM-dd'T'HH:mm:ss[XXXXX]\", '-07:00:30')"),
    expect: { result: '2018-07-11T15:14:15-07:00:30' },
  },
  {
    name: 'epochMilliSecondsToSeconds of nowEpochMilliSeconds is nowEpochSeconds',
    source: JS_HELPERS,
    now: EXAMPLE_NOW_750,
    code: returning(
      '[util.time.epochMilliSecondsToSeconds(util.time.nowEpochMilliSeconds()), util.time.nowEpochSeconds()]',
    ),
    expect: { result: [1517943695, 1517943695] },
  },
  {
    name: 'parseISO8601ToEpochMilliSeconds reads back nowISO8601',
    source: JS_HELPERS,
    now: EXAMPLE_NOW,
    code: returning('util.time.parseISO8601ToEpochMilliSeconds(util.time.nowISO8601())'),
    expect: { result: 1517943695749 },
  },
  {
    name: 'epochMilliSecondsToISO8601 prints a parsed offset time in UTC',
    source: EXAMPLES,
    code: returning(
      "util.time.epochMilliSecondsToISO8601(util.time.parseISO8601ToEpochMilliSeconds('2018-02-01T17:21:05.180+08:00'))",
    ),
    expect: { result: '2018-02-01T09:21:05.180Z' },
  },
  {
    name: 'nowFormatted agrees with epochMilliSecondsToFormatted of nowEpochMilliSeconds',
    source: JS_HELPERS,
    now: EXAMPLE_NOW,
    code: returning(
      `[util.time.nowFormatted(${FORMAT}, '+08:00'), util.time.epochMilliSecondsToFormatted(util.time.nowEpochMilliSeconds(), ${FORMAT}, '+08:00')]`,
    ),
    expect: { result: ['2018-02-07 03:01:35+0800', '2018-02-07 03:01:35+0800'] },
  },
];
