import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The default AWS clients of the handlers, made on first use and kept for later invocations (as Lambda
 * keeps a warm process). Region, credentials and endpoints come from the standard environment variables;
 * the local engine points AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER at its
 * own store and sign-in, so one client is kept per endpoint.
 */
const documentClients = new Map<string, DynamoDBDocumentClient>();
const cognitoClients = new Map<string, CognitoIdentityProviderClient>();

export function defaultDocumentClient(): DynamoDBDocumentClient {
  const endpoint = process.env.AWS_ENDPOINT_URL_DYNAMODB ?? '';
  let client = documentClients.get(endpoint);
  if (client === undefined) {
    client = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
    documentClients.set(endpoint, client);
  }
  return client;
}

export function defaultCognitoClient(): CognitoIdentityProviderClient {
  const endpoint = process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER ?? '';
  let client = cognitoClients.get(endpoint);
  if (client === undefined) {
    client = new CognitoIdentityProviderClient({});
    cognitoClients.set(endpoint, client);
  }
  return client;
}
