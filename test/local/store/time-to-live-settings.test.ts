import { DescribeTimeToLiveCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';

import { createStoreClient } from '../../../local/store/store-client';
import { StoreGateway } from '../../../local/store/store-gateway';
import { EVENTS, createTestTables, sdkClient, waitUntilActive } from './store-fixtures';
import { toCreateTableInput } from '../../../local/store/create-tables';

// Shapes from https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html
// and https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTimeToLive.html
describe('UpdateTimeToLive and DescribeTimeToLive', () => {
  let gateway: StoreGateway;

  beforeEach(async () => {
    gateway = await StoreGateway.open();
    await createTestTables(gateway);
  });

  afterEach(() => gateway.close());

  const describe_ = (TableName: string) => gateway.call('DescribeTimeToLive', { TableName });
  const update = (TableName: string, AttributeName: string, Enabled: boolean) =>
    gateway.call('UpdateTimeToLive', { TableName, TimeToLiveSpecification: { AttributeName, Enabled } });

  it('starts DISABLED, enables, and disables', async () => {
    expect(await describe_('Events')).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } });
    expect(await update('Events', 'until', true)).toEqual({ TimeToLiveSpecification: { AttributeName: 'until', Enabled: true } });
    expect(await describe_('Events')).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'until' } });
    expect(await update('Events', 'until', false)).toEqual({ TimeToLiveSpecification: { AttributeName: 'until', Enabled: false } });
    expect(await describe_('Events')).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } });
  });

  it('refuses to enable twice or disable twice', async () => {
    await expect(update('Notes', 'other', true)).rejects.toMatchObject({ type: 'ValidationException', message: 'TimeToLive is already enabled' });
    await expect(update('Events', 'until', false)).rejects.toMatchObject({ type: 'ValidationException', message: 'TimeToLive is already disabled' });
  });

  it('refuses unknown tables and malformed requests', async () => {
    await expect(describe_('Missing')).rejects.toMatchObject({
      type: 'ResourceNotFoundException',
      message: 'Requested resource not found: Table: Missing not found',
    });
    await expect(update('Missing', 'ttl', true)).rejects.toMatchObject({ type: 'ResourceNotFoundException' });
    await expect(gateway.call('UpdateTimeToLive', { TableName: 'Events' })).rejects.toMatchObject({
      message: "1 validation error detected: Value null at 'timeToLiveSpecification' failed to satisfy constraint: Member must not be null",
    });
    await expect(gateway.call('UpdateTimeToLive', { TableName: 'Events', TimeToLiveSpecification: { AttributeName: '', Enabled: true } })).rejects.toMatchObject({
      type: 'ValidationException',
    });
  });

  it('forgets the setting when the table is deleted', async () => {
    await gateway.call('DeleteTable', { TableName: 'Notes' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await gateway.call('CreateTable', toCreateTableInput({ ...EVENTS, tableName: 'Notes' }));
    await waitUntilActive(gateway, 'Notes');
    expect(await describe_('Notes')).toEqual({ TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } });
  });

  it('answers AWS SDK clients', async () => {
    const store = await createStoreClient();
    const sdk = sdkClient(store.endpoint);
    try {
      await createTestTables(store);
      await sdk.send(new UpdateTimeToLiveCommand({ TableName: 'Events', TimeToLiveSpecification: { AttributeName: 'until', Enabled: true } }));
      const { TimeToLiveDescription } = await sdk.send(new DescribeTimeToLiveCommand({ TableName: 'Events' }));
      expect(TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'until' });
    } finally {
      sdk.destroy();
      await store.close();
    }
  });
});
