import { Match, Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ToyApiData } from '../../../infra/constructs/data';
import { InvalidPropsError } from '../../../infra/errors';
import { describeOnce, nagFindings, NOTES_API_DIRECTORY, TASKS_API_DIRECTORY, testStack } from '../support';

const tasksTables = () => describeOnce(TASKS_API_DIRECTORY).definition.tables!;

describe('ToyApiData', () => {
  const stack = testStack();
  const data = new ToyApiData(stack, 'Data', { tables: tasksTables(), namePrefix: 'toyapi-test' });
  const reader = new Role(stack, 'Reader', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  data.grantDataAccess(reader, ['tasks', 'keys', 'tasks']);
  const template = Template.fromStack(stack);

  it('creates one table per definition entry, named <prefix>-<logical name>', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 2);
    expect(data.tableNames).toEqual({ tasks: 'toyapi-test-tasks', keys: 'toyapi-test-keys' });
  });

  it('makes every table on-demand with point-in-time recovery', () => {
    for (const tableName of ['toyapi-test-tasks', 'toyapi-test-keys']) {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      });
    }
  });

  it('deploys the declared keys, indexes, TTL attribute and stream', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'toyapi-test-tasks',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [
        { IndexName: 'byOwner', KeySchema: [{ AttributeName: 'ownerId', KeyType: 'HASH' }, { AttributeName: 'createdAt', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
        { IndexName: 'byStatus', KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
      ],
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'toyapi-test-keys',
      TimeToLiveSpecification: Match.absent(),
      StreamSpecification: Match.absent(),
      GlobalSecondaryIndexes: Match.absent(),
    });
  });

  it('deletes tables with the stack by default (dev and staging)', () => {
    template.allResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
    template.allResourcesProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: false });
  });

  it('keeps tables with retainData (prod): RETAIN and deletion protection', () => {
    const retained = testStack();
    new ToyApiData(retained, 'Data', { tables: tasksTables(), namePrefix: 'toyapi-prod', retainData: true });
    const kept = Template.fromStack(retained);
    kept.allResources('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    kept.allResourcesProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
  });

  it('grants item access on exact table and index ARNs, never index/*', () => {
    const [policy] = Object.values(template.findResources('AWS::IAM::Policy'));
    const [statement] = policy.Properties.PolicyDocument.Statement;
    expect(statement.Action).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:BatchWriteItem']));
    expect(statement.Action).not.toContain('dynamodb:DeleteTable');
    const resources = JSON.stringify(statement.Resource);
    expect(resources).toContain('toyapi-test-tasks/index/byOwner');
    expect(resources).toContain('toyapi-test-tasks/index/byStatus');
    expect(resources).not.toContain('*');
    expect(statement.Resource).toHaveLength(4);
  });

  it('passes cdk-nag AwsSolutions with no acknowledgement needed', () => {
    expect(nagFindings(stack)).toEqual([]);
  });

  it('builds the engine fixture API’s tables too', () => {
    const other = testStack();
    const tables = describeOnce(NOTES_API_DIRECTORY).definition.tables!;
    const notes = new ToyApiData(other, 'Data', { tables, namePrefix: 'toyapi-dev' });
    expect(notes.tableNames).toEqual(Object.fromEntries(Object.keys(tables).map((name) => [name, `toyapi-dev-${name}`])));
    expect(nagFindings(other)).toEqual([]);
  });

  it('refuses unusable names with what to change', () => {
    expect(() => new ToyApiData(testStack(), 'Data', { tables: { 'bad name': { partitionKey: { name: 'id', type: 'S' } } }, namePrefix: 'ToyApi' })).toThrow(
      new InvalidPropsError('ToyApiData', [
        "namePrefix 'ToyApi' must be lowercase words joined by dashes, at most 30 characters (e.g. 'toyapi-dev')",
        "table 'bad name': DynamoDB table names hold only letters, digits, '_', '-' and '.'; rename it in the API definition",
      ]),
    );
  });

  it('refuses to grant access to a table it does not have', () => {
    expect(() => data.grantDataAccess(reader, ['missing'])).toThrow("ToyApiData has no table 'missing'; the API definition declares tasks, keys");
  });
});
