import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createLoginHandler } from '../../../lambdas/login';
import { LOCAL_IAM_CREDENTIAL } from '../../../local/server/auth-setup';
import { DEMO_PASSWORD } from '../../../local.config';
import { startToyApi, type ToyApiUnderTest } from '../toyapi';

/** The login handler against the engine's Cognito-compatible InitiateAuth endpoint, with real tokens. */
describe('login handler', () => {
  let toy: ToyApiUnderTest;
  let cognito: CognitoIdentityProviderClient;
  beforeAll(async () => {
    toy = await startToyApi();
    cognito = new CognitoIdentityProviderClient({ endpoint: toy.api.url, region: 'us-east-1', credentials: LOCAL_IAM_CREDENTIAL });
  });
  afterAll(async () => {
    cognito.destroy();
    await toy.close();
  });
  const login = (username: string, password: string) => createLoginHandler({ cognito, clientId: toy.api.userPoolIssuer!.clientId })({ username, password });

  it('answers Cognito’s tokens and the user id from the id token', async () => {
    const answer = await login('bob', DEMO_PASSWORD);
    if (!('data' in answer)) throw new Error(JSON.stringify(answer));
    expect(answer.data).toMatchObject({ userId: toy.userId('bob'), expiresIn: 3600 });
    const claims = JSON.parse(Buffer.from(answer.data.idToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ sub: toy.userId('bob'), 'cognito:username': 'bob', 'cognito:groups': ['team-admins', 'team-eng'] });
  });

  it('answers Unauthorized for wrong credentials, ValidationError for missing ones', async () => {
    expect(await login('bob', 'nope')).toEqual({ error: { errorType: 'Unauthorized', message: 'Incorrect username or password.' } });
    expect(await login('bob', '')).toEqual({ error: { errorType: 'ValidationError', message: 'password must not be empty.', field: 'password' } });
  });
});
