import { ConditionalCheckFailedException, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { toDynamoDBExpression } from '../../../../../local/runtime/util/transform/dynamodb-expression';
import { startDynalite, toWireMap, type DynaliteHarness } from '../support/dynalite';

/** The expression string alone, which is what most cases pin down byte for byte. */
function expressionOf(filter: unknown): string | undefined {
  return toDynamoDBExpression(filter)?.expression;
}

describe('toDynamoDBExpression', () => {
  // https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-filter.html
  it('renders the documented beginsWith filter exactly', () => {
    expect(toDynamoDBExpression({ title: { beginsWith: 'far away' } })).toEqual({
      expression: '(begins_with(#title,:title_beginsWith))',
      expressionNames: { '#title': 'title' },
      expressionValues: { ':title_beginsWith': { S: 'far away' } },
    });
  });

  // https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform.html
  it('names the placeholders of the documented contains filter as the documentation does', () => {
    const rendered = toDynamoDBExpression({ title: { contains: 'Hello World' } });
    expect(rendered).toEqual({
      expression: '(contains(#title,:title_contains))',
      expressionNames: { '#title': 'title' },
      expressionValues: { ':title_contains': { S: 'Hello World' } },
    });
  });

  describe('operators', () => {
    it.each([
      ['eq', { v: { eq: 'x' } }, '(#v = :v_eq)'],
      ['ne', { v: { ne: 'x' } }, '(#v <> :v_ne)'],
      ['lt', { v: { lt: 1 } }, '(#v < :v_lt)'],
      ['le', { v: { le: 1 } }, '(#v <= :v_le)'],
      ['gt', { v: { gt: 1 } }, '(#v > :v_gt)'],
      ['ge', { v: { ge: 1 } }, '(#v >= :v_ge)'],
      ['contains', { v: { contains: 'x' } }, '(contains(#v,:v_contains))'],
      ['notContains', { v: { notContains: 'x' } }, '(NOT contains(#v,:v_notContains))'],
      ['beginsWith', { v: { beginsWith: 'x' } }, '(begins_with(#v,:v_beginsWith))'],
      ['between', { v: { between: [1, 9] } }, '(#v BETWEEN :v_between_start AND :v_between_end)'],
      ['in', { v: { in: ['a', 'b'] } }, '(#v IN (:v_in_0, :v_in_1))'],
      ['attributeExists true', { v: { attributeExists: true } }, '(attribute_exists(#v))'],
      ['attributeExists false', { v: { attributeExists: false } }, '(attribute_not_exists(#v))'],
      ['attributeType', { v: { attributeType: 'stringSet' } }, '(attribute_type(#v,:v_attributeType))'],
      ['size', { v: { size: { gt: 2 } } }, '(size(#v) > :v_size_gt)'],
      ['size with a function', { v: { size: { contains: 'x' } } }, '(contains(size(#v),:v_size_contains))'],
      ['size nested in size', { v: { size: { size: { gt: 1 } } } }, '(size(#v) > :v_size_size_gt)'],
    ])('%s', (_name, filter, expression) => {
      expect(expressionOf(filter)).toBe(expression);
    });

    it('keeps every operand typed, numbers as JSON numbers and null as NULL', () => {
      expect(
        toDynamoDBExpression({ a: { eq: 10 }, b: { eq: null }, c: { eq: [1, true] }, d: { eq: { e: 'f' } } })
          ?.expressionValues,
      ).toEqual({
        ':a_eq': { N: 10 },
        ':b_eq': { NULL: null },
        ':c_eq': { L: [{ N: 1 }, { BOOL: true }] },
        ':d_eq': { M: { e: { S: 'f' } } },
      });
    });

    it('types the operands of between and in one by one, ignoring bounds past the second', () => {
      expect(
        toDynamoDBExpression({ v: { between: ['1', '9', '5'] }, w: { in: [1, 'two'] } })?.expressionValues,
      ).toEqual({
        ':v_between_start': { S: '1' },
        ':v_between_end': { S: '9' },
        ':w_in_0': { N: 1 },
        ':w_in_1': { S: 'two' },
      });
    });

    it('passes the DynamoDB type code for an attributeType name', () => {
      expect(toDynamoDBExpression({ v: { attributeType: '_null' } })?.expressionValues).toEqual({
        ':v_attributeType': { S: 'NULL' },
      });
      expect(toDynamoDBExpression({ v: { attributeType: 'map' } })?.expressionValues).toEqual({
        ':v_attributeType': { S: 'M' },
      });
    });

    it('lists no value for attributeExists', () => {
      expect(toDynamoDBExpression({ id: { attributeExists: false } })).toEqual({
        expression: '(attribute_not_exists(#id))',
        expressionNames: { '#id': 'id' },
        expressionValues: {},
      });
    });
  });

  describe('grouping and placeholder names', () => {
    it.each([
      ['top-level conditions are not wrapped', { a: { eq: 1 }, b: { eq: 2 } }, '(#a = :a_eq) AND (#b = :b_eq)'],
      ['two conditions on one field are wrapped', { v: { ge: 1, le: 5 } }, '((#v >= :v_ge) AND (#v <= :v_le))'],
      ['an and of one member is not wrapped', { and: [{ a: { eq: 1 } }] }, '(#a = :and_0_a_eq)'],
      [
        'an and of two members',
        { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
        '((#a = :and_0_a_eq) AND (#b = :and_1_b_eq))',
      ],
      [
        'an or of two members',
        { or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
        '((#a = :or_0_a_eq) OR (#b = :or_1_b_eq))',
      ],
      ['not', { not: { a: { eq: 1 } } }, '(NOT (#a = :not_a_eq))'],
      ['not of not', { not: { not: { a: { eq: 1 } } } }, '(NOT (NOT (#a = :not_not_a_eq)))'],
      ['not of two fields', { not: { a: { eq: 1 }, b: { eq: 2 } } }, '(NOT ((#a = :not_a_eq) AND (#b = :not_b_eq)))'],
      [
        'an or inside an and',
        { and: [{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] },
        '(((#a = :and_0_or_0_a_eq) OR (#b = :and_0_or_1_b_eq)) AND (#c = :and_1_c_eq))',
      ],
      ['a field beside a group', { a: { eq: 1 }, and: [{ b: { eq: 2 } }] }, '(#a = :a_eq) AND (#b = :and_0_b_eq)'],
      ['a field name verbatim, dots included', { 'a.b': { eq: 1 } }, '(#a.b = :a.b_eq)'],
    ])('%s', (_name, filter, expression) => {
      expect(expressionOf(filter)).toBe(expression);
    });

    it('renders what renders nothing as AppSync does, dangling joiners included', () => {
      expect(toDynamoDBExpression({})).toEqual({ expression: '', expressionNames: {}, expressionValues: {} });
      expect(toDynamoDBExpression({ v: {} })).toEqual({
        expression: '',
        expressionNames: { '#v': 'v' },
        expressionValues: {},
      });
      expect(expressionOf({ a: { eq: 1 }, b: {} })).toBe('(#a = :a_eq) AND ');
      expect(expressionOf({ and: [{ a: { eq: 1 } }, {}] })).toBe('((#a = :and_0_a_eq) AND )');
      expect(expressionOf({ not: {} })).toBe('(NOT )');
      expect(expressionOf({ v: { in: [] } })).toBe('(null)');
    });

    it('leaves out properties whose value is undefined, as JSON does', () => {
      expect(toDynamoDBExpression({ a: { eq: 1, ne: undefined }, b: undefined })).toEqual(
        toDynamoDBExpression({ a: { eq: 1 } }),
      );
    });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a list', []],
    ['a string', 'title'],
    ['an unknown operator', { v: { like: 'x' } }],
    ['a field holding a value', { v: 'x' }],
    ['a field nested in a field', { a: { b: { eq: 1 } } }],
    ['an and given an object', { and: { a: { eq: 1 } } }],
    ['a null member of a group', { or: [{ a: { eq: 1 } }, null] }],
    ['not given a list', { not: [{ a: { eq: 1 } }] }],
    ['between with one bound', { v: { between: [1] } }],
    ['in given a string', { v: { in: 'x' } }],
    ['attributeExists given a string', { v: { attributeExists: 'yes' } }],
    ['attributeType given a type code', { v: { attributeType: 'S' } }],
    ['size given a number', { v: { size: 3 } }],
  ])('cannot render %s and answers null', (_name, filter) => {
    expect(toDynamoDBExpression(filter)).toBeNull();
  });

  describe('against DynamoDB (dynalite)', () => {
    let dynalite: DynaliteHarness;
    const BOOKS = [
      { id: 'b1', title: 'Hello World', author: 'Ann', upvotes: 10, tags: ['js', 'aws'], draft: false },
      { id: 'b2', title: 'Hello Again', author: 'Bob', upvotes: 3, tags: ['aws'] },
      { id: 'b3', title: 'Far Away', author: 'Ann', upvotes: 25, tags: ['travel', 'maps', 'sea'], draft: true },
      { id: 'b4', title: 'Farming', author: 'Cid', upvotes: 0, tags: [], rating: null },
    ];

    beforeAll(async () => {
      dynalite = await startDynalite();
      await dynalite.createTable('Books', 'id');
      for (const book of BOOKS) {
        await dynalite.client.send(
          new PutItemCommand({ TableName: 'Books', Item: marshall(book, { removeUndefinedValues: true }) }),
        );
      }
    });
    afterAll(() => dynalite.stop());

    async function matchingIds(filter: unknown): Promise<string[]> {
      const rendered = toDynamoDBExpression(filter)!;
      const { Items = [] } = await dynalite.client.send(
        new ScanCommand({
          TableName: 'Books',
          FilterExpression: rendered.expression,
          ExpressionAttributeNames: rendered.expressionNames,
          ExpressionAttributeValues: Object.keys(rendered.expressionValues).length
            ? toWireMap(rendered.expressionValues)
            : undefined,
        }),
      );
      return Items.map((item) => unmarshall(item).id as string).sort();
    }

    it.each([
      ['contains', { title: { contains: 'Hello' } }, ['b1', 'b2']],
      ['beginsWith', { title: { beginsWith: 'Far' } }, ['b3', 'b4']],
      ['notContains on a list', { tags: { notContains: 'aws' } }, ['b3', 'b4']],
      ['between', { upvotes: { between: [3, 10] } }, ['b1', 'b2']],
      ['in', { author: { in: ['Bob', 'Cid'] } }, ['b2', 'b4']],
      ['two conditions on a field', { upvotes: { gt: 0, lt: 25 } }, ['b1', 'b2']],
      ['attributeExists false', { draft: { attributeExists: false } }, ['b2', 'b4']],
      ['attributeType', { rating: { attributeType: '_null' } }, ['b4']],
      ['size', { tags: { size: { ge: 2 } } }, ['b1', 'b3']],
      ['or with not', { or: [{ author: { eq: 'Bob' } }, { not: { upvotes: { le: 10 } } }] }, ['b2', 'b3']],
      [
        'and of or',
        { and: [{ or: [{ author: { eq: 'Ann' } }, { author: { eq: 'Cid' } }] }, { upvotes: { ne: 25 } }] },
        ['b1', 'b4'],
      ],
    ])('filters with %s', async (_name, filter, ids) => {
      expect(await matchingIds(filter)).toEqual(ids);
    });

    it('guards a write as a condition expression', async () => {
      const condition = toDynamoDBExpression({ id: { attributeExists: false } })!;
      const put = new PutItemCommand({
        TableName: 'Books',
        Item: marshall({ id: 'b1', title: 'Overwritten' }),
        ConditionExpression: condition.expression,
        ExpressionAttributeNames: condition.expressionNames,
      });
      await expect(dynalite.client.send(put)).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    });
  });
});
