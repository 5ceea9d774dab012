import { toAttributeValue, type AttributeValue } from '../../attribute-values';
import { UnreadableFilterError } from './errors';
import { definedEntries, listMembers, readOrNull } from './filter-object';

/** The `{ expression, expressionNames, expressionValues }` of a DynamoDB filter, condition or query. */
export interface DynamoDBExpression {
  readonly expression: string;
  readonly expressionNames: Record<string, string>;
  readonly expressionValues: Record<string, AttributeValue>;
}

/**
 * Renders a filter object (`{ title: { beginsWith: 'far' }, or: [...], not: {...} }`) as AppSync does for
 * `util.transform.toDynamoDBFilterExpression` and `toDynamoDBConditionExpression`, which render alike; `null`
 * for a filter AppSync cannot render (an unknown operator, an operand of the wrong kind, a group that is not
 * a list).
 *
 * The shape, byte for byte: every condition is parenthesised, `(#title = :title_eq)`; a function has no space
 * after its comma, `(begins_with(#title,:title_beginsWith))`; several conditions of one field, and a group of
 * several members, are wrapped once more, while the conditions of the top level are not; a value placeholder
 * is named after its path, `:and_0_not_title_eq`. Members that render to nothing are still joined, which
 * leaves a dangling `AND` as AppSync does.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-filter.html
 */
export function toDynamoDBExpression(filter: unknown): DynamoDBExpression | null {
  return readOrNull(() => renderFilter(filter, [], false));
}

const COMPARISONS: Readonly<Record<string, string>> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };
const FUNCTIONS: Readonly<Record<string, string>> = {
  contains: 'contains',
  notContains: 'NOT contains',
  beginsWith: 'begins_with',
};
/** `attributeType` takes the names of the package's `DynamoDBAttributeTypeValues`, not DynamoDB's codes. */
const ATTRIBUTE_TYPES: Readonly<Record<string, string>> = {
  _null: 'NULL',
  string: 'S',
  stringSet: 'SS',
  number: 'N',
  numberSet: 'NS',
  binary: 'B',
  binarySet: 'BS',
  boolean: 'BOOL',
  list: 'L',
  map: 'M',
};

/** The names a value placeholder is built from: groups with their index, `not`, the field, `size`. */
type Path = readonly string[];

function renderFilter(filter: unknown, path: Path, wrap: boolean): DynamoDBExpression {
  const conditions = definedEntries(filter).map(([key, value]) => {
    if (key === 'and' || key === 'or') return renderGroup(key, value, path);
    if (key === 'not') return renderNegation(value, path);
    return renderField(key, value, [...path, key], false);
  });
  return join(conditions, 'AND', wrap);
}

function renderGroup(key: 'and' | 'or', members: unknown, path: Path): DynamoDBExpression {
  const rendered = listMembers(members).map((member, index) =>
    renderFilter(member, [...path, key, String(index)], false),
  );
  return join(rendered, key === 'and' ? 'AND' : 'OR', true);
}

function renderNegation(filter: unknown, path: Path): DynamoDBExpression {
  const negated = renderFilter(filter, [...path, 'not'], true);
  return { ...negated, expression: `(NOT ${negated.expression})` };
}

/** `size` compares the attribute's size: it deepens the placeholder's path but never nests `size(…)`. */
function renderField(field: string, operators: unknown, path: Path, sized: boolean): DynamoDBExpression {
  const name = `#${field}`;
  const target = sized ? `size(${name})` : name;
  const conditions = definedEntries(operators).map(([operator, operand]) =>
    operator === 'size'
      ? renderField(field, operand, [...path, operator], true)
      : renderCondition(target, operator, operand, `:${[...path, operator].join('_')}`),
  );
  const rendered = join(conditions, 'AND', true);
  // The field's name is listed even when it carries no condition at all.
  return { ...rendered, expressionNames: { [name]: field, ...rendered.expressionNames } };
}

function renderCondition(target: string, operator: string, operand: unknown, placeholder: string): DynamoDBExpression {
  if (Object.hasOwn(COMPARISONS, operator)) {
    return condition(`(${target} ${COMPARISONS[operator]} ${placeholder})`, { [placeholder]: operand });
  }
  if (Object.hasOwn(FUNCTIONS, operator)) {
    return condition(`(${FUNCTIONS[operator]}(${target},${placeholder}))`, { [placeholder]: operand });
  }
  switch (operator) {
    case 'between': {
      // Values past the second are ignored; fewer than two cannot be rendered.
      if (!Array.isArray(operand) || operand.length < 2) throw new UnreadableFilterError('between takes two values');
      const [start, end] = [`${placeholder}_start`, `${placeholder}_end`];
      return condition(`(${target} BETWEEN ${start} AND ${end})`, { [start]: operand[0], [end]: operand[1] });
    }
    case 'in': {
      if (!Array.isArray(operand)) throw new UnreadableFilterError('in takes a list');
      // AppSync has nothing to list for an empty `in` and renders the literal `(null)`.
      if (operand.length === 0) return condition('(null)', {});
      const placeholders = operand.map((_, index) => `${placeholder}_${index}`);
      const values = Object.fromEntries(placeholders.map((name, index) => [name, operand[index]]));
      return condition(`(${target} IN (${placeholders.join(', ')}))`, values);
    }
    case 'attributeExists':
      if (typeof operand !== 'boolean') throw new UnreadableFilterError('attributeExists takes a boolean');
      return condition(`(${operand ? 'attribute_exists' : 'attribute_not_exists'}(${target}))`, {});
    case 'attributeType':
      if (typeof operand !== 'string' || !Object.hasOwn(ATTRIBUTE_TYPES, operand)) {
        throw new UnreadableFilterError('attributeType takes a type name such as "string"');
      }
      return condition(`(attribute_type(${target},${placeholder}))`, { [placeholder]: ATTRIBUTE_TYPES[operand] });
    default:
      throw new UnreadableFilterError(`unknown filter operator ${operator}`);
  }
}

function condition(expression: string, operands: Record<string, unknown>): DynamoDBExpression {
  const expressionValues: Record<string, AttributeValue> = {};
  for (const [placeholder, operand] of Object.entries(operands)) {
    expressionValues[placeholder] = toAttributeValue(operand);
  }
  return { expression, expressionNames: {}, expressionValues };
}

/** Joins conditions; `wrap` parenthesises the result when there is more than one. */
function join(parts: readonly DynamoDBExpression[], joiner: 'AND' | 'OR', wrap: boolean): DynamoDBExpression {
  const expression = parts.map((part) => part.expression).join(` ${joiner} `);
  return {
    expression: wrap && parts.length > 1 ? `(${expression})` : expression,
    expressionNames: Object.assign({}, ...parts.map((part) => part.expressionNames)),
    expressionValues: Object.assign({}, ...parts.map((part) => part.expressionValues)),
  };
}
