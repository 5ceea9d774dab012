import { createDynamoDbDataSource } from '../../../../local/datasources/dynamodb/dynamodb-data-source';
import { parseDynamoDbRequest } from '../../../../local/datasources/dynamodb/request-objects';
import { InvalidRequestError, UnsupportedLocallyError } from '../../../../local/datasources/errors';
import { CONTEXT } from './test-store';

describe('DynamoDB request objects', () => {
  const refused = (request: unknown) => {
    try {
      parseDynamoDbRequest(request);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect((error as InvalidRequestError).errorType).toBe('MappingTemplate');
      return (error as Error).message;
    }
    throw new Error('the request was accepted');
  };

  it('accepts the documented elements of every operation, and a leftover template `version`', () => {
    expect(() => parseDynamoDbRequest({ operation: 'GetItem', key: {}, consistentRead: true, projection: { expression: 'a' } })).not.toThrow();
    expect(() => parseDynamoDbRequest({ version: '2018-05-29', operation: 'Scan' })).not.toThrow();
    expect(() =>
      parseDynamoDbRequest({ operation: 'PutItem', key: {}, attributeValues: {}, condition: { expression: 'x' }, _version: 1, customPartitionKey: 'k', populateIndexFields: true }),
    ).not.toThrow();
    expect(() =>
      parseDynamoDbRequest({
        operation: 'TransactWriteItems',
        transactItems: [
          { table: 'T', operation: 'PutItem', key: {}, attributeValues: {} },
          { table: 'T', operation: 'ConditionCheck', key: {}, condition: { expression: 'x' } },
        ],
      }),
    ).not.toThrow();
  });

  it('refuses what is not a request of a known operation', () => {
    expect(refused('GetItem')).toMatch(/must be an object/);
    expect(refused({ operation: 'Get' })).toBe("Unsupported operation 'Get' for a DynamoDB data source.");
    expect(refused({ key: {} })).toMatch(/Unsupported operation 'undefined'/);
  });

  it('names a missing required element and an element the operation does not have', () => {
    expect(refused({ operation: 'UpdateItem', key: {} })).toBe("Missing required element '$[update]'.");
    expect(refused({ operation: 'Query', query: null })).toBe("Missing required element '$[query]'.");
    expect(refused({ operation: 'GetItem', key: {}, condition: { expression: 'x' } })).toBe("Unsupported element '$[condition]'.");
  });

  it('checks the items of transactions', () => {
    expect(refused({ operation: 'TransactWriteItems', transactItems: {} })).toBe("Expected a list at '$[transactItems]'.");
    expect(refused({ operation: 'TransactWriteItems', transactItems: [{ table: 'T', operation: 'GetItem', key: {} }] })).toMatch(/\$\[transactItems\]\[0\]\[operation\]/);
    expect(refused({ operation: 'TransactWriteItems', transactItems: [{ table: 'T', operation: 'ConditionCheck', key: {} }] })).toBe(
      "Missing required element '$[transactItems][0][condition]'.",
    );
    expect(refused({ operation: 'TransactGetItems', transactItems: [{ table: 'T', key: {}, condition: {} }] })).toBe("Unsupported element '$[transactItems][0][condition]'.");
  });

  describe('through the data source, before the store is called', () => {
    const calls: string[] = [];
    const source = createDynamoDbDataSource({
      tableName: 'Posts',
      call: async (operation) => {
        calls.push(operation);
        return {};
      },
    });

    afterEach(() => expect(calls).toEqual([]));

    it('throws for a value that is not typed, naming where it is', async () => {
      await expect(source.invoke({ operation: 'GetItem', key: { id: 'p1' } }, CONTEXT)).rejects.toThrow(
        new InvalidRequestError(`Expected a typed value such as { "S": "text" } at '$[key][id]', got "p1".`),
      );
      await expect(
        source.invoke({ operation: 'Query', query: { expression: 'id = :id', expressionValues: { ':id': 1 } } }, CONTEXT),
      ).rejects.toThrow(/'\$\[query\]\[expressionValues\]\[:id\]'/);
    });

    it('throws for an expression without its text', async () => {
      await expect(source.invoke({ operation: 'Scan', filter: { expressionNames: {} } }, CONTEXT)).rejects.toThrow(
        "Expected an object with a string 'expression' at '$[filter]'.",
      );
    });

    it('answers Sync with a clear not-supported error', async () => {
      await expect(source.invoke({ operation: 'Sync', limit: 10 }, CONTEXT)).rejects.toThrow(UnsupportedLocallyError);
      await expect(source.invoke({ operation: 'Sync' }, CONTEXT)).rejects.toThrow(/Sync operation .* not supported by the local engine/);
    });
  });
});
