import { CognitoIdentityProviderClient, InitiateAuthCommand, type InitiateAuthCommandOutput } from '@aws-sdk/client-cognito-identity-provider';
import type { LoginResult, MutationLoginArgs } from '../generated/graphql';
import type { LambdaAnswer } from '../resolvers/lib/lambda-answer';
import { UnauthorizedError, ValidationError } from './errors';
import { answer } from './lib/answer';
import { defaultCognitoClient } from './lib/clients';
import { requiredEnvironmentVariable } from './lib/environment';
import { unverifiedClaims } from './lib/jwt-claims';

/** Cognito's answer to a wrong user name or password, which says neither which nor whether the user exists. */
export const INCORRECT_CREDENTIALS = 'Incorrect username or password.';

/** Cognito exceptions that mean "these credentials do not sign in", told apart from outages. */
const REFUSALS: Readonly<Record<string, string>> = {
  NotAuthorizedException: INCORRECT_CREDENTIALS,
  UserNotFoundException: INCORRECT_CREDENTIALS,
  UserNotConfirmedException: 'The user has not confirmed the account yet.',
  PasswordResetRequiredException: 'The user must reset the password first.',
};

export interface LoginOptions {
  /** @default a client from the environment (the local engine's sign-in when run locally) */
  readonly cognito?: CognitoIdentityProviderClient;
  /** The user pool app client, which must allow USER_PASSWORD_AUTH. @default env USER_POOL_CLIENT_ID */
  readonly clientId?: string;
}

/**
 * `login(username, password)`: Cognito's USER_PASSWORD_AUTH flow. The same code signs in against Cognito
 * in the cloud and against the engine's compatible endpoint locally.
 */
export function createLoginHandler(options: LoginOptions = {}) {
  return (event: MutationLoginArgs): Promise<LambdaAnswer<LoginResult>> =>
    answer(async () => {
      if (!event.username) throw new ValidationError('username', 'username must not be empty.');
      if (!event.password) throw new ValidationError('password', 'password must not be empty.');
      const cognito = options.cognito ?? defaultCognitoClient();
      let output: InitiateAuthCommandOutput;
      try {
        output = await cognito.send(
          new InitiateAuthCommand({
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: options.clientId ?? requiredEnvironmentVariable('USER_POOL_CLIENT_ID'),
            AuthParameters: { USERNAME: event.username, PASSWORD: event.password },
          }),
        );
      } catch (error) {
        const refusal = REFUSALS[(error as Error).name];
        if (refusal !== undefined) throw new UnauthorizedError(refusal);
        throw error;
      }
      const tokens = output.AuthenticationResult;
      if (!tokens?.IdToken || !tokens.AccessToken) {
        throw new UnauthorizedError(`Signing in needs the ${output.ChallengeName ?? 'unknown'} challenge, which login does not answer.`);
      }
      return {
        idToken: tokens.IdToken,
        accessToken: tokens.AccessToken,
        refreshToken: tokens.RefreshToken ?? '',
        expiresIn: tokens.ExpiresIn ?? 0,
        userId: String(unverifiedClaims(tokens.IdToken).sub),
      };
    });
}

export const handler = createLoginHandler();
