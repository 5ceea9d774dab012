import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type AttributeValue as WireAttributeValue,
  type DynamoDBClient,
  type Select,
} from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '../../../../../local/runtime/attribute-values';
import { toWireMap } from '../../util/support/dynalite';

/**
 * Sends a request object the module wrote to DynamoDB (dynalite), the way the DynamoDB data source maps it
 * onto the DynamoDB API, so tests can see that DynamoDB accepts the expressions and does what they say.
 * Test support only: a thin mapping with no validation of its own.
 */

interface Expression {
  expression: string;
  expressionNames?: Record<string, string>;
  expressionValues?: Record<string, AttributeValue>;
  returnValuesOnConditionCheckFailure?: boolean;
}

type TypedMap = Record<string, AttributeValue>;

/** The fields of the request objects the module writes that this mapping reads. */
interface Request {
  operation: string;
  table: string;
  key: TypedMap;
  attributeValues: TypedMap;
  update: Expression;
  query: Expression;
  condition?: Expression;
  filter?: Expression;
  projection?: Expression;
  consistentRead?: boolean;
  index?: string;
  limit?: number;
  scanIndexForward?: boolean;
  select?: Select;
  segment?: number;
  totalSegments?: number;
  tables: Record<string, { keys: TypedMap[]; consistentRead?: boolean; projection?: Expression } | TypedMap[]>;
  transactItems: Request[];
}

export type WireItem = Record<string, WireAttributeValue>;

/** What the tests read of DynamoDB's answers. */
export interface SendResult {
  Item?: WireItem;
  Items?: WireItem[];
  /** BatchGetItem's items by table, or TransactGetItems' list of `{ Item }`. */
  Responses?: unknown;
}

/** ExpressionAttributeNames/Values of several expressions, merged, without empty maps. */
function attributes(...expressions: (Expression | undefined)[]) {
  const names = Object.assign({}, ...expressions.map((e) => e?.expressionNames ?? {}));
  const values = Object.assign({}, ...expressions.map((e) => e?.expressionValues ?? {}));
  return {
    ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: toWireMap(values) } : {}),
  };
}

const projection = (p?: Expression) => (p ? { ProjectionExpression: p.expression } : {});
const condition = (c?: Expression) => (c ? { ConditionExpression: c.expression } : {});

export async function send(client: DynamoDBClient, table: string, request: object): Promise<SendResult> {
  return (await dispatch(client, table, request as Request)) as SendResult;
}

function dispatch(client: DynamoDBClient, table: string, request: Request): Promise<object> {
  switch (request.operation) {
    case 'GetItem':
      return client.send(
        new GetItemCommand({
          TableName: table,
          Key: toWireMap(request.key),
          ConsistentRead: request.consistentRead,
          ...projection(request.projection),
          ...attributes(request.projection),
        }),
      );
    case 'PutItem':
      return client.send(
        new PutItemCommand({
          TableName: table,
          Item: toWireMap({ ...request.key, ...request.attributeValues }),
          ...condition(request.condition),
          ...attributes(request.condition),
        }),
      );
    case 'UpdateItem':
      return client.send(
        new UpdateItemCommand({
          TableName: table,
          Key: toWireMap(request.key),
          UpdateExpression: request.update.expression,
          ReturnValues: 'ALL_NEW',
          ...condition(request.condition),
          ...attributes(request.update, request.condition),
        }),
      );
    case 'DeleteItem':
      return client.send(
        new DeleteItemCommand({
          TableName: table,
          Key: toWireMap(request.key),
          ...condition(request.condition),
          ...attributes(request.condition),
        }),
      );
    case 'Query':
      return client.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: request.query.expression,
          IndexName: request.index,
          Limit: request.limit,
          ScanIndexForward: request.scanIndexForward,
          ConsistentRead: request.consistentRead,
          Select: request.select,
          ...(request.filter ? { FilterExpression: request.filter.expression } : {}),
          ...projection(request.projection),
          ...attributes(request.query, request.filter, request.projection),
        }),
      );
    case 'Scan':
      return client.send(
        new ScanCommand({
          TableName: table,
          IndexName: request.index,
          Limit: request.limit,
          Segment: request.segment,
          TotalSegments: request.totalSegments,
          ...(request.filter ? { FilterExpression: request.filter.expression } : {}),
          ...projection(request.projection),
          ...attributes(request.filter, request.projection),
        }),
      );
    case 'BatchGetItem':
      return client.send(
        new BatchGetItemCommand({
          RequestItems: Object.fromEntries(
            Object.entries(request.tables as Record<string, { keys: TypedMap[]; consistentRead?: boolean; projection?: Expression }>).map(([name, spec]) => [
              name,
              { Keys: spec.keys.map(toWireMap), ConsistentRead: spec.consistentRead, ...projection(spec.projection), ...attributes(spec.projection) },
            ]),
          ),
        }),
      );
    case 'BatchPutItem':
    case 'BatchDeleteItem':
      return client.send(
        new BatchWriteItemCommand({
          RequestItems: Object.fromEntries(
            Object.entries(request.tables as Record<string, TypedMap[]>).map(([name, entries]) => [
              name,
              entries.map((entry) =>
                request.operation === 'BatchPutItem' ? { PutRequest: { Item: toWireMap(entry) } } : { DeleteRequest: { Key: toWireMap(entry) } },
              ),
            ]),
          ),
        }),
      );
    case 'TransactGetItems':
      return client.send(
        new TransactGetItemsCommand({
          TransactItems: request.transactItems.map((item: Request) => ({
            Get: { TableName: item.table, Key: toWireMap(item.key), ...projection(item.projection), ...attributes(item.projection) },
          })),
        }),
      );
    case 'TransactWriteItems':
      return client.send(new TransactWriteItemsCommand({ TransactItems: request.transactItems.map(transactWriteItem) }));
    default:
      throw new Error(`send: no mapping for ${String(request.operation)}`);
  }
}

function transactWriteItem(item: Request) {
  const common = {
    TableName: item.table,
    ...condition(item.condition),
    ...attributes(item.update, item.condition),
    ...(item.condition?.returnValuesOnConditionCheckFailure ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } : {}),
  };
  switch (item.operation) {
    case 'PutItem':
      return { Put: { ...common, Item: toWireMap({ ...item.key, ...item.attributeValues }) } };
    case 'UpdateItem':
      return { Update: { ...common, Key: toWireMap(item.key), UpdateExpression: item.update.expression } };
    case 'DeleteItem':
      return { Delete: { ...common, Key: toWireMap(item.key) } };
    default:
      return { ConditionCheck: { ...common, Key: toWireMap(item.key), ConditionExpression: item.condition?.expression } };
  }
}
