import { buildAppSyncSchema } from '../../../local/api/schema';
import { SubscriptionSchemaError } from '../../../local/realtime/errors';
import { subscriptionTriggers } from '../../../local/realtime/subscription-triggers';

const schemaWith = (subscriptions: string) =>
  buildAppSyncSchema(`
    type Post { id: ID! }
    type Query { post: Post }
    type Mutation { addPost: Post!  updatePost: Post  removePosts: [Post] }
    type Subscription { ${subscriptions} }
  `);

describe('subscriptionTriggers', () => {
  it('maps each mutation to the subscription fields whose @aws_subscribe lists it', () => {
    const triggers = subscriptionTriggers(
      schemaWith(`
        addedPost: Post @aws_subscribe(mutations: ["addPost"])
        changedPost: Post @aws_subscribe(mutations: ["addPost", "updatePost"])
        removed: [Post] @aws_subscribe(mutations: ["removePosts"])
        unlinked: Post
      `),
    );
    expect(Object.fromEntries(triggers)).toEqual({ addPost: ['addedPost', 'changedPost'], updatePost: ['changedPost'], removePosts: ['removed'] });
  });

  it('refuses a mutation that does not exist or returns another type', () => {
    const refusal = () => subscriptionTriggers(schemaWith('a: Post @aws_subscribe(mutations: ["nope"])  b: Post @aws_subscribe(mutations: ["removePosts"])'));
    expect(refusal).toThrow(SubscriptionSchemaError);
    expect(refusal).toThrow(/'nope', which is not a field of the Mutation type[\s\S]*Subscription\.b returns Post but its mutation 'removePosts' returns \[Post\]/);
  });
});
