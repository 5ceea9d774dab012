import { loadResolver, NOW, run } from './run-handler';

/** The request createItem sends is the whole write: the item and its counters in one transaction. */
describe('Mutation.createItem', () => {
  const resolver = loadResolver('Mutation.createItem.ts');
  const now = new Date(NOW).toISOString().replace('.000Z', 'Z');

  it('puts a new TEAM item and ADDs to the owner, global and team counters in one TransactWriteItems', () => {
    const outcome = run(resolver, 'request', { user: 'alice' }, { arguments: { input: { message: ' Ship it ', teamId: 'eng' } } });
    expect(outcome.status).toBe('returned');
    const request = (outcome as { value: { operation: string; transactItems: Record<string, unknown>[] } }).value;
    const id = (outcome.ctx.stash.record as { id: string }).id;
    expect(request.operation).toBe('TransactWriteItems');
    expect(request.transactItems[0]).toEqual({
      table: 'toyapi-data',
      operation: 'PutItem',
      key: { pk: { S: `ITEM#${id}` }, sk: { S: 'ITEM' } },
      attributeValues: {
        entityType: { S: 'ITEM' },
        id: { S: id },
        message: { S: 'Ship it' },
        searchText: { S: 'ship it' },
        accessLevel: { S: 'TEAM' },
        ownerId: { S: 'alice' },
        createdAt: { S: now },
        updatedAt: { S: now },
        version: { N: 1 },
        teamId: { S: 'eng' },
        scope: { S: 'TEAM#eng' },
      },
      condition: { expression: 'attribute_not_exists(#pk)', expressionNames: { '#pk': 'pk' } },
    });
    expect(request.transactItems.slice(1)).toEqual(
      ['STATS#OWNER#alice', 'STATS#GLOBAL', 'STATS#TEAM#eng'].map((pk) => ({
        table: 'toyapi-data',
        operation: 'UpdateItem',
        key: { pk: { S: pk }, sk: { S: 'STATS' } },
        update: { expression: 'ADD #team :team', expressionNames: { '#team': 'team' }, expressionValues: { ':team': { N: 1 } } },
      })),
    );
  });

  it('bad input ends the request before anything is written', () => {
    const outcome = run(resolver, 'request', { user: 'alice' }, { arguments: { input: { message: 'x', accessLevel: 'TEAM' } } });
    expect(outcome).toMatchObject({ status: 'error', error: { errorType: 'ValidationError', errorInfo: { field: 'teamId' } } });
  });

  it('a developer key needs ITEMS_WRITE', () => {
    expect(run(resolver, 'request', { developerKey: 'ITEMS_READ' }, { arguments: { input: { message: 'x' } } })).toMatchObject({
      status: 'error',
      error: { errorType: 'Unauthorized', message: 'This developer key lacks the ITEMS_WRITE scope.' },
    });
  });

  it('an unexpected transaction failure is an InternalError without storage details', () => {
    const outcome = run(resolver, 'response', { user: 'alice' }, {
      stash: { record: { id: 'x' } },
      error: { message: 'Throughput exceeds the current capacity', type: 'DynamoDB:ProvisionedThroughputExceededException' },
      result: null,
    });
    expect(outcome).toMatchObject({ status: 'error', error: { errorType: 'InternalError', message: 'The request could not be completed. Try again later.' } });
  });
});
