import { isDeepStrictEqual } from 'node:util';

/**
 * AppSync's filtering by subscription arguments, for subscriptions whose resolver set no enhanced filter:
 * every argument the subscriber gave must equal the field of the same name in the published payload (the
 * mutation's result, not its arguments; a field the mutation did not select is null and so never equal).
 * An argument left out, or given as null, does not filter.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html
 */
export function matchesArguments(args: Readonly<Record<string, unknown>>, payload: unknown): boolean {
  const fields = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  return Object.entries(args).every(([name, value]) => value === null || value === undefined || isDeepStrictEqual(fields[name], value));
}
