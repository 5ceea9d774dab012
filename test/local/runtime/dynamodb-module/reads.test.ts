import { query, scan, sync } from '../../../../local/runtime/dynamodb-module/reads';

describe('query', () => {
  test('writes the key condition', () => {
    // The d.ts example: ddb.query({ query: { id: { eq: ctx.args.id } } })
    expect(query({ query: { id: { eq: 'a1' } } })).toEqual({
      operation: 'Query',
      query: {
        expression: '(#expName_1 = :expValue_1)',
        expressionNames: { '#expName_1': 'id' },
        expressionValues: { ':expValue_1': { S: 'a1' } },
      },
    });
  });

  test('numbers the key condition, then the filter, then the projection', () => {
    expect(
      query({
        query: { channel: { eq: 'news' }, path: { beginsWith: '/a' } },
        filter: { status: { eq: 'ACTIVE' } },
        projection: ['channel', 'path', 'msgId'],
        index: 'byChannel',
        limit: 20,
        nextToken: 'token',
        scanIndexForward: false,
        consistentRead: true,
        select: 'ALL_ATTRIBUTES',
      }),
    ).toEqual({
      operation: 'Query',
      query: {
        expression: '(#expName_1 = :expValue_1) AND (begins_with(#expName_2,:expValue_2))',
        expressionNames: { '#expName_1': 'channel', '#expName_2': 'path' },
        expressionValues: { ':expValue_1': { S: 'news' }, ':expValue_2': { S: '/a' } },
      },
      filter: {
        expression: '(#expName_3 = :expValue_3)',
        expressionNames: { '#expName_3': 'status' },
        expressionValues: { ':expValue_3': { S: 'ACTIVE' } },
      },
      projection: {
        expression: '#expName_4, #expName_5, #expName_6',
        expressionNames: { '#expName_4': 'channel', '#expName_5': 'path', '#expName_6': 'msgId' },
      },
      index: 'byChannel',
      limit: 20,
      nextToken: 'token',
      scanIndexForward: false,
      consistentRead: true,
      select: 'ALL_ATTRIBUTES',
    });
  });

  test('leaves out options given as null, as GraphQL arguments arrive', () => {
    expect(Object.keys(query({ query: { id: { eq: 1 } }, limit: null, nextToken: null, filter: null, index: undefined }))).toEqual([
      'operation',
      'query',
    ]);
  });
});

describe('scan', () => {
  test('writes only the options given', () => {
    // Recorded AppSync EvaluateCode output of ddb.scan({ limit: 10, nextToken: "abc" }).
    expect(scan({ limit: 10, nextToken: 'abc' })).toEqual({ operation: 'Scan', limit: 10, nextToken: 'abc' });
    expect(scan({})).toEqual({ operation: 'Scan' });
  });

  test('writes segments, index, select, filter and projection, and no scanIndexForward', () => {
    expect(
      scan({
        index: 'gsi',
        consistentRead: false,
        segment: 1,
        totalSegments: 4,
        select: 'SPECIFIC_ATTRIBUTES',
        scanIndexForward: true,
        filter: { status: { eq: 'ACTIVE' } },
        projection: ['id'],
      }),
    ).toEqual({
      operation: 'Scan',
      index: 'gsi',
      consistentRead: false,
      segment: 1,
      totalSegments: 4,
      select: 'SPECIFIC_ATTRIBUTES',
      filter: {
        expression: '(#expName_1 = :expValue_1)',
        expressionNames: { '#expName_1': 'status' },
        expressionValues: { ':expValue_1': { S: 'ACTIVE' } },
      },
      projection: { expression: '#expName_2', expressionNames: { '#expName_2': 'id' } },
    });
  });
});

describe('sync', () => {
  test('writes the documented options', () => {
    // https://docs.aws.amazon.com/appsync/latest/devguide/built-in-modules-js.html: sync({ limit, nextToken, lastSync })
    expect(sync({ limit: 10, nextToken: 'abc', lastSync: 1714566896789 })).toEqual({
      operation: 'Sync',
      limit: 10,
      nextToken: 'abc',
      lastSync: 1714566896789,
    });
  });

  test('writes the custom partition key options and a filter', () => {
    expect(sync({ basePartitionKey: 'pk', deltaIndexName: 'deltaIndex', filter: { owner: { eq: 'me' } } })).toEqual({
      operation: 'Sync',
      basePartitionKey: 'pk',
      deltaIndexName: 'deltaIndex',
      filter: {
        expression: '(#expName_1 = :expValue_1)',
        expressionNames: { '#expName_1': 'owner' },
        expressionValues: { ':expValue_1': { S: 'me' } },
      },
    });
  });
});
