import { evaluateCode } from '../../../../../local/runtime/evaluate-code';
import { createTransformUtils } from '../../../../../local/runtime/util/transform';

const transform = createTransformUtils();

describe('util.transform', () => {
  it('answers JSON strings for the DynamoDB and OpenSearch helpers', () => {
    const filter = { title: { contains: 'Hello World' } };
    const expected =
      '{"expression":"(contains(#title,:title_contains))","expressionNames":{"#title":"title"},' +
      '"expressionValues":{":title_contains":{"S":"Hello World"}}}';
    expect(transform.toDynamoDBFilterExpression(filter)).toBe(expected);
    expect(transform.toDynamoDBConditionExpression(filter)).toBe(expected);
    expect(transform.toElasticsearchQueryDSL({ title: { eq: 'x' } })).toBe('{"term":{"title":"x"}}');
  });

  it('answers null, not the string "null", for a filter it cannot read', () => {
    expect(transform.toDynamoDBFilterExpression({ title: { like: 'x' } } as never)).toBeNull();
    expect(transform.toDynamoDBConditionExpression(null as never)).toBeNull();
    expect(transform.toElasticsearchQueryDSL([] as never)).toBeNull();
  });

  it('reads filters built inside the resolver sandbox', () => {
    const code = `import { util } from '@aws-appsync/utils';
      export function request(ctx) {
        const filter = { and: [{ id: { attributeExists: true } }, { version: { eq: ctx.args.expectedVersion } }] };
        return {
          condition: JSON.parse(util.transform.toDynamoDBConditionExpression(filter)),
          subscription: util.transform.toSubscriptionFilter({ group: { eq: ctx.args.group } }, [], { owner: { eq: 'me' } }),
        };
      }
      export function response(ctx) { return ctx.result; }`;
    const response = evaluateCode({ code, context: { arguments: { expectedVersion: 2, group: 'aws' } } });
    expect(JSON.parse(response.evaluationResult!)).toEqual({
      condition: {
        expression: '((attribute_exists(#id)) AND (#version = :and_1_version_eq))',
        expressionNames: { '#id': 'id', '#version': 'version' },
        expressionValues: { ':and_1_version_eq': { N: 2 } },
      },
      subscription: {
        filterGroup: [
          {
            filters: [
              { fieldName: 'group', operator: 'eq', value: 'aws' },
              { fieldName: 'owner', operator: 'eq', value: 'me' },
            ],
          },
        ],
      },
    });
  });
});
