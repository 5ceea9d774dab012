import type { AttributeValue } from '../attribute-values';
import { RuntimeArgumentError } from '../errors';
import { toTypedValue } from './values';

/**
 * Placeholders of the expressions the module writes. AppSync names them `#expName_<n>` and `:expValue_<n>`
 * (recorded EvaluateCode output: `SET #expName_1 = :expValue_1, #expName_2 = :expValue_2` for two plain
 * values, `SET #expName_1 = #expName_1 + :expValue_1` for `increment`).
 *
 * What the recordings leave open, decided here so that the recorded outputs come out unchanged:
 * - names and values are counted separately, from 1: in an update in the order of the update object's
 *   properties, in a condition, filter or key condition in the order they appear in the expression;
 * - the counters run on through every expression of one request object (key condition, then filter, then
 *   projection for a Query; update, then condition for an UpdateItem; item after item in a batch or a
 *   transaction), so no placeholder appears twice in a request. AppSync refuses a request whose update and
 *   condition define the same placeholder, so sharing them across expressions could only fail;
 * - within one expression an attribute name keeps the placeholder it got first (`increment` refers to its
 *   attribute twice; `a.b` and `a.c` share the placeholder of `a`); values are never shared.
 */
export class PlaceholderCounter {
  private names = 0;
  private values = 0;

  nextName(): string {
    return `#expName_${(this.names += 1)}`;
  }

  nextValue(): string {
    return `:expValue_${(this.values += 1)}`;
  }
}

/** One element of a document path: an attribute name and the list indexes that follow it (`a[1][2]`). */
export interface PathSegment {
  readonly name: string;
  readonly indexes: readonly number[];
}

/** The request-object form of an expression, without the maps it does not need. */
export interface DynamoDBExpression {
  expression: string;
  expressionNames?: Record<string, string>;
  expressionValues?: Record<string, AttributeValue>;
}

/** One expression under construction: its placeholders come from the request's counter. */
export class ExpressionBuilder {
  private readonly names = new Map<string, string>();
  private readonly values: Record<string, AttributeValue> = {};

  constructor(private readonly counter: PlaceholderCounter) {}

  /** A document path with its names replaced by placeholders: `#expName_1.#expName_2[0]`. */
  path(segments: readonly PathSegment[]): string {
    return segments.map((segment) => this.name(segment.name) + segment.indexes.map((i) => `[${i}]`).join('')).join('.');
  }

  /** A value placeholder for a plain value, typed as `util.dynamodb.toDynamoDB` types it. */
  value(value: unknown): string {
    return this.typedValue(toTypedValue(value));
  }

  /** A value placeholder for an attribute value that is already typed. */
  typedValue(value: AttributeValue): string {
    const placeholder = this.counter.nextValue();
    this.values[placeholder] = value;
    return placeholder;
  }

  /**
   * The finished expression. Empty maps are left out: the DynamoDB API rejects an empty
   * ExpressionAttributeValues, and a projection or a REMOVE-only update has no values at all.
   */
  build(expression: string): DynamoDBExpression {
    const built: DynamoDBExpression = { expression };
    if (this.names.size > 0) built.expressionNames = Object.fromEntries([...this.names].map(([name, ph]) => [ph, name]));
    if (Object.keys(this.values).length > 0) built.expressionValues = this.values;
    return built;
  }

  /** The placeholder of an attribute name; the same name keeps its placeholder within the expression. */
  name(attribute: string): string {
    let placeholder = this.names.get(attribute);
    if (placeholder === undefined) {
      placeholder = this.counter.nextName();
      this.names.set(attribute, placeholder);
    }
    return placeholder;
  }
}

/** A plain attribute name as a path: object keys in update and condition objects are names, never paths. */
export function attributePath(names: readonly string[]): PathSegment[] {
  return names.map((name) => ({ name, indexes: [] }));
}

/**
 * A projection (`['id', 'author.name', 'tags[0]']`) as a ProjectionExpression. Projection entries are
 * document paths, as the `projection: ['id', 'name', 'nested.object[1]']` example of the type definitions
 * shows: dots separate map keys and `[n]` picks a list element. Entries are joined with `, `, DynamoDB's
 * own separator in its documentation's examples.
 */
export function projectionExpression(projection: unknown, counter: PlaceholderCounter): DynamoDBExpression | undefined {
  if (projection === undefined || projection === null) return undefined;
  if (!Array.isArray(projection)) throw new RuntimeArgumentError('projection must be a list of attribute paths');
  if (projection.length === 0) return undefined;
  const builder = new ExpressionBuilder(counter);
  return builder.build(projection.map((entry) => builder.path(parseDocumentPath(entry))).join(', '));
}

const SEGMENT = /^([^[\]]+)((?:\[\d+\])*)$/;

/** `author.books[1].title` → segments. */
export function parseDocumentPath(path: unknown): PathSegment[] {
  if (typeof path !== 'string' || path === '') throw new RuntimeArgumentError(`not an attribute path: ${JSON.stringify(path)}`);
  return path.split('.').map((part) => {
    const match = SEGMENT.exec(part);
    if (!match) throw new RuntimeArgumentError(`not an attribute path: ${JSON.stringify(path)}`);
    const indexes = [...match[2].matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    return { name: match[1], indexes };
  });
}
