/**
 * Typed access to the parts of dynalite the gateway drives in-process. dynalite ships no type definitions and
 * documents only its HTTP server, so this file is the single place that knows its module layout: its
 * `db` module (store, key and condition helpers), its `validations` (request type checks and expression
 * parsing) and one action plus one validation module per operation.
 */

/** A DynamoDB AttributeValue in the JSON protocol: `{ "S": "x" }`, `{ "N": "1" }`, `{ "M": { … } }`, … */
export type AttributeValue = { readonly [type: string]: unknown };

/** An item (or a key) in the JSON protocol. */
export type Item = { readonly [attributeName: string]: AttributeValue };

/** A request or response body of the DynamoDB JSON protocol. */
export type JsonObject = { [member: string]: unknown };

/** A request body once dynalite's validations passed; they add parsed expressions (`_condition`, …). */
export type ValidatedRequest = JsonObject & { readonly TableName?: string };

export interface KeySchemaElement {
  readonly AttributeName: string;
  readonly KeyType: 'HASH' | 'RANGE';
}

export interface SecondaryIndexDescription {
  readonly IndexName: string;
  readonly KeySchema: readonly KeySchemaElement[];
}

/** A table as dynalite stores it: the TableDescription of DescribeTable. */
export interface TableDescription {
  readonly TableName: string;
  readonly TableStatus: string;
  readonly KeySchema: readonly KeySchemaElement[];
  readonly GlobalSecondaryIndexes?: readonly SecondaryIndexDescription[];
  readonly LocalSecondaryIndexes?: readonly SecondaryIndexDescription[];
}

/** An error dynalite reports the DynamoDB way: an HTTP status and the JSON error body. */
export interface DynaliteServiceError extends Error {
  readonly statusCode: number;
  readonly body: JsonObject & { readonly __type: string };
}

export type Callback<T> = (error: Error | null | undefined, value?: T) => void;

/** One write in a LevelDB batch. */
export interface LevelOperation {
  readonly type: 'put' | 'del';
  readonly key: string;
  readonly value?: unknown;
}

interface LevelRangeOptions {
  readonly gte?: string;
  readonly lt?: string;
  readonly valueEncoding?: 'json' | 'utf8';
}

/** The LevelDB database under dynalite (classic-level on disk, memory-level in memory), JSON-encoded. */
export interface LevelDatabase {
  open(): Promise<void>;
  batch(operations: readonly LevelOperation[]): Promise<void>;
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  iterator(options?: LevelRangeOptions): AsyncIterable<[string, unknown]>;
  close(): Promise<void>;
}

/** A key-prefixed view of the database, one per table (items), index, or tag set. */
export interface SubDatabase {
  lock(key: string, body: (release: <F>(callback: F) => F) => void): void;
  get(key: string, callback: Callback<unknown>): void;
  put(key: string, value: unknown, callback: Callback<void>): void;
  del(key: string, callback: Callback<void>): void;
}

/** What dynalite's item actions use of the store they take as first argument. */
export interface DynaliteStore {
  readonly options: { readonly maxItemSize: number };
  /** dynalite's actions call it as `getTable(name, callback)`, which checks the status too. */
  getTable(name: string, checkStatus: boolean | Callback<TableDescription>, callback?: Callback<TableDescription>): void;
  getItemDb(tableName: string): SubDatabase;
  getIndexDb(indexType: 'Global' | 'Local', tableName: string, indexName: string): SubDatabase;
}

export interface DynaliteStoreOptions {
  /** LevelDB directory; in memory when absent. */
  readonly path?: string;
  readonly createTableMs: number;
  readonly deleteTableMs: number;
  readonly updateTableMs: number;
}

export type DynaliteAction = (store: DynaliteStore, data: ValidatedRequest, callback: Callback<JsonObject>) => void;

/** dynalite's per-operation validation: a type spec for `checkTypes` and an optional custom check. */
export interface ActionValidation {
  readonly types: { readonly [member: string]: object | string };
  readonly custom?: (data: JsonObject, store: DynaliteStore) => string | undefined;
}

interface IndexActions {
  readonly puts: readonly { readonly index: string; readonly key: string; readonly item: Item }[];
  readonly deletes: readonly { readonly index: string; readonly key: string }[];
}

/** dynalite's `db` module. */
/** dynalite's whole store, as `db.create` makes it. */
export interface OpenedDynaliteStore extends DynaliteStore {
  readonly db: LevelDatabase;
  readonly tableDb: { readonly awsRegion: string };
  readonly lifecycleManager: { gracefulClose(): Promise<void> };
}

export interface DynaliteDb {
  create(options: DynaliteStoreOptions): OpenedDynaliteStore;
  /** These return the ValidationException dynalite would send, or nothing when the item or key fits the table. */
  validateItem(item: Item, table: TableDescription): DynaliteServiceError | undefined;
  validateKey(key: Item, table: TableDescription): DynaliteServiceError | undefined;
  validateUpdates(attributeUpdates: unknown, expressionUpdates: unknown, table: TableDescription): DynaliteServiceError | undefined;
  /** The sortable storage key of an item (or key) in its table. */
  createKey(item: Item, table: TableDescription): string;
  getIndexActions(
    indexes: readonly SecondaryIndexDescription[],
    existingItem: Item | undefined,
    item: Item | undefined,
    table: TableDescription,
  ): IndexActions;
  /** Evaluates a request's parsed ConditionExpression (or legacy Expected) against an item. */
  checkConditional(data: ValidatedRequest, existingItem: Item | undefined): DynaliteServiceError | null | undefined;
}

/** dynalite's `validations` module. */
export interface DynaliteValidations {
  checkTypes(data: JsonObject, types: ActionValidation['types']): JsonObject;
  checkValidations(
    data: JsonObject,
    types: ActionValidation['types'],
    custom: ActionValidation['custom'],
    store: DynaliteStore,
  ): void;
}

/* eslint-disable @typescript-eslint/no-require-imports -- dynalite is CommonJS without types */
export const dynaliteDb = require('dynalite/db') as DynaliteDb;
export const dynaliteValidations = require('dynalite/validations') as DynaliteValidations;

/** The operations dynalite implements, by DynamoDB name (its module names are these, first letter lowered). */
export const DYNALITE_OPERATIONS = [
  'BatchGetItem',
  'BatchWriteItem',
  'CreateTable',
  'DeleteItem',
  'DeleteTable',
  'DescribeTable',
  'GetItem',
  'ListTables',
  'ListTagsOfResource',
  'PutItem',
  'Query',
  'Scan',
  'TagResource',
  'UntagResource',
  'UpdateItem',
  'UpdateTable',
] as const;

export type DynaliteOperation = (typeof DYNALITE_OPERATIONS)[number];

export interface DynaliteHandler {
  readonly action: DynaliteAction;
  readonly validation: ActionValidation;
}

function loadHandler(operation: DynaliteOperation): DynaliteHandler {
  const moduleName = operation[0].toLowerCase() + operation.slice(1);
  return {
    action: require(`dynalite/actions/${moduleName}`) as DynaliteAction,
    validation: require(`dynalite/validations/${moduleName}`) as ActionValidation,
  };
}
/* eslint-enable @typescript-eslint/no-require-imports */

export const dynaliteHandlers: ReadonlyMap<DynaliteOperation, DynaliteHandler> = new Map(
  DYNALITE_OPERATIONS.map((operation) => [operation, loadHandler(operation)]),
);

/** Some member specs of an operation's validation, to build the specs of operations dynalite lacks. */
export function memberTypes(operation: DynaliteOperation, names: readonly string[]): Record<string, object | string> {
  const types = dynaliteHandlers.get(operation)?.validation.types ?? {};
  return Object.fromEntries(names.map((name) => [name, types[name]]));
}

export function isDynaliteServiceError(error: unknown): error is DynaliteServiceError {
  return error instanceof Error && typeof (error as Partial<DynaliteServiceError>).statusCode === 'number';
}
