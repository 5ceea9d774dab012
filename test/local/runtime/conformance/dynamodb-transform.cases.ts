import type { ConformanceCase } from './case';

/** Conformance of `util.dynamodb`, `util.transform` and `util.rds` with the examples of AWS's documentation. */

const DYNAMODB_HELPERS =
  'https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html';
const TRANSFORM_HELPERS =
  'https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html';
const TRANSFORM_HELPERS_VTL =
  'https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform.html';
const DYNAMODB_FILTERS =
  'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-filter.html';
const DYNAMODB_SCAN =
  'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-scan.html';
const ENHANCED_FILTERING =
  'https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html';
const EXTENSIONS = 'https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html';
const RDS_RESOLVERS = 'https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-rds-js.html';
const RDS_HELPERS_VTL = 'https://docs.aws.amazon.com/appsync/latest/devguide/rds-helpers-in-util-rds.html';

/** A request handler that returns `expression`, evaluated with `util` in scope. */
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

/** A filter group of `[fieldName, operator, value]` entries, as the documentation prints them. */
function group(...filters: [string, string, unknown][]) {
  return { filters: filters.map(([fieldName, operator, value]) => ({ fieldName, operator, value })) };
}

function dynamodbCase(name: string, expression: string, result: unknown): ConformanceCase {
  return { name: `util.dynamodb: ${name}`, source: DYNAMODB_HELPERS, code: returning(expression), expect: { result } };
}

const SAMPLE_MAP = '{ "foo": "bar", "baz" : 1234, "beep": [ "boop"] }';
const SAMPLE_MAP_VALUES = { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } };
const SAMPLE_LIST_VALUE = { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] };

const dynamodbCases: ConformanceCase[] = [
  dynamodbCase('toDynamoDB of a string', 'util.dynamodb.toDynamoDB("foo")', { S: 'foo' }),
  dynamodbCase('toDynamoDB of a number keeps a JSON number', 'util.dynamodb.toDynamoDB(12345)', { N: 12345 }),
  dynamodbCase('toDynamoDB of a Boolean', 'util.dynamodb.toDynamoDB(true)', { BOOL: true }),
  dynamodbCase(
    'toDynamoDB of a list uses L, not a set',
    'util.dynamodb.toDynamoDB([ "foo", 123, { "bar" : "baz" } ])',
    SAMPLE_LIST_VALUE,
  ),
  dynamodbCase('toDynamoDB of a map', `util.dynamodb.toDynamoDB(${SAMPLE_MAP})`, { M: SAMPLE_MAP_VALUES }),
  dynamodbCase('toString', 'util.dynamodb.toString("foo")', { S: 'foo' }),
  dynamodbCase('toStringSet', 'util.dynamodb.toStringSet([ "foo", "bar", "baz" ])', { SS: ['foo', 'bar', 'baz'] }),
  dynamodbCase('toNumber', 'util.dynamodb.toNumber(12345)', { N: 12345 }),
  dynamodbCase('toNumberSet', 'util.dynamodb.toNumberSet([ 1, 23, 4.56 ])', { NS: [1, 23, 4.56] }),
  dynamodbCase('toBinary', 'util.dynamodb.toBinary("foo")', { B: 'foo' }),
  dynamodbCase('toBinarySet', 'util.dynamodb.toBinarySet([ "foo", "bar", "baz" ])', { BS: ['foo', 'bar', 'baz'] }),
  dynamodbCase('toBoolean', 'util.dynamodb.toBoolean(true)', { BOOL: true }),
  dynamodbCase('toNull', 'util.dynamodb.toNull()', { NULL: null }),
  dynamodbCase('toList', 'util.dynamodb.toList([ "foo", 123, { "bar" : "baz" } ])', SAMPLE_LIST_VALUE),
  dynamodbCase('toMap', `util.dynamodb.toMap(${SAMPLE_MAP})`, { M: SAMPLE_MAP_VALUES }),
  dynamodbCase('toMapValues', `util.dynamodb.toMapValues(${SAMPLE_MAP})`, SAMPLE_MAP_VALUES),
  dynamodbCase(
    'toMapValues(obj) is exactly toMap(obj).M',
    `JSON.stringify(util.dynamodb.toMapValues(${SAMPLE_MAP})) === JSON.stringify(util.dynamodb.toMap(${SAMPLE_MAP}).M)`,
    true,
  ),
  // The documentation prints the S3 link's JSON loosely (it is not even valid JSON there): compare it parsed.
  dynamodbCase(
    'toS3Object stores key, bucket and region as a string attribute',
    'JSON.parse(util.dynamodb.toS3Object("foo", "bar", "baz").S)',
    {
      s3: { key: 'foo', bucket: 'bar', region: 'baz' },
    },
  ),
  dynamodbCase('toS3Object with a version', 'JSON.parse(util.dynamodb.toS3Object("foo", "bar", "baz", "beep").S)', {
    s3: { key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' },
  }),
  dynamodbCase(
    'fromS3ObjectJson reads the string value of a link back',
    'util.dynamodb.fromS3ObjectJson(util.dynamodb.toS3Object("foo", "bar", "baz", "beep").S)',
    {
      key: 'foo',
      bucket: 'bar',
      region: 'baz',
      version: 'beep',
    },
  ),
  dynamodbCase(
    'fromS3ObjectJson given the attribute, as the example passes it',
    'util.dynamodb.fromS3ObjectJson(util.dynamodb.toS3Object("foo", "bar", "baz", "beep"))',
    {
      key: 'foo',
      bucket: 'bar',
      region: 'baz',
      version: 'beep',
    },
  ),
];

const dynamodbFilterCases: ConformanceCase[] = [
  {
    name: 'toDynamoDBFilterExpression: the documented beginsWith filter',
    source: DYNAMODB_FILTERS,
    code: returning(
      `{ filter: JSON.parse(util.transform.toDynamoDBFilterExpression({ title: { beginsWith: 'far away' } })) }`,
    ),
    expect: {
      result: {
        filter: {
          expression: '(begins_with(#title,:title_beginsWith))',
          expressionNames: { '#title': 'title' },
          expressionValues: { ':title_beginsWith': { S: 'far away' } },
        },
      },
    },
  },
  {
    // The page prints the expression string loosely; its names and values are exact.
    name: 'toDynamoDBFilterExpression: the documented contains filter names its placeholders',
    source: TRANSFORM_HELPERS_VTL,
    code: `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  const filter = JSON.parse(util.transform.toDynamoDBFilterExpression({ "title": { "contains": "Hello World" } }));
  return { expressionNames: filter.expressionNames, expressionValues: filter.expressionValues };
}
export function response(ctx) {
  return ctx.result;
}
`,
    expect: {
      result: { expressionNames: { '#title': 'title' }, expressionValues: { ':title_contains': { S: 'Hello World' } } },
    },
  },
  {
    name: 'toDynamoDBFilterExpression: the Scan example filters a field named filter by prefix',
    source: DYNAMODB_SCAN,
    context: { arguments: { title: 'far' } },
    code: returning(
      `{ operation: 'Scan', filter: JSON.parse(util.transform.toDynamoDBFilterExpression({ filter: { beginsWith: ctx.args.title } })) }`,
    ),
    expect: {
      result: {
        operation: 'Scan',
        filter: {
          expression: '(begins_with(#filter,:filter_beginsWith))',
          expressionNames: { '#filter': 'filter' },
          expressionValues: { ':filter_beginsWith': { S: 'far' } },
        },
      },
    },
  },
  {
    name: 'toElasticsearchQueryDSL: the documented example',
    source: TRANSFORM_HELPERS,
    code: returning(`JSON.parse(util.transform.toElasticsearchQueryDSL({
      "upvotes": { "ne": 15, "range": [10, 20] },
      "title": { "eq": "hihihi", "wildcard": "h*i" }
    }))`),
    expect: {
      result: {
        bool: {
          must: [
            {
              bool: {
                must: [{ bool: { must_not: { term: { upvotes: 15 } } } }, { range: { upvotes: { gte: 10, lte: 20 } } }],
              },
            },
            { bool: { must: [{ term: { title: 'hihihi' } }, { wildcard: { title: 'h*i' } }] } },
          ],
        },
      },
    },
  },
];

const DOCUMENTED_SUBSCRIPTION_FILTER = `{
      "percentageUp": { "lte": 50, "gte": 20 },
      "and": [{ "title": { "ne": "Book1" } }, { "downvotes": { "gt": 2000 } }],
      "or": [{ "author": { "eq": "Admin" } }, { "isPublished": { "eq": false } }]
    }`;
const TICKET_FILTERS = `{ severity: { ge: 7 }, priority: { in: ['high', 'medium'] } },
      { category: { eq: 'security' }, group: { in: ['admin', 'operators'] } }`;
const TICKET_GROUPS = [
  group(['severity', 'ge', 7], ['priority', 'in', ['high', 'medium']]),
  group(['category', 'eq', 'security'], ['group', 'in', ['admin', 'operators']]),
];

function subscriptionCase(
  name: string,
  source: string,
  expression: string,
  filterGroup: unknown[],
  context?: Record<string, unknown>,
): ConformanceCase {
  return {
    name: `toSubscriptionFilter: ${name}`,
    source,
    context,
    code: returning(expression),
    expect: { result: { filterGroup } },
  };
}

const subscriptionFilterCases: ConformanceCase[] = [
  subscriptionCase(
    'the documented map of fields, and and or',
    TRANSFORM_HELPERS,
    `util.transform.toSubscriptionFilter(${DOCUMENTED_SUBSCRIPTION_FILTER})`,
    [
      group(
        ['percentageUp', 'lte', 50],
        ['title', 'ne', 'Book1'],
        ['downvotes', 'gt', 2000],
        ['author', 'eq', 'Admin'],
      ),
      group(
        ['percentageUp', 'lte', 50],
        ['title', 'ne', 'Book1'],
        ['downvotes', 'gt', 2000],
        ['isPublished', 'eq', false],
      ),
      group(
        ['percentageUp', 'gte', 20],
        ['title', 'ne', 'Book1'],
        ['downvotes', 'gt', 2000],
        ['author', 'eq', 'Admin'],
      ),
      group(
        ['percentageUp', 'gte', 20],
        ['title', 'ne', 'Book1'],
        ['downvotes', 'gt', 2000],
        ['isPublished', 'eq', false],
      ),
    ],
  ),
  subscriptionCase(
    'the documented ignored fields',
    TRANSFORM_HELPERS,
    `util.transform.toSubscriptionFilter(${DOCUMENTED_SUBSCRIPTION_FILTER.replace(
      '2000',
      '20',
    )}, ["percentageUp", "author"])`,
    [group(['title', 'ne', 'Book1'], ['downvotes', 'gt', 20], ['isPublished', 'eq', false])],
  ),
  subscriptionCase(
    'an empty list of ignored fields ignores nothing',
    TRANSFORM_HELPERS,
    `util.transform.toSubscriptionFilter({ "title": { "ne": "Book1" } }, [])`,
    [group(['title', 'ne', 'Book1'])],
  ),
  subscriptionCase(
    'strict rules: at least one must hold in every group',
    TRANSFORM_HELPERS,
    `util.transform.toSubscriptionFilter({ "title": { "ne": "Book1" } }, [], { "upvotes": { "gte": 250 }, "author": { "eq": "Person1" } })`,
    [
      group(['title', 'ne', 'Book1'], ['upvotes', 'gte', 250]),
      group(['title', 'ne', 'Book1'], ['author', 'eq', 'Person1']),
    ],
  ),
  subscriptionCase(
    'two conditions on one field are ORed',
    TRANSFORM_HELPERS,
    `util.transform.toSubscriptionFilter({ "severity": { "le": 2, "ge": 8 } })`,
    [group(['severity', 'le', 2]), group(['severity', 'ge', 8])],
  ),
  subscriptionCase(
    'an or nested in an and',
    TRANSFORM_HELPERS,
    `util.transform.toSubscriptionFilter({ "and": [
      { "field_name1": { "eq": 1 } },
      { "or": [{ "field_name2": { "eq": 2 } }, { "field_name3": { "eq": 3 } }] }
    ] })`,
    [
      group(['field_name1', 'eq', 1], ['field_name2', 'eq', 2]),
      group(['field_name1', 'eq', 1], ['field_name3', 'eq', 3]),
    ],
  ),
  subscriptionCase(
    'the special-ticket filter',
    ENHANCED_FILTERING,
    `util.transform.toSubscriptionFilter({ or: [${TICKET_FILTERS}] })`,
    TICKET_GROUPS,
  ),
  subscriptionCase(
    'the group-ticket filter built from an argument',
    ENHANCED_FILTERING,
    `util.transform.toSubscriptionFilter({ group: { eq: ctx.args.group }, status: { eq: 'pending' } })`,
    [group(['group', 'eq', 'aws'], ['status', 'eq', 'pending'])],
    { arguments: { group: 'aws' } },
  ),
  subscriptionCase(
    'a nested schema field, written with dots',
    ENHANCED_FILTERING,
    `util.transform.toSubscriptionFilter({ or: [${TICKET_FILTERS}, { 'location.address.country': { eq: 'USA' } }] })`,
    [...TICKET_GROUPS, group(['location.address.country', 'eq', 'USA'])],
  ),
  subscriptionCase(
    'a client-defined filter passed as its subscription argument',
    ENHANCED_FILTERING,
    `util.transform.toSubscriptionFilter(ctx.args.filter)`,
    [group(['severity', 'le', 2])],
    { arguments: { filter: '{"severity":{"le":2}}' } },
  ),
  subscriptionCase(
    'AND logic: several fields in one group',
    EXTENSIONS,
    `util.transform.toSubscriptionFilter({ userId: { eq: 1 }, group: { in: ['Admin', 'Developer'] } })`,
    [group(['userId', 'eq', 1], ['group', 'in', ['Admin', 'Developer']])],
  ),
  subscriptionCase(
    'OR logic: one group per alternative',
    EXTENSIONS,
    `util.transform.toSubscriptionFilter({ or: [{ userId: { eq: 1 } }, { group: { in: ['Admin', 'Developer'] } }] })`,
    [group(['userId', 'eq', 1]), group(['group', 'in', ['Admin', 'Developer']])],
  ),
  subscriptionCase(
    'containsAny carries its list of values',
    EXTENSIONS,
    `util.transform.toSubscriptionFilter({ seats: { containsAny: [10, 15] } })`,
    [group(['seats', 'containsAny', [10, 15]])],
  ),
  subscriptionCase(
    'beginsWith, between and notIn carry their values',
    EXTENSIONS,
    `util.transform.toSubscriptionFilter({ service: { beginsWith: 'AWS' }, severity: { between: [1, 5] }, size: { notIn: [1, 2, 3] } })`,
    [group(['service', 'beginsWith', 'AWS'], ['severity', 'between', [1, 5]], ['size', 'notIn', [1, 2, 3]])],
  ),
];

/** The `select * from Books limit 2` result of the `util.rds` page. */
const BOOKS_STATEMENT = {
  numberOfRecordsUpdated: 0,
  records: [
    [
      { stringValue: 'Mark Twain' },
      { stringValue: 'Adventures of Huckleberry Finn' },
      { stringValue: '978-1948132817' },
    ],
    [{ stringValue: 'Jack London' }, { stringValue: 'The Call of the Wild' }, { stringValue: '978-1948132275' }],
  ],
  columnMetadata: ['author', 'title', 'ISBN-13'].map((name) => ({
    isSigned: false,
    isCurrency: false,
    label: name,
    precision: 200,
    typeName: 'VARCHAR',
    scale: 0,
    isAutoIncrement: false,
    isCaseSensitive: false,
    schemaName: '',
    tableName: 'Books',
    type: 12,
    nullable: 0,
    arrayBaseColumnType: 0,
    name,
  })),
};
const BOOKS = [
  { author: 'Mark Twain', title: 'Adventures of Huckleberry Finn', 'ISBN-13': '978-1948132817' },
  { author: 'Jack London', title: 'The Call of the Wild', 'ISBN-13': '978-1948132275' },
];
const INSERT_STATEMENT = { numberOfRecordsUpdated: 1, generatedFields: [] };

function rdsCase(
  name: string,
  source: string,
  result: unknown,
  expression: string,
  expected: unknown,
): ConformanceCase {
  return {
    name: `util.rds: ${name}`,
    source,
    function: 'response',
    context: { result: JSON.stringify(result) },
    code: `import { util } from '@aws-appsync/utils';
export function request(ctx) {
  return {};
}
export function response(ctx) {
  return ${expression};
}
`,
    expect: { result: expected },
  };
}

const rdsCases: ConformanceCase[] = [
  // The rows are the util.rds page's; the per-statement list is what the JS resolver reference describes.
  rdsCase(
    'toJsonObject gives one list of rows per statement',
    RDS_RESOLVERS,
    { sqlStatementResults: [BOOKS_STATEMENT] },
    'util.rds.toJsonObject(ctx.result)',
    [BOOKS],
  ),
  rdsCase(
    'the second statement of two, as toJsonObject(result)[1][0]',
    RDS_RESOLVERS,
    { sqlStatementResults: [INSERT_STATEMENT, BOOKS_STATEMENT] },
    'util.rds.toJsonObject(ctx.result)[1][0]',
    BOOKS[0],
  ),
  rdsCase(
    'a mutation statement gives an empty list',
    RDS_HELPERS_VTL,
    { sqlStatementResults: [INSERT_STATEMENT] },
    'util.rds.toJsonObject(ctx.result)',
    [[]],
  ),
  rdsCase(
    'toJsonObject answers null for an unexpected result',
    RDS_RESOLVERS,
    { rows: [] },
    'util.rds.toJsonObject(ctx.result)',
    null,
  ),
];

export const cases: ConformanceCase[] = [
  ...dynamodbCases,
  ...dynamodbFilterCases,
  ...subscriptionFilterCases,
  ...rdsCases,
];
