import { evaluateCode } from '../../../../local/runtime/evaluate-code';
import { createRdsUtils } from '../../../../local/runtime/util/rds';

const { toJsonObject } = createRdsUtils();

function column(name: string, label = name) {
  return { isSigned: false, label, name, tableName: 'Books', typeName: 'VARCHAR', type: 12, nullable: 0 };
}

// The `select * from Books limit 2` result of
// https://docs.aws.amazon.com/appsync/latest/devguide/rds-helpers-in-util-rds.html
const BOOKS_RESULT = {
  sqlStatementResults: [
    {
      numberOfRecordsUpdated: 0,
      records: [
        [
          { stringValue: 'Mark Twain' },
          { stringValue: 'Adventures of Huckleberry Finn' },
          { stringValue: '978-1948132817' },
        ],
        [{ stringValue: 'Jack London' }, { stringValue: 'The Call of the Wild' }, { stringValue: '978-1948132275' }],
      ],
      columnMetadata: [column('author'), column('title'), column('ISBN-13')],
    },
  ],
};
const BOOKS = [
  { author: 'Mark Twain', title: 'Adventures of Huckleberry Finn', 'ISBN-13': '978-1948132817' },
  { author: 'Jack London', title: 'The Call of the Wild', 'ISBN-13': '978-1948132275' },
];

describe('util.rds.toJsonObject', () => {
  it('turns the documented result into one list of rows per statement', () => {
    expect(toJsonObject(JSON.stringify(BOOKS_RESULT))).toEqual([BOOKS]);
  });

  it('takes the result parsed as well', () => {
    expect(toJsonObject(BOOKS_RESULT as never)).toEqual([BOOKS]);
  });

  // https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-rds-js.html
  it('gives a statement without records (an INSERT) an empty list, in statement order', () => {
    const result = {
      sqlStatementResults: [{ numberOfRecordsUpdated: 1, generatedFields: [] }, BOOKS_RESULT.sqlStatementResults[0]],
    };
    expect(toJsonObject(JSON.stringify(result))).toEqual([[], BOOKS]);
  });

  it('reads every Data API field type', () => {
    const result = {
      sqlStatementResults: [
        {
          records: [
            [
              { longValue: 42 },
              { doubleValue: 1.5 },
              { booleanValue: true },
              { isNull: true },
              { blobValue: 'AQID' },
              { arrayValue: { stringValues: ['a', 'b'] } },
              { arrayValue: { arrayValues: [{ longValues: [1, 2] }, { booleanValues: [false] }] } },
            ],
          ],
          columnMetadata: ['id', 'price', 'active', 'note', 'data', 'tags', 'matrix'].map((name) => column(name)),
        },
      ],
    };
    expect(toJsonObject(result as never)).toEqual([
      [{ id: 42, price: 1.5, active: true, note: null, data: 'AQID', tags: ['a', 'b'], matrix: [[1, 2], [false]] }],
    ]);
  });

  it('keys a row by the column label the query gave', () => {
    const result = {
      sqlStatementResults: [{ records: [[{ stringValue: 'u1' }]], columnMetadata: [column('id', 'userId')] }],
    };
    expect(toJsonObject(result as never)).toEqual([[{ userId: 'u1' }]]);
  });

  it.each([
    ['text that is not JSON', 'oops'],
    ['JSON without statement results', '{}'],
    ['a statement that is not an object', '{"sqlStatementResults":[1]}'],
    ['null', null],
  ])('answers null for %s', (_name, input) => {
    expect(toJsonObject(input as never)).toBeNull();
  });

  it('works on the result a response handler receives', () => {
    const code = `import { util } from '@aws-appsync/utils';
      export function request(ctx) { return {}; }
      export function response(ctx) { return util.rds.toJsonObject(ctx.result)[0][1]; }`;
    const response = evaluateCode({ code, context: { result: JSON.stringify(BOOKS_RESULT) }, function: 'response' });
    expect(JSON.parse(response.evaluationResult!)).toEqual(BOOKS[1]);
  });
});
