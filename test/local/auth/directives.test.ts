import { isScalarType } from 'graphql';
import { APPSYNC_DEFINITIONS_SDL, buildAppSyncSchema } from '../../../local/api/schema';
import { FieldAuthorizer, deniedFieldError, type FieldRequest } from '../../../local/auth/directives';
import type { AuthMode, CognitoDefaultAction } from '../../../local/auth/modes';

// Rules and examples: https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html
// ("Using additional authorization modes" and "AMAZON_COGNITO_USER_POOLS authorization").

function authorizer(
  sdl: string,
  defaultMode: AuthMode,
  additionalModes: AuthMode[] = [],
  cognitoDefaultAction: CognitoDefaultAction = 'ALLOW',
) {
  return new FieldAuthorizer({ schema: buildAppSyncSchema(sdl), defaultMode, additionalModes, cognitoDefaultAction });
}

function caller(mode: AuthMode, cognitoGroups: string[] = [], deniedFields: string[] = []): FieldRequest {
  return { mode, cognitoGroups, deniedFields: new Set(deniedFields) };
}

/** The developer guide's multi-auth schema; AWS_IAM is the default, API_KEY an additional mode. */
const POSTS_SDL = /* GraphQL */ `
  schema {
    query: Query
    mutation: Mutation
  }
  type Query {
    getPost(id: ID): Post
    getAllPosts: [Post] @aws_api_key
  }
  type Mutation {
    addPost(id: ID!, author: String!, title: String!, content: String!, url: String!): Post!
  }
  type Post @aws_api_key @aws_iam {
    id: ID!
    author: String
    title: String
    content: String
    url: String
    ups: Int!
    downs: Int!
    version: Int!
    restrictedContent: String! @aws_iam
  }
`;

describe("FieldAuthorizer: the guide's multi-auth example (default AWS_IAM, additional API_KEY)", () => {
  const rules = authorizer(POSTS_SDL, 'AWS_IAM', ['API_KEY']);
  const iam = rules.forRequest(caller('AWS_IAM'));
  const apiKey = rules.forRequest(caller('API_KEY'));

  // "fields that don't have a directive are protected using AWS_IAM … that's the case for the getPost field"
  it('a field without directives is open to the default mode only', () => {
    expect(iam.isFieldAllowed('Query', 'getPost')).toBe(true);
    expect(apiKey.isFieldAllowed('Query', 'getPost')).toBe(false);
    expect(apiKey.isFieldAllowed('Mutation', 'addPost')).toBe(false);
  });

  // "you can mark a field using the @aws_api_key directive (for example, getAllPosts)"
  it('a field directive names the modes allowed, and the default mode is not implied', () => {
    expect(apiKey.isFieldAllowed('Query', 'getAllPosts')).toBe(true);
    expect(iam.isFieldAllowed('Query', 'getAllPosts')).toBe(false);
  });

  // "marking the Post type with the @aws_api_key directive" gives its fields to API_KEY
  it("a type directive covers the type's fields that have none of their own", () => {
    expect(apiKey.isFieldAllowed('Post', 'title')).toBe(true);
    expect(iam.isFieldAllowed('Post', 'title')).toBe(true);
  });

  // "AWS_IAM authenticated requests could access restrictedContent, however, API_KEY requests wouldn't"
  it("a field directive overrides its type's directives", () => {
    expect(iam.isFieldAllowed('Post', 'restrictedContent')).toBe(true);
    expect(apiKey.isFieldAllowed('Post', 'restrictedContent')).toBe(false);
  });

  // "Directives work at the field level so you need to give API_KEY access to the Post type too."
  it("reaching a type through an allowed field does not open the type's fields", () => {
    const withoutTypeDirective = authorizer(
      POSTS_SDL.replace('type Post @aws_api_key @aws_iam', 'type Post'),
      'AWS_IAM',
      ['API_KEY'],
    );
    const request = withoutTypeDirective.forRequest(caller('API_KEY'));
    expect(request.isFieldAllowed('Query', 'getAllPosts')).toBe(true);
    expect(request.isFieldAllowed('Post', 'id')).toBe(false);
  });

  it('leaves introspection open', () => {
    expect(apiKey.isFieldAllowed('Post', '__typename')).toBe(true);
    expect(apiKey.isFieldAllowed('__Type', 'fields')).toBe(true);
  });
});

/** The guide's user pools example: Bloggers may add posts, Bloggers and Readers may read them. */
const BLOG_SDL = /* GraphQL */ `
  type Query {
    posts: [Post!]! @aws_auth(cognito_groups: ["Bloggers", "Readers"])
  }
  type Mutation {
    addPost(id: ID!, title: String!): Post! @aws_auth(cognito_groups: ["Bloggers"])
  }
  type Post {
    id: ID!
    title: String!
  }
`;

describe('FieldAuthorizer: user pools groups (AMAZON_COGNITO_USER_POOLS the only mode)', () => {
  const rules = authorizer(BLOG_SDL, 'AMAZON_COGNITO_USER_POOLS');

  it('lets only members of a listed group through @aws_auth', () => {
    const reader = rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['Readers']));
    const blogger = rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['Bloggers']));
    const nobody = rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS'));
    expect(reader.isFieldAllowed('Query', 'posts')).toBe(true);
    expect(reader.isFieldAllowed('Mutation', 'addPost')).toBe(false);
    expect(blogger.isFieldAllowed('Mutation', 'addPost')).toBe(true);
    expect(nobody.isFieldAllowed('Query', 'posts')).toBe(false);
  });

  // "you can omit the @aws_auth directive if you want to default to a specific grant-or-deny strategy"
  it("gives fields without a directive the user pool's defaultAction", () => {
    expect(rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS')).isFieldAllowed('Post', 'id')).toBe(true);
    const denying = authorizer(BLOG_SDL, 'AMAZON_COGNITO_USER_POOLS', [], 'DENY');
    expect(denying.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['Bloggers'])).isFieldAllowed('Post', 'id')).toBe(
      false,
    );
    expect(
      denying.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['Bloggers'])).isFieldAllowed('Mutation', 'addPost'),
    ).toBe(true);
  });

  // "You can't use the @aws_auth directive along with additional authorization modes. @aws_auth works
  // only in the context of AMAZON_COGNITO_USER_POOLS authorization with no additional authorization modes."
  it('disregards @aws_auth once the API has additional modes', () => {
    const multiAuth = authorizer(BLOG_SDL, 'AMAZON_COGNITO_USER_POOLS', ['AWS_IAM']);
    expect(multiAuth.forRequest(caller('AMAZON_COGNITO_USER_POOLS')).isFieldAllowed('Mutation', 'addPost')).toBe(true);
    expect(multiAuth.forRequest(caller('AWS_IAM')).isFieldAllowed('Mutation', 'addPost')).toBe(false);
  });
});

describe("FieldAuthorizer: @aws_cognito_user_pools and the other modes' directives", () => {
  const SDL = /* GraphQL */ `
    type Query @aws_cognito_user_pools(cognito_groups: ["admin"]) {
      adminReport: String
      myProfile: String @aws_cognito_user_pools
      bloggersOnly: String @aws_cognito_user_pools(cognito_groups: ["Bloggers"]) @aws_iam
      partnerFeed: String @aws_oidc @aws_lambda
      secret: String @aws_lambda
      nobody: String @aws_cognito_user_pools(cognito_groups: [])
    }
  `;
  const rules = authorizer(SDL, 'API_KEY', ['AMAZON_COGNITO_USER_POOLS', 'AWS_IAM', 'OPENID_CONNECT', 'AWS_LAMBDA']);

  // "you can use the @aws_cognito_user_pools directive in place of the @aws_auth directive, using the same
  // arguments … you can specify @aws_cognito_user_pools on any field and object type definitions."
  it('applies cognito_groups from a type directive to fields without their own', () => {
    expect(
      rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['admin'])).isFieldAllowed('Query', 'adminReport'),
    ).toBe(true);
    expect(
      rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['Bloggers'])).isFieldAllowed('Query', 'adminReport'),
    ).toBe(false);
    expect(rules.forRequest(caller('API_KEY')).isFieldAllowed('Query', 'adminReport')).toBe(false);
  });

  it('lets any user pool caller through @aws_cognito_user_pools without groups', () => {
    expect(rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS')).isFieldAllowed('Query', 'myProfile')).toBe(true);
  });

  it('applies groups to user pool callers only, not to the other modes listed', () => {
    expect(
      rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['admin'])).isFieldAllowed('Query', 'bloggersOnly'),
    ).toBe(false);
    expect(
      rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['Bloggers'])).isFieldAllowed('Query', 'bloggersOnly'),
    ).toBe(true);
    expect(rules.forRequest(caller('AWS_IAM')).isFieldAllowed('Query', 'bloggersOnly')).toBe(true);
  });

  it('lets an empty group list admit no user pool caller', () => {
    expect(rules.forRequest(caller('AMAZON_COGNITO_USER_POOLS', ['admin'])).isFieldAllowed('Query', 'nobody')).toBe(
      false,
    );
  });

  it('honours @aws_oidc and @aws_lambda', () => {
    expect(rules.forRequest(caller('OPENID_CONNECT')).isFieldAllowed('Query', 'partnerFeed')).toBe(true);
    expect(rules.forRequest(caller('AWS_LAMBDA')).isFieldAllowed('Query', 'partnerFeed')).toBe(true);
    expect(rules.forRequest(caller('AWS_IAM')).isFieldAllowed('Query', 'partnerFeed')).toBe(false);
  });

  // Lambda section: deniedFields "are forcibly changed to null, even if a value was returned from a resolver"
  it('denies a Lambda caller the fields its authorizer returned in deniedFields', () => {
    const lambda = rules.forRequest(caller('AWS_LAMBDA', [], ['Query.secret']));
    expect(lambda.isFieldAllowed('Query', 'secret')).toBe(false);
    expect(lambda.isFieldAllowed('Query', 'partnerFeed')).toBe(true);
    expect(rules.forRequest(caller('AWS_LAMBDA')).isFieldAllowed('Query', 'secret')).toBe(true);
  });

  it('reads directives given in a type extension', () => {
    const extended = authorizer('type Query { a: String }\nextend type Query @aws_iam', 'API_KEY', ['AWS_IAM']);
    expect(extended.forRequest(caller('AWS_IAM')).isFieldAllowed('Query', 'a')).toBe(true);
    expect(extended.forRequest(caller('API_KEY')).isFieldAllowed('Query', 'a')).toBe(false);
  });
});

describe('deniedFieldError', () => {
  it('is the error AppSync reports for a denied field', () => {
    expect(deniedFieldError('Query', 'getCheck')).toEqual({
      message: 'Not Authorized to access getCheck on type Query',
      errorType: 'Unauthorized',
      data: null,
      errorInfo: null,
    });
  });
});

describe('buildAppSyncSchema', () => {
  it('defines the AWS scalars and AppSync directives an AppSync schema uses undeclared', () => {
    const schema = buildAppSyncSchema(/* GraphQL */ `
      type Query {
        now: AWSDateTime
      }
      type Mutation {
        ping(at: AWSTimestamp): String
      }
      type Subscription {
        onPing: String @aws_subscribe(mutations: ["ping"])
      }
    `);
    for (const scalar of [
      'AWSDate',
      'AWSTime',
      'AWSDateTime',
      'AWSTimestamp',
      'AWSEmail',
      'AWSJSON',
      'AWSURL',
      'AWSPhone',
      'AWSIPAddress',
    ]) {
      expect(isScalarType(schema.getType(scalar))).toBe(true);
    }
    for (const directive of [
      'aws_api_key',
      'aws_iam',
      'aws_oidc',
      'aws_lambda',
      'aws_cognito_user_pools',
      'aws_auth',
      'aws_subscribe',
    ]) {
      expect(schema.getDirective(directive)).toBeDefined();
    }
    expect(APPSYNC_DEFINITIONS_SDL).toContain('directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION');
  });
});
