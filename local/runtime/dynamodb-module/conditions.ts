import type { AttributeValue } from '../attribute-values';
import { RuntimeArgumentError } from '../errors';
import { toDynamoDBExpression } from '../util/transform/dynamodb-expression';
import { requireObject } from './arguments';
import { ExpressionBuilder, type DynamoDBExpression, type PlaceholderCounter } from './expression-builder';

/**
 * Filter, condition and key-condition objects (`{ owner: { eq: 'me' }, or: [...], not: {...} }`). They are
 * the operator language of `util.transform.toDynamoDBFilterExpression`/`toDynamoDBConditionExpression`, so
 * they are rendered by the same renderer, with the same layout (`(attribute_exists(#id)) AND (#version =
 * :version_eq)`); only the placeholders differ: the module's `#expName_<n>`/`:expValue_<n>` replace the
 * transform's `#<field>`/`:<path>_<operator>`, numbered in the order they appear in the expression.
 */

/** A filter (Query, Scan, Sync) or condition (PutItem, UpdateItem, DeleteItem, transactions). */
export function conditionExpression(condition: unknown, counter: PlaceholderCounter, helper: string): DynamoDBExpression | undefined {
  if (condition === undefined || condition === null) return undefined;
  const rendered = toDynamoDBExpression(requireObject(condition, helper, 'a condition or filter'));
  if (rendered === null) {
    throw new RuntimeArgumentError(`${helper}: cannot read the condition or filter ${JSON.stringify(condition)}`);
  }
  return rendered.expression === '' ? undefined : renumber(rendered, new ExpressionBuilder(counter));
}

/** A Query's key condition: an equality on the partition key, a comparison or `beginsWith` on the sort key. */
const KEY_OPERATORS = new Set(['eq', 'lt', 'le', 'gt', 'ge', 'between', 'beginsWith']);

/** A Query's key condition; it must name a key attribute and use key operators only (no and/or/not). */
export function keyConditionExpression(query: unknown, counter: PlaceholderCounter): DynamoDBExpression {
  const condition = requireObject(query, 'query', 'query');
  for (const [attribute, operators] of Object.entries(condition)) {
    if (operators === undefined) continue;
    for (const operator of Object.keys(requireObject(operators, 'query', `the key condition on '${attribute}'`))) {
      if (!KEY_OPERATORS.has(operator)) {
        throw new RuntimeArgumentError(
          `query: '${operator}' cannot be used in a key condition (on '${attribute}'); use ${[...KEY_OPERATORS].join(', ')}`,
        );
      }
    }
  }
  const built = conditionExpression(condition, counter, 'query');
  if (!built) throw new RuntimeArgumentError('query: the key condition names no key attribute');
  return built;
}

interface RenderedExpression {
  readonly expression: string;
  readonly expressionNames: Record<string, string>;
  readonly expressionValues: Record<string, AttributeValue>;
}

/**
 * Replaces the renderer's placeholders, in order of appearance. A name that the expression does not use
 * (the renderer lists a field even when it carries no condition) is dropped: DynamoDB rejects unused names.
 */
function renumber(rendered: RenderedExpression, builder: ExpressionBuilder): DynamoDBExpression {
  const placeholders = [...Object.keys(rendered.expressionNames), ...Object.keys(rendered.expressionValues)];
  if (placeholders.length === 0) return builder.build(rendered.expression);
  // Longest first, and never inside a longer identifier: `:a_eq` must not match the start of `:a_eq_0`.
  const alternatives = placeholders.sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?:${alternatives.join('|')})(?![A-Za-z0-9_])`, 'g');
  const renamed = new Map<string, string>();
  const expression = rendered.expression.replace(pattern, (placeholder) => {
    let replacement = renamed.get(placeholder);
    if (replacement === undefined) {
      replacement = Object.hasOwn(rendered.expressionNames, placeholder)
        ? builder.name(rendered.expressionNames[placeholder])
        : builder.typedValue(rendered.expressionValues[placeholder]);
      renamed.set(placeholder, replacement);
    }
    return replacement;
  });
  return builder.build(expression);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
