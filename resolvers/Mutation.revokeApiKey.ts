import { util, type Context } from '@aws-appsync/utils';
import type { ApiKey, MutationRevokeApiKeyArgs } from '../generated/graphql';
import { PURGE_AFTER_SECONDS, toApiKey, TTL_ATTRIBUTE, type ApiKeyRecord } from './lib/api-key-record';
import { endDeveloperKeySubscriptions } from './lib/item-subscription';
import { apiKeyKey } from './lib/keys';
import { notFound } from './lib/problems';
import { raise, raiseUnexpected } from './lib/raise';
import { requireSignedInUser } from './lib/request-context';

export const dataSource = 'data';

/**
 * Marks one of the caller's keys revoked (a second revocation keeps the first time). The authorizer refuses
 * it from then on; an answer it cached for the key lasts at most its ttlOverride (lambdas/). The item
 * subscriptions made with the key end at once (invalidation: the authorizer is not asked again for them).
 */
export function request(ctx: Context<MutationRevokeApiKeyArgs>) {
  const caller = requireSignedInUser(ctx);
  const now = util.time.nowEpochSeconds();
  return {
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues(apiKeyKey(caller.userId, ctx.args.id)),
    update: {
      expression: 'SET #revokedAt = if_not_exists(#revokedAt, :now), #purgeAt = if_not_exists(#purgeAt, :purgeAt)',
      expressionNames: { '#revokedAt': 'revokedAt', '#purgeAt': TTL_ATTRIBUTE },
      expressionValues: util.dynamodb.toMapValues({ ':now': util.time.nowISO8601(), ':purgeAt': now + PURGE_AFTER_SECONDS }),
    },
    condition: { expression: 'attribute_exists(#pk)', expressionNames: { '#pk': 'pk' } },
  };
}

export function response(ctx: Context<MutationRevokeApiKeyArgs>): ApiKey {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') raise(notFound(`You have no developer key '${ctx.args.id}'.`));
    raiseUnexpected(ctx.error);
  }
  const record = ctx.result as ApiKeyRecord;
  endDeveloperKeySubscriptions(record.developerId, record.id);
  return toApiKey(record, util.time.nowEpochSeconds());
}
