import type { Util } from '@aws-appsync/utils';
import { isPlainObject, toAttributeMap, toAttributeValue } from '../attribute-values';

type DynamoDBUtils = Util['dynamodb'];

/**
 * `util.dynamodb`: JavaScript values to DynamoDB typed attribute values, as AppSync writes them in request
 * objects (numbers stay JSON numbers, a null is `{ "NULL": null }`). The typed converters answer `null` for
 * a missing value, as the package's types declare.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html
 */
export function createDynamoDBUtils(): DynamoDBUtils {
  const utils = {
    toDynamoDB: (value: unknown) => toAttributeValue(value),
    toString: typed('S'),
    toStringSet: typedList('SS'),
    toNumber: typed('N'),
    toNumberSet: typedList('NS'),
    toBinary: typed('B'),
    toBinarySet: typedList('BS'),
    toBoolean: typed('BOOL'),
    toNull: () => ({ NULL: null }),
    toList: (value: unknown) => (Array.isArray(value) ? { L: value.map(toAttributeValue) } : null),
    toMap: (value: unknown) => (isPlainObject(value) ? { M: toAttributeMap(value) } : null),
    toMapValues: (value: unknown) => (isPlainObject(value) ? toAttributeMap(value) : null),
    toS3Object,
    fromS3ObjectJson,
  };
  // The package types the results with generics (and `N` as a string) that no implementation can satisfy.
  return utils as unknown as DynamoDBUtils;
}

function typed<K extends string>(type: K) {
  return (value: unknown) => (value === null || value === undefined ? null : { [type]: value });
}

/** A set keeps its members as given; a copy, so changing the list afterwards changes nothing. */
function typedList<K extends string>(type: K) {
  return (value: unknown) => (Array.isArray(value) ? { [type]: [...value] } : null);
}

/** The S3 object link AppSync stores as a string attribute: compact JSON, `version` only when given. */
function toS3Object(key: string, bucket: string, region: string, version?: string) {
  if (key == null || bucket == null || region == null) return null;
  const s3 = version === undefined ? { key, bucket, region } : { key, bucket, region, version };
  return { S: JSON.stringify({ s3 }) };
}

/**
 * Reads an S3 object link back: takes the string value, or (as the documentation's example passes it) the
 * whole `{ "S": … }` attribute. Anything that is not such a link gives `null`.
 */
function fromS3ObjectJson(value: unknown) {
  const json = isPlainObject(value) ? value.S : value;
  if (typeof json !== 'string') return null;
  const s3 = parseJson(json)?.s3;
  if (!isPlainObject(s3)) return null;
  const { key, bucket, region, version } = s3;
  return version === undefined ? { key, bucket, region } : { key, bucket, region, version };
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isPlainObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
