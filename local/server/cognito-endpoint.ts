import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody, sendJson } from './http';
import { SignInError, type LocalSignIn } from './sign-in';

export const COGNITO_TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

/**
 * The slice of Cognito's API a Lambda handler needs to sign a user in (`InitiateAuth` with
 * USER_PASSWORD_AUTH), on the engine's own port. An unmodified `@aws-sdk/client-cognito-identity-provider`
 * client reaches it through AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER, so the same handler code signs users
 * in against Cognito in the cloud and against the local issuer here.
 */
export async function handleCognito(request: IncomingMessage, response: ServerResponse, signIn: LocalSignIn | undefined): Promise<number> {
  const target = String(request.headers['x-amz-target'] ?? '').slice(COGNITO_TARGET_PREFIX.length);
  const body = (await readJsonBody(request, 64 * 1024)) as {
    AuthFlow?: string;
    AuthParameters?: { USERNAME?: string; PASSWORD?: string };
  };
  const fail = (status: number, type: string, message: string) => {
    sendJson(response, status, { __type: type, message }, { 'content-type': 'application/x-amz-json-1.1' });
    return status;
  };
  if (target !== 'InitiateAuth') return fail(400, 'UnsupportedOperationException', `The local Cognito endpoint does not support ${target}.`);
  if (body.AuthFlow !== 'USER_PASSWORD_AUTH') return fail(400, 'InvalidParameterException', `The local Cognito endpoint supports only USER_PASSWORD_AUTH, not ${body.AuthFlow}.`);
  if (!signIn) return fail(400, 'ResourceNotFoundException', 'The API has no user pool.');
  try {
    const tokens = signIn.signIn(body.AuthParameters?.USERNAME, body.AuthParameters?.PASSWORD);
    sendJson(
      response,
      200,
      {
        AuthenticationResult: {
          AccessToken: tokens.accessToken,
          IdToken: tokens.idToken,
          RefreshToken: tokens.refreshToken,
          ExpiresIn: tokens.expiresIn,
          TokenType: tokens.tokenType,
        },
        ChallengeParameters: {},
      },
      { 'content-type': 'application/x-amz-json-1.1' },
    );
    return 200;
  } catch (error) {
    if (error instanceof SignInError) return fail(400, 'NotAuthorizedException', error.message);
    throw error;
  }
}
