import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { TableDefinition } from '../../local/api/definition';
import type { IndexProjection, KeyAttribute } from '../../local/store/table-definition';
import { assertValidProps } from '../errors';
import { namePrefixProblems, resourceName } from './naming';

/**
 * What reading and writing items takes, and nothing more: every operation an AppSync DynamoDB resolver or
 * a handler's SDK client issues (transactions are authorized per item as these actions).
 */
export const TABLE_DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

export interface ToyApiDataProps {
  /** The API's tables by logical name, exactly as its definition declares them. */
  readonly tables: Readonly<Record<string, TableDefinition>>;
  /** Starts every physical name: table `items` becomes `<namePrefix>-items`. */
  readonly namePrefix: string;
  /**
   * Keep the tables when the stack is deleted or a table replaced: RETAIN and deletion protection.
   * Off, a deleted stack deletes its tables (for dev and staging).
   * @default false
   */
  readonly retainData?: boolean;
}

/**
 * The API's DynamoDB tables, one per entry of the definition's `tables`: on-demand, point-in-time
 * recovery, the declared TTL attribute and change stream.
 */
export class ToyApiData extends Construct {
  /** Each table by logical name. */
  readonly tables: Readonly<Record<string, Table>>;
  /** Each table's physical name by logical name: what `{ table: '<logical>' }` references resolve to. */
  readonly tableNames: Readonly<Record<string, string>>;
  private readonly definitions: Readonly<Record<string, TableDefinition>>;

  constructor(scope: Construct, id: string, props: ToyApiDataProps) {
    super(scope, id);
    assertValidProps('ToyApiData', dataProblems(props));
    const retain = props.retainData ?? false;
    this.definitions = props.tables;
    const tables: Record<string, Table> = {};
    for (const [logicalName, definition] of Object.entries(props.tables)) {
      const table = new Table(this, logicalName, {
        tableName: resourceName(props.namePrefix, logicalName),
        partitionKey: attribute(definition.partitionKey),
        sortKey: definition.sortKey && attribute(definition.sortKey),
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        timeToLiveAttribute: definition.ttlAttribute,
        stream: definition.stream ? StreamViewType.NEW_AND_OLD_IMAGES : undefined,
        deletionProtection: retain,
        removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
      for (const index of definition.globalSecondaryIndexes ?? []) {
        table.addGlobalSecondaryIndex({
          indexName: index.indexName,
          partitionKey: attribute(index.partitionKey),
          sortKey: index.sortKey && attribute(index.sortKey),
          ...projection(index.projection ?? { type: 'ALL' }),
        });
      }
      tables[logicalName] = table;
    }
    this.tables = tables;
    this.tableNames = Object.fromEntries(Object.keys(tables).map((name) => [name, resourceName(props.namePrefix, name)]));
  }

  /**
   * Lets `grantee` read and write items of the named tables and query their indexes. The policy names each
   * table and index ARN exactly: no `index/*` wildcard.
   */
  grantDataAccess(grantee: IGrantable, logicalNames: Iterable<string>): void {
    const resources = [...new Set(logicalNames)].flatMap((name) => this.tableAndIndexArns(name));
    if (resources.length === 0) return;
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: [...TABLE_DATA_ACTIONS], resources }));
  }

  private tableAndIndexArns(logicalName: string): string[] {
    const table = this.tables[logicalName];
    if (!table) throw new RangeError(`ToyApiData has no table '${logicalName}'; the API definition declares ${Object.keys(this.tables).join(', ') || 'none'}`);
    const indexes = this.definitions[logicalName].globalSecondaryIndexes ?? [];
    // Index ARNs from the physical name, which is fixed: no cross-stack reference needed.
    return [table.tableArn, ...indexes.map((index) => Stack.of(this).formatArn({
      service: 'dynamodb',
      resource: 'table',
      resourceName: `${this.tableNames[logicalName]}/index/${index.indexName}`,
    }))];
  }
}

function dataProblems(props: ToyApiDataProps): string[] {
  const problems = namePrefixProblems(props.namePrefix);
  for (const [logicalName, definition] of Object.entries(props.tables)) {
    if (!/^[A-Za-z0-9_.-]+$/.test(logicalName)) {
      problems.push(`table '${logicalName}': DynamoDB table names hold only letters, digits, '_', '-' and '.'; rename it in the API definition`);
    }
    const indexes = definition.globalSecondaryIndexes ?? [];
    if (indexes.length > 20) problems.push(`table '${logicalName}' has ${indexes.length} global secondary indexes; DynamoDB allows 20`);
    for (const index of indexes) {
      if (index.projection?.type === 'INCLUDE' && index.projection.nonKeyAttributes.length === 0) {
        problems.push(`index '${index.indexName}' of table '${logicalName}' projects INCLUDE with no attributes: list them or use KEYS_ONLY`);
      }
    }
  }
  return problems;
}

function attribute(key: KeyAttribute): Attribute {
  const types = { S: AttributeType.STRING, N: AttributeType.NUMBER, B: AttributeType.BINARY } as const;
  return { name: key.name, type: types[key.type] };
}

function projection(projected: IndexProjection): { projectionType: ProjectionType; nonKeyAttributes?: string[] } {
  switch (projected.type) {
    case 'ALL':
      return { projectionType: ProjectionType.ALL };
    case 'KEYS_ONLY':
      return { projectionType: ProjectionType.KEYS_ONLY };
    case 'INCLUDE':
      return { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...projected.nonKeyAttributes] };
  }
}
