import { isIP } from 'node:net';
import { GraphQLError, Kind, valueFromASTUntyped, type GraphQLScalarType, type GraphQLSchema, type ValueNode } from 'graphql';

/**
 * AppSync's scalars, checked on input and output as AppSync documents them
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html). A value that breaks the format is a
 * GraphQL error, so bad input never reaches a resolver.
 */
interface ScalarRules {
  /** Checks an input or output value; returns the value resolvers see, or throws with what is wrong. */
  readonly parse: (value: unknown) => unknown;
  /** Turns a resolver's value into what the response carries. @default parse */
  readonly serialize?: (value: unknown) => unknown;
}

const OFFSET = '(?:Z|[+-]\\d{2}(?::\\d{2}(?::\\d{2})?)?)';
const DATE = '\\d{4}-\\d{2}-\\d{2}';
const TIME = '\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?';

const stringMatching = (name: string, pattern: RegExp, check: (text: string) => boolean = () => true) => (value: unknown) => {
  if (typeof value !== 'string' || !pattern.test(value) || !check(value)) throw new TypeError(`${describe(value)} is not a valid ${name}`);
  return value;
};

/** Calendar checks the patterns cannot make (month 13, February 30). */
function realDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function realTime(text: string): boolean {
  const [hours, minutes, seconds = 0] = text.split(/[Z+-]/)[0].split(':').map(Number);
  return hours < 24 && minutes < 60 && seconds < 60;
}

export const APPSYNC_SCALARS: Readonly<Record<string, ScalarRules>> = {
  AWSDate: { parse: stringMatching('AWSDate', new RegExp(`^${DATE}${OFFSET}?$`), realDate) },
  AWSTime: { parse: stringMatching('AWSTime', new RegExp(`^${TIME}${OFFSET}?$`), realTime) },
  AWSDateTime: {
    parse: stringMatching('AWSDateTime', new RegExp(`^${DATE}T${TIME}${OFFSET}$`), (text) => realDate(text) && realTime(text.slice(11))),
  },
  AWSTimestamp: {
    parse: (value) => {
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError(`${describe(value)} is not a valid AWSTimestamp`);
      return value;
    },
  },
  AWSEmail: { parse: stringMatching('AWSEmail', /^[^\s@]+@[^\s@]+\.[^\s@]+$/) },
  AWSURL: {
    parse: stringMatching('AWSURL', /^[a-z][a-z0-9+.-]*:\/?\/?\S+$/i, (text) => URL.canParse(text)),
  },
  AWSPhone: { parse: stringMatching('AWSPhone', /^\+?[0-9][0-9 ()-]{2,}[0-9]$/) },
  AWSIPAddress: {
    parse: stringMatching('AWSIPAddress', /^[0-9a-fA-F:.]+(?:\/\d{1,3})?$/, (text) => {
      const [address, prefix] = text.split('/');
      const version = isIP(address);
      return version !== 0 && (prefix === undefined || Number(prefix) <= (version === 4 ? 32 : 128));
    }),
  },
  AWSJSON: {
    // Input is a JSON string; resolvers see the value it holds.
    parse: (value) => {
      if (typeof value !== 'string') throw new TypeError(`${describe(value)} is not a valid AWSJSON string`);
      try {
        return JSON.parse(value);
      } catch {
        throw new TypeError(`${describe(value)} is not valid JSON`);
      }
    },
    // Output: whatever the resolver returned, as a JSON string.
    serialize: (value) => (typeof value === 'string' ? value : JSON.stringify(value)),
  },
};

/** Gives the schema's AppSync scalars their rules (the SDL only declares them). */
export function installAppSyncScalars(schema: GraphQLSchema): void {
  for (const [name, rules] of Object.entries(APPSYNC_SCALARS)) {
    const type = schema.getType(name) as GraphQLScalarType | undefined;
    if (!type) continue;
    const parse = (value: unknown) => {
      try {
        return rules.parse(value);
      } catch (error) {
        throw new GraphQLError((error as Error).message);
      }
    };
    Object.assign(type, {
      parseValue: parse,
      parseLiteral: (node: ValueNode) => parse(literalValue(node)),
      serialize: rules.serialize ?? parse,
    });
  }
}

function literalValue(node: ValueNode): unknown {
  return node.kind === Kind.INT ? Number(node.value) : valueFromASTUntyped(node);
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
}
