/**
 * Validation of TransactWriteItems and TransactGetItems requests. The request shapes are checked with
 * dynalite's own validation machinery (so errors read like DynamoDB's, e.g. `Value null at
 * 'transactItems.1.member.put.tableName' failed to satisfy constraint: Member must not be null`), reusing the
 * member specs of the single-item operations; then each action is validated as the single-item request it
 * corresponds to, which parses its expressions for dynalite.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html
 */
import type { DynaliteBackend } from './dynalite-backend';
import {
  memberTypes,
  type ActionValidation,
  type DynaliteOperation,
  type Item,
  type JsonObject,
  type ValidatedRequest,
} from './dynalite-internals';
import { DynamoDbError } from './errors';
import { canonicalJson } from './json';

export const MAX_TRANSACTION_ITEMS = 100;

export type TransactWriteKind = 'ConditionCheck' | 'Put' | 'Update' | 'Delete';
const WRITE_KINDS: readonly TransactWriteKind[] = ['ConditionCheck', 'Put', 'Update', 'Delete'];

/** The single-item operation each transactional action is validated and run as. */
export const OPERATION_OF_KIND = {
  ConditionCheck: 'DeleteItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
} as const satisfies Record<TransactWriteKind, DynaliteOperation>;

export interface TransactWriteAction {
  readonly kind: TransactWriteKind;
  readonly tableName: string;
  /** The whole item for Put, the key otherwise. */
  readonly itemOrKey: Item;
  /** The action as its single-item request, validated by dynalite (expressions parsed). */
  readonly data: ValidatedRequest;
  /** ReturnValuesOnConditionCheckFailure is ALL_OLD. */
  readonly returnOldItemOnFailure: boolean;
}

export interface TransactWriteRequest {
  readonly actions: readonly TransactWriteAction[];
  readonly clientRequestToken?: string;
  /** The request's parameters except the token, for idempotency. */
  readonly fingerprint: string;
}

export interface TransactGetAction {
  readonly tableName: string;
  readonly key: Item;
  readonly data: ValidatedRequest;
}

const NAMES_AND_VALUES = ['ExpressionAttributeNames', 'ExpressionAttributeValues'] as const;
const RETURN_VALUES_ON_FAILURE = { type: 'String', enum: ['ALL_OLD', 'NONE'] };
const REQUIRED_STRING = { type: 'String', notNull: true };

function actionSpec(name: string, children: Record<string, object | string>): object {
  return { type: `FieldStruct<${name}>`, children };
}

const TRANSACT_WRITE_VALIDATION: ActionValidation = {
  types: {
    ...memberTypes('PutItem', ['ReturnConsumedCapacity', 'ReturnItemCollectionMetrics']),
    ClientRequestToken: { type: 'String', lengthGreaterThanOrEqual: 1, lengthLessThanOrEqual: 36 },
    TransactItems: {
      type: 'List',
      notNull: true,
      lengthGreaterThanOrEqual: 1,
      lengthLessThanOrEqual: MAX_TRANSACTION_ITEMS,
      children: {
        type: 'ValueStruct<TransactWriteItem>',
        children: {
          ConditionCheck: actionSpec('ConditionCheck', {
            ...memberTypes('DeleteItem', ['TableName', 'Key', ...NAMES_AND_VALUES]),
            ConditionExpression: REQUIRED_STRING,
            ReturnValuesOnConditionCheckFailure: RETURN_VALUES_ON_FAILURE,
          }),
          Put: actionSpec('Put', {
            ...memberTypes('PutItem', ['TableName', 'Item', 'ConditionExpression', ...NAMES_AND_VALUES]),
            ReturnValuesOnConditionCheckFailure: RETURN_VALUES_ON_FAILURE,
          }),
          Update: actionSpec('Update', {
            ...memberTypes('UpdateItem', ['TableName', 'Key', 'ConditionExpression', ...NAMES_AND_VALUES]),
            UpdateExpression: REQUIRED_STRING,
            ReturnValuesOnConditionCheckFailure: RETURN_VALUES_ON_FAILURE,
          }),
          Delete: actionSpec('Delete', {
            ...memberTypes('DeleteItem', ['TableName', 'Key', 'ConditionExpression', ...NAMES_AND_VALUES]),
            ReturnValuesOnConditionCheckFailure: RETURN_VALUES_ON_FAILURE,
          }),
        },
      },
    },
  },
};

const TRANSACT_GET_VALIDATION: ActionValidation = {
  types: {
    ...memberTypes('GetItem', ['ReturnConsumedCapacity']),
    TransactItems: {
      type: 'List',
      notNull: true,
      lengthGreaterThanOrEqual: 1,
      lengthLessThanOrEqual: MAX_TRANSACTION_ITEMS,
      children: {
        type: 'ValueStruct<TransactGetItem>',
        children: {
          Get: {
            ...actionSpec('Get', memberTypes('GetItem', ['TableName', 'Key', 'ProjectionExpression', 'ExpressionAttributeNames'])),
            notNull: true,
          },
        },
      },
    },
  },
};

export function parseTransactWrite(backend: DynaliteBackend, input: JsonObject): TransactWriteRequest {
  const request = backend.validate(TRANSACT_WRITE_VALIDATION, input);
  const actions = (request.TransactItems as JsonObject[]).map((entry) => {
    const kinds = WRITE_KINDS.filter((kind) => entry[kind] !== undefined);
    if (kinds.length !== 1) throw DynamoDbError.validation('TransactItems can only contain one of Check, Put, Update or Delete');
    const kind = kinds[0];
    const { ReturnValuesOnConditionCheckFailure, ...single } = entry[kind] as JsonObject;
    const data = backend.validate(OPERATION_OF_KIND[kind], single);
    return {
      kind,
      tableName: data.TableName as string,
      itemOrKey: (kind === 'Put' ? data.Item : data.Key) as Item,
      data,
      returnOldItemOnFailure: ReturnValuesOnConditionCheckFailure === 'ALL_OLD',
    };
  });
  const { ClientRequestToken, ...parameters } = request;
  return {
    actions,
    ...(typeof ClientRequestToken === 'string' ? { clientRequestToken: ClientRequestToken } : {}),
    fingerprint: canonicalJson(parameters),
  };
}

export function parseTransactGet(backend: DynaliteBackend, input: JsonObject): TransactGetAction[] {
  const request = backend.validate(TRANSACT_GET_VALIDATION, input);
  return (request.TransactItems as { Get: JsonObject }[]).map(({ Get }) => {
    const data = backend.validate('GetItem', Get);
    return { tableName: data.TableName as string, key: data.Key as Item, data };
  });
}

/** DynamoDB refuses a transaction that names one item twice, whatever the actions. */
export function assertDistinctItems(lockKeys: readonly string[]): void {
  if (new Set(lockKeys).size !== lockKeys.length) {
    throw DynamoDbError.validation('Transaction request cannot include multiple operations on one item');
  }
}
