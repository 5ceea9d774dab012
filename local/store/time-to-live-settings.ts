/**
 * UpdateTimeToLive and DescribeTimeToLive, which dynalite lacks (it reports every table as DISABLED). The
 * setting of each table is kept in dynalite's own LevelDB under a prefix of the gateway, so it lives and dies
 * with the data: in memory for tests, in the data directory for the dev server. A change takes effect at once,
 * where DynamoDB takes up to an hour (ENABLING) and refuses further changes meanwhile.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTimeToLive.html
 */
import type { DynaliteBackend } from './dynalite-backend';
import { memberTypes, type ActionValidation, type JsonObject, type LevelDatabase } from './dynalite-internals';
import { TIME_TO_LIVE_PREFIX } from './dynalite-layout';
import { DynamoDbError } from './errors';

export interface TimeToLiveSpecification {
  readonly AttributeName: string;
  readonly Enabled: boolean;
}

/** A table whose items expire, and the Number attribute holding their expiry in epoch seconds. */
export interface EnabledTimeToLive {
  readonly tableName: string;
  readonly attributeName: string;
}

const TABLE_NAME = memberTypes('DescribeTable', ['TableName']);

const DESCRIBE_VALIDATION: ActionValidation = { types: TABLE_NAME };

const UPDATE_VALIDATION: ActionValidation = {
  types: {
    ...TABLE_NAME,
    TimeToLiveSpecification: {
      type: 'FieldStruct<TimeToLiveSpecification>',
      notNull: true,
      children: {
        AttributeName: { type: 'String', notNull: true, lengthGreaterThanOrEqual: 1, lengthLessThanOrEqual: 255 },
        Enabled: { type: 'Boolean', notNull: true },
      },
    },
  },
};

export class TimeToLiveSettings {
  private readonly db: LevelDatabase;

  constructor(private readonly backend: DynaliteBackend) {
    this.db = backend.store.db;
  }

  async describeTimeToLive(input: JsonObject): Promise<JsonObject> {
    const { TableName } = this.backend.validate(DESCRIBE_VALIDATION, input);
    await this.backend.getTable(TableName as string, false);
    const attributeName = await this.enabledAttribute(TableName as string);
    return {
      TimeToLiveDescription:
        attributeName === undefined ? { TimeToLiveStatus: 'DISABLED' } : { TimeToLiveStatus: 'ENABLED', AttributeName: attributeName },
    };
  }

  async updateTimeToLive(input: JsonObject): Promise<JsonObject> {
    const data = this.backend.validate(UPDATE_VALIDATION, input);
    const tableName = data.TableName as string;
    const specification = data.TimeToLiveSpecification as TimeToLiveSpecification;
    await this.backend.getTable(tableName);
    const enabled = (await this.enabledAttribute(tableName)) !== undefined;
    if (specification.Enabled === enabled) {
      throw DynamoDbError.validation(`TimeToLive is already ${enabled ? 'enabled' : 'disabled'}`);
    }
    const key = TIME_TO_LIVE_PREFIX + tableName;
    if (specification.Enabled) await this.db.put(key, { AttributeName: specification.AttributeName });
    else await this.db.del(key);
    return { TimeToLiveSpecification: { AttributeName: specification.AttributeName, Enabled: specification.Enabled } };
  }

  /** Every table with TTL enabled. */
  async enabledTables(): Promise<EnabledTimeToLive[]> {
    const tables: EnabledTimeToLive[] = [];
    for await (const [key, value] of this.db.iterator({ gte: TIME_TO_LIVE_PREFIX, lt: `${TIME_TO_LIVE_PREFIX}\uffff` })) {
      tables.push({ tableName: key.slice(TIME_TO_LIVE_PREFIX.length), attributeName: (value as { AttributeName: string }).AttributeName });
    }
    return tables;
  }

  /** Drops the setting of a deleted table, as DynamoDB does: a new table of that name starts DISABLED. */
  async forget(tableName: string): Promise<void> {
    await this.db.del(TIME_TO_LIVE_PREFIX + tableName);
  }

  private async enabledAttribute(tableName: string): Promise<string | undefined> {
    const record = (await this.db.get(TIME_TO_LIVE_PREFIX + tableName)) as { AttributeName: string } | undefined;
    return record?.AttributeName;
  }
}
