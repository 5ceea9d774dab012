/**
 * The request objects of the DynamoDB data source, as `@aws-appsync/utils` declares them, and the check
 * AppSync makes before calling DynamoDB: a known operation, its required elements, and no element the
 * operation does not have. Typed values inside are checked when they are converted (see typed-values.ts).
 * @see https://docs.aws.amazon.com/appsync/latest/devguide/js-resolver-reference-dynamodb.html
 */
import { isPlainObject } from '../../runtime/attribute-values';
import { InvalidRequestError } from '../errors';
import type { RequestExpression } from './expressions';

type TypedMap = Record<string, unknown>;

/** `condition` of PutItem, UpdateItem and DeleteItem. */
export interface ConditionCheck extends RequestExpression {
  readonly equalsIgnore?: readonly string[];
  /** How to read the current item after a failed condition. @default true */
  readonly consistentRead?: boolean;
  readonly conditionalCheckFailedHandler?: { readonly strategy: 'Custom' | 'Reject'; readonly lambdaArn?: string };
}

export interface ProjectionExpression {
  readonly expression: string;
  readonly expressionNames?: Record<string, string>;
}

export interface GetItemRequest {
  readonly operation: 'GetItem';
  readonly key: TypedMap;
  readonly consistentRead?: boolean;
  readonly projection?: ProjectionExpression;
}

export interface PutItemRequest {
  readonly operation: 'PutItem';
  readonly key: TypedMap;
  readonly attributeValues?: TypedMap;
  readonly condition?: ConditionCheck;
}

export interface UpdateItemRequest {
  readonly operation: 'UpdateItem';
  readonly key: TypedMap;
  readonly update: RequestExpression;
  readonly condition?: ConditionCheck;
}

export interface DeleteItemRequest {
  readonly operation: 'DeleteItem';
  readonly key: TypedMap;
  readonly condition?: ConditionCheck;
}

export interface QueryRequest {
  readonly operation: 'Query';
  readonly query: RequestExpression;
  readonly index?: string;
  readonly nextToken?: string | null;
  readonly limit?: number;
  readonly scanIndexForward?: boolean;
  readonly consistentRead?: boolean;
  readonly select?: 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES';
  readonly filter?: RequestExpression | null;
  readonly projection?: ProjectionExpression;
}

export interface ScanRequest {
  readonly operation: 'Scan';
  readonly index?: string;
  readonly limit?: number;
  readonly consistentRead?: boolean;
  readonly nextToken?: string | null;
  readonly totalSegments?: number;
  readonly segment?: number;
  readonly filter?: RequestExpression | null;
  readonly projection?: ProjectionExpression;
}

export interface BatchGetItemRequest {
  readonly operation: 'BatchGetItem';
  readonly tables: Record<string, { readonly keys: TypedMap[]; readonly consistentRead?: boolean; readonly projection?: ProjectionExpression }>;
}

export interface BatchPutItemRequest {
  readonly operation: 'BatchPutItem';
  readonly tables: Record<string, TypedMap[]>;
}

export interface BatchDeleteItemRequest {
  readonly operation: 'BatchDeleteItem';
  readonly tables: Record<string, TypedMap[]>;
}

export interface TransactGetItemsRequest {
  readonly operation: 'TransactGetItems';
  readonly transactItems: readonly { readonly table: string; readonly key: TypedMap; readonly projection?: ProjectionExpression }[];
}

/** `condition` of a TransactWriteItems item. */
export interface TransactCondition extends RequestExpression {
  readonly returnValuesOnConditionCheckFailure?: boolean;
}

export type TransactWriteItem =
  | { readonly table: string; readonly operation: 'PutItem'; readonly key: TypedMap; readonly attributeValues?: TypedMap; readonly condition?: TransactCondition }
  | { readonly table: string; readonly operation: 'UpdateItem'; readonly key: TypedMap; readonly update: RequestExpression; readonly condition?: TransactCondition }
  | { readonly table: string; readonly operation: 'DeleteItem'; readonly key: TypedMap; readonly condition?: TransactCondition }
  | { readonly table: string; readonly operation: 'ConditionCheck'; readonly key: TypedMap; readonly condition: TransactCondition };

export interface TransactWriteItemsRequest {
  readonly operation: 'TransactWriteItems';
  readonly transactItems: readonly TransactWriteItem[];
}

export interface SyncRequest {
  readonly operation: 'Sync';
}

export type DynamoDbRequest =
  | GetItemRequest
  | PutItemRequest
  | UpdateItemRequest
  | DeleteItemRequest
  | QueryRequest
  | ScanRequest
  | BatchGetItemRequest
  | BatchPutItemRequest
  | BatchDeleteItemRequest
  | TransactGetItemsRequest
  | TransactWriteItemsRequest
  | SyncRequest;

export type DynamoDbOperation = DynamoDbRequest['operation'];

interface Shape {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/**
 * Elements of the versioned (conflict-detection) data sources: accepted, and without effect on a table
 * without versioning, which is the only kind the local engine has.
 */
const VERSIONING = ['_version', 'customPartitionKey', 'populateIndexFields'];

const SHAPES: Readonly<Record<DynamoDbOperation, Shape>> = {
  GetItem: { required: ['key'], optional: ['consistentRead', 'projection'] },
  PutItem: { required: ['key'], optional: ['attributeValues', 'condition', ...VERSIONING] },
  UpdateItem: { required: ['key', 'update'], optional: ['condition', ...VERSIONING] },
  DeleteItem: { required: ['key'], optional: ['condition', ...VERSIONING] },
  Query: {
    required: ['query'],
    optional: ['index', 'nextToken', 'limit', 'scanIndexForward', 'consistentRead', 'select', 'filter', 'projection'],
  },
  Scan: { required: [], optional: ['index', 'limit', 'consistentRead', 'nextToken', 'totalSegments', 'segment', 'filter', 'projection'] },
  BatchGetItem: { required: ['tables'], optional: [] },
  BatchPutItem: { required: ['tables'], optional: [] },
  BatchDeleteItem: { required: ['tables'], optional: [] },
  TransactGetItems: { required: ['transactItems'], optional: [] },
  TransactWriteItems: { required: ['transactItems'], optional: [] },
  Sync: { required: [], optional: ['basePartitionKey', 'deltaIndexName', 'limit', 'nextToken', 'lastSync', 'filter'] },
};

/** The shapes of TransactWriteItems' items, by their `operation`. */
const TRANSACT_WRITE_SHAPES: Readonly<Record<TransactWriteItem['operation'], Shape>> = {
  PutItem: { required: ['table', 'key'], optional: ['attributeValues', 'condition'] },
  UpdateItem: { required: ['table', 'key', 'update'], optional: ['condition'] },
  DeleteItem: { required: ['table', 'key'], optional: ['condition'] },
  ConditionCheck: { required: ['table', 'key', 'condition'], optional: [] },
};

const TRANSACT_GET_SHAPE: Shape = { required: ['table', 'key'], optional: ['projection'] };

/** `request` as a DynamoDB request object, or InvalidRequestError saying what AppSync would refuse. */
export function parseDynamoDbRequest(request: unknown): DynamoDbRequest {
  if (!isPlainObject(request)) throw new InvalidRequestError('The request object of a DynamoDB data source must be an object.');
  const operation = request.operation;
  if (typeof operation !== 'string' || !Object.hasOwn(SHAPES, operation)) {
    throw new InvalidRequestError(`Unsupported operation '${String(operation)}' for a DynamoDB data source.`);
  }
  // `version` is the request-mapping-template field; JavaScript resolvers may still carry it.
  checkShape(request, SHAPES[operation as DynamoDbOperation], '$', ['operation', 'version']);
  if (operation === 'TransactWriteItems') {
    listAt(request.transactItems, '$[transactItems]').forEach((item, i) => {
      const path = `$[transactItems][${i}]`;
      const shape = isPlainObject(item) && Object.hasOwn(TRANSACT_WRITE_SHAPES, String(item.operation)) ? TRANSACT_WRITE_SHAPES[item.operation as TransactWriteItem['operation']] : undefined;
      if (!shape) throw new InvalidRequestError(`Unsupported operation at '${path}[operation]': expected PutItem, UpdateItem, DeleteItem or ConditionCheck.`);
      checkShape(item as Record<string, unknown>, shape, path, ['operation']);
    });
  }
  if (operation === 'TransactGetItems') {
    listAt(request.transactItems, '$[transactItems]').forEach((item, i) => {
      const path = `$[transactItems][${i}]`;
      if (!isPlainObject(item)) throw new InvalidRequestError(`Expected an object at '${path}'.`);
      checkShape(item, TRANSACT_GET_SHAPE, path, []);
    });
  }
  return request as unknown as DynamoDbRequest;
}

function checkShape(value: Record<string, unknown>, shape: Shape, path: string, alwaysAllowed: readonly string[]): void {
  for (const name of shape.required) {
    if (value[name] === undefined || value[name] === null) throw new InvalidRequestError(`Missing required element '${path}[${name}]'.`);
  }
  const allowed = new Set([...shape.required, ...shape.optional, ...alwaysAllowed]);
  const unknown = Object.keys(value).find((name) => !allowed.has(name));
  if (unknown !== undefined) throw new InvalidRequestError(`Unsupported element '${path}[${unknown}]'.`);
}

/** A list element of a request object. */
export function listAt(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new InvalidRequestError(`Expected a list at '${path}'.`);
  return value;
}

/** A map element of a request object (`tables`). */
export function mapAt(value: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new InvalidRequestError(`Expected a map at '${path}'.`);
  return value;
}

/** The API members whose value is given: a request object's absent or null elements are not sent. */
export function presentMembers<T extends Record<string, unknown>>(members: T): Partial<T> {
  return Object.fromEntries(Object.entries(members).filter(([, value]) => value !== undefined && value !== null)) as Partial<T>;
}
