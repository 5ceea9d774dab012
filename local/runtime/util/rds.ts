import type { Util } from '@aws-appsync/utils';
import { isPlainObject } from '../attribute-values';

type Row = Record<string, unknown>;

/**
 * `util.rds` (the same `toJsonObject` as the `@aws-appsync/utils/rds` module exports): the raw RDS Data API
 * result a resolver receives, as a JSON string or parsed, made concise.
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-rds-js.html
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/rds-helpers-in-util-rds.html
 */
export function createRdsUtils(): Util['rds'] {
  return { toJsonObject: rdsResultToJson };
}

/**
 * One list of rows per statement, in statement order; a row maps each column's label to its value. A statement
 * that returns no records (an INSERT, UPDATE or DELETE) gives an empty list. `null` for anything that is not
 * an RDS Data API result, as the documentation says.
 */
export function rdsResultToJson(result: unknown): Row[][] | null {
  const parsed = typeof result === 'string' ? parseJson(result) : result;
  if (!isPlainObject(parsed) || !Array.isArray(parsed.sqlStatementResults)) return null;
  const statements: unknown[] = parsed.sqlStatementResults;
  return statements.every(isPlainObject) ? statements.map(statementRows) : null;
}

function statementRows(statement: Record<string, unknown>): Row[] {
  const columns = Array.isArray(statement.columnMetadata) ? statement.columnMetadata.map(columnName) : [];
  const records = Array.isArray(statement.records) ? statement.records : [];
  return records.map((record: unknown) => {
    const row: Row = {};
    (Array.isArray(record) ? record : []).forEach((field: unknown, index) => {
      const column = columns[index];
      if (column !== undefined) row[column] = fieldValue(field);
    });
    return row;
  });
}

/** The label is the name a query gives a column (`SELECT id AS userId`); the name is its table column. */
function columnName(metadata: unknown): string | undefined {
  if (!isPlainObject(metadata)) return undefined;
  const name = metadata.label ?? metadata.name;
  return typeof name === 'string' ? name : undefined;
}

/** A Data API `Field`: exactly one of its members is set; `isNull` stands for SQL NULL. */
function fieldValue(field: unknown): unknown {
  if (!isPlainObject(field) || field.isNull === true) return null;
  if (isPlainObject(field.arrayValue)) return arrayValue(field.arrayValue);
  const [value] = Object.values(field);
  return value === undefined ? null : value;
}

/** A Data API `ArrayValue`: one list of booleans, longs, doubles, strings or nested arrays. */
function arrayValue(array: Record<string, unknown>): unknown[] {
  if (Array.isArray(array.arrayValues)) {
    return array.arrayValues.map((nested: unknown) => (isPlainObject(nested) ? arrayValue(nested) : null));
  }
  const [values] = Object.values(array);
  return Array.isArray(values) ? [...values] : [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
