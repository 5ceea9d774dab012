/**
 * The expressions of a request object (query, filter, projection, condition, update), each with its own
 * names and values, turned into the DynamoDB API's members: one expression member each, and ONE name map
 * and ONE value map shared by all of them.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 */
import { isPlainObject } from '../../runtime/attribute-values';
import { InvalidRequestError } from '../errors';
import { mapAt } from './request-objects';
import { toApiValue, type ApiAttributeValue } from './typed-values';

/** An expression as request objects write it. Projections have no values. */
export interface RequestExpression {
  readonly expression: string;
  readonly expressionNames?: Record<string, string>;
  readonly expressionValues?: Record<string, unknown>;
}

export type ExpressionMember =
  | 'KeyConditionExpression'
  | 'FilterExpression'
  | 'ProjectionExpression'
  | 'ConditionExpression'
  | 'UpdateExpression';

/** One expression of a request: the API member it becomes and the request element it comes from. */
export interface ExpressionPart {
  readonly member: ExpressionMember;
  readonly value: unknown;
  /** Where the expression sits in the request object, for errors: `$[condition]`. */
  readonly path: string;
}

/**
 * The API members for the given expressions. Absent (undefined or null) expressions are left out, and so
 * are empty name and value maps, which DynamoDB refuses.
 */
export function expressionMembers(parts: readonly ExpressionPart[]): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  const values: Record<string, ApiAttributeValue> = {};
  for (const { member, value, path } of parts) {
    if (value === undefined || value === null) continue;
    if (!isPlainObject(value) || typeof value.expression !== 'string') {
      throw new InvalidRequestError(`Expected an object with a string 'expression' at '${path}'.`);
    }
    members[member] = value.expression;
    Object.assign(names, optionalMap(value.expressionNames, `${path}[expressionNames]`));
    for (const [placeholder, typed] of Object.entries(optionalMap(value.expressionValues, `${path}[expressionValues]`))) {
      values[placeholder] = toApiValue(typed, `${path}[expressionValues][${placeholder}]`);
    }
  }
  if (Object.keys(names).length > 0) members.ExpressionAttributeNames = names;
  if (Object.keys(values).length > 0) members.ExpressionAttributeValues = values;
  return members;
}

function optionalMap(value: unknown, path: string): Record<string, unknown> {
  return value === undefined || value === null ? {} : mapAt(value, path);
}
