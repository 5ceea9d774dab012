import { graphqlSync } from 'graphql';
import { buildAppSyncSchema } from '../../../local/api/schema';

// https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
const schema = buildAppSyncSchema(`
  type Query {
    echo(date: AWSDate, time: AWSTime, dateTime: AWSDateTime, timestamp: AWSTimestamp, email: AWSEmail,
         json: AWSJSON, url: AWSURL, phone: AWSPhone, ip: AWSIPAddress): String
    jsonOut: AWSJSON
    badDateTime: AWSDateTime
  }
`);
const rootValue = {
  echo: (args: Record<string, unknown>) => JSON.stringify(args),
  jsonOut: () => ({ a: [1, 2], b: 'c' }),
  badDateTime: () => '2024-01-01',
};
const run = (source: string, variableValues?: Record<string, unknown>) => graphqlSync({ schema, source, rootValue, variableValues });

describe('AppSync scalars', () => {
  it.each([
    ['date', 'AWSDate', '1970-01-01', '1970-01-01Z'],
    ['time', 'AWSTime', '12:30', '12:30:24.500+05:30'],
    ['dateTime', 'AWSDateTime', '1930-01-01T16:00:00-07:00', '2024-02-29T23:59:59.999Z'],
    ['email', 'AWSEmail', 'example@example.com', 'first.last@sub.example.org'],
    ['url', 'AWSURL', 'https://www.amazon.com/dp/B000NZW3KC/', 'mailto:example@example.com'],
    ['phone', 'AWSPhone', '+1 555 764 4377', '555-764-4377'],
    ['ip', 'AWSIPAddress', '127.0.0.1/8', '1a2b:3c4b::1234:4567'],
  ])('accepts documented %s values', (argument, type, first, second) => {
    for (const value of [first, second]) {
      const result = run(`query($v: ${type}) { echo(${argument}: $v) }`, { v: value });
      expect(result.errors).toBeUndefined();
      expect(JSON.parse(result.data?.echo as string)).toEqual({ [argument]: value });
    }
  });

  it.each([
    ['date', 'AWSDate', '2024-02-30'],
    ['time', 'AWSTime', '25:00'],
    ['dateTime', 'AWSDateTime', '2024-01-01T10:00:00'],
    ['email', 'AWSEmail', 'not-an-email'],
    ['url', 'AWSURL', 'www.amazon.com'],
    ['phone', 'AWSPhone', 'call me'],
    ['ip', 'AWSIPAddress', '300.1.1.1'],
    ['json', 'AWSJSON', '{not json'],
  ])('refuses a bad %s before any resolver runs', (argument, type, value) => {
    const fromVariable = run(`query($v: ${type}) { echo(${argument}: $v) }`, { v: value });
    expect(fromVariable.data).toBeUndefined();
    expect(fromVariable.errors?.[0].message).toMatch(/is not (a )?valid/);
    const fromLiteral = run(`{ echo(${argument}: ${JSON.stringify(value)}) }`);
    expect(fromLiteral.errors?.[0].message).toMatch(/is not (a )?valid/);
  });

  it('refuses a timestamp that is not a whole number', () => {
    expect(run('{ echo(timestamp: 1.5) }').errors?.[0].message).toContain('is not a valid AWSTimestamp');
    expect(JSON.parse(run('{ echo(timestamp: 1700000000) }').data?.echo as string)).toEqual({ timestamp: 1700000000 });
  });

  it('hands resolvers the value an AWSJSON string holds, and returns AWSJSON as a string', () => {
    const result = run(`{ echo(json: "{\\"a\\": [1, 2]}") jsonOut }`);
    expect(JSON.parse(result.data?.echo as string)).toEqual({ json: { a: [1, 2] } });
    expect(result.data?.jsonOut).toBe('{"a":[1,2],"b":"c"}');
  });

  it('turns a resolver value that breaks the format into a field error', () => {
    const result = run('{ badDateTime }');
    expect(result.data).toEqual({ badDateTime: null });
    expect(result.errors?.[0].message).toContain("'2024-01-01' is not a valid AWSDateTime");
  });
});
