import { defineApi } from './local/api/definition';
import { TTL_ATTRIBUTE } from './resolvers/lib/api-key-record';
import { DATA_TABLE, INDEX } from './resolvers/lib/keys';

/** Handlers reaching the data table find its physical name here. */
const TABLE_ENVIRONMENT = { TABLE_NAME: { table: DATA_TABLE } } as const;

/**
 * ToyApi: everything but the schema and the resolver code, which the engine and the CDK app find by the
 * file convention. docs/data-model.md explains the table and every access pattern.
 */
export default defineApi({
  name: 'toyapi',
  authentication: {
    // A signed-in user's Cognito id token, sent raw in Authorization.
    default: { type: 'AMAZON_COGNITO_USER_POOLS' },
    additional: [
      // Public reads and login.
      { type: 'API_KEY', description: 'ToyApi public key: publicMessage, publicItems and login', expiresInDays: 365 },
      // Developer keys (`toy_…`) for service-to-service calls.
      {
        type: 'AWS_LAMBDA',
        handler: { file: 'lambdas/developer-key-authorizer.ts', environment: TABLE_ENVIRONMENT },
        authorizerResultTtlInSeconds: 60,
        // Tokens of any other shape never reach the function.
        identityValidationExpression: '^toy_[A-Za-z0-9_-]{43}$',
      },
      // Back-end jobs signing with IAM: public reads only.
      { type: 'AWS_IAM' },
    ],
  },
  dataSources: {
    none: { type: 'NONE' },
    data: { type: 'AMAZON_DYNAMODB', table: DATA_TABLE },
    login: { type: 'AWS_LAMBDA', handler: { file: 'lambdas/login.ts', environment: { USER_POOL_CLIENT_ID: { userPool: 'clientId' } } } },
    apiKeys: { type: 'AWS_LAMBDA', handler: { file: 'lambdas/create-api-key.ts', environment: TABLE_ENVIRONMENT } },
  },
  tables: {
    [DATA_TABLE]: {
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      globalSecondaryIndexes: [
        { indexName: INDEX.byOwner, partitionKey: { name: 'ownerId', type: 'S' }, sortKey: { name: 'id', type: 'S' } },
        { indexName: INDEX.byScope, partitionKey: { name: 'scope', type: 'S' }, sortKey: { name: 'id', type: 'S' } },
        { indexName: INDEX.byType, partitionKey: { name: 'entityType', type: 'S' }, sortKey: { name: 'id', type: 'S' } },
        {
          indexName: INDEX.byKeyHash,
          partitionKey: { name: 'keyHash', type: 'S' },
          // Just what the authorizer reads.
          projection: { type: 'INCLUDE', nonKeyAttributes: ['id', 'developerId', 'scopes', 'revokedAt', 'expiresAtEpoch'] },
        },
      ],
      ttlAttribute: TTL_ATTRIBUTE,
      // Item changes as a change stream, for consumers such as webhooks and analytics on the roadmap.
      stream: true,
    },
  },
  environmentVariables: TABLE_ENVIRONMENT,
  settings: { queryDepthLimit: 10, resolverCountLimit: 1000, introspection: true },
});
