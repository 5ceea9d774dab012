import type { Util } from '@aws-appsync/utils';
import { toDynamoDBExpression } from './dynamodb-expression';
import { toOpenSearchQuery } from './opensearch-query';
import { toSubscriptionFilter } from './subscription-filter';

export { toDynamoDBExpression, type DynamoDBExpression } from './dynamodb-expression';
export { assertValidSubscriptionFilter, SUBSCRIPTION_FILTER_LIMITS } from './subscription-filter-limits';

/**
 * `util.transform`. The DynamoDB and OpenSearch helpers answer a JSON string; the subscription helper an
 * object. A filter AppSync cannot read gives `null` rather than an error.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
 */
export function createTransformUtils(): Util['transform'] {
  const utils = {
    toDynamoDBFilterExpression: (filter: unknown) => jsonOrNull(toDynamoDBExpression(filter)),
    // AppSync renders a condition exactly as a filter: the same operators, `size` and `attributeExists` included.
    toDynamoDBConditionExpression: (condition: unknown) => jsonOrNull(toDynamoDBExpression(condition)),
    toElasticsearchQueryDSL: (query: unknown) => jsonOrNull(toOpenSearchQuery(query)),
    toSubscriptionFilter,
  };
  // The package's types promise a string or a filter where AppSync can also answer `null`.
  return utils as unknown as Util['transform'];
}

function jsonOrNull(value: object | null): string | null {
  return value === null ? null : JSON.stringify(value);
}
