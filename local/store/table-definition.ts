/**
 * A DynamoDB table as the application declares it, shared by the local store (which creates it) and the CDK
 * app (which deploys it). Types only, so either side can import it without pulling in the other's code.
 */

export type KeyAttributeType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  readonly name: string;
  readonly type: KeyAttributeType;
}

/** Which attributes an index copies from the table; key attributes are always copied. */
export type IndexProjection =
  | { readonly type: 'ALL' }
  | { readonly type: 'KEYS_ONLY' }
  | { readonly type: 'INCLUDE'; readonly nonKeyAttributes: readonly string[] };

export interface GlobalSecondaryIndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  /** @default { type: 'ALL' } */
  readonly projection?: IndexProjection;
}

export interface TableDefinition {
  readonly tableName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly globalSecondaryIndexes?: readonly GlobalSecondaryIndexDefinition[];
  /** The top-level Number attribute holding each item's expiry in epoch seconds; TTL is off when absent. */
  readonly ttlAttribute?: string;
}
