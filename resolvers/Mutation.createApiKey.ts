import type { Context } from '@aws-appsync/utils';
import type { CreatedApiKey, MutationCreateApiKeyArgs } from '../generated/graphql';
import { apiKeyRequest } from './lib/api-key-record';
import { lambdaData } from './lib/lambda-result';
import { orRaise } from './lib/raise';
import { requireSignedInUser } from './lib/request-context';

/** The `apiKeys` Lambda (lambdas/create-api-key.ts) makes the secret and stores only its hash. */
export const dataSource = 'apiKeys';

export function request(ctx: Context<MutationCreateApiKeyArgs>) {
  const caller = requireSignedInUser(ctx);
  const keyRequest = orRaise(apiKeyRequest(ctx.args));
  return { operation: 'Invoke', payload: { developerId: caller.userId, ...keyRequest } };
}

export function response(ctx: Context<MutationCreateApiKeyArgs>): CreatedApiKey {
  return lambdaData<CreatedApiKey>(ctx);
}
