import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An extended ISO 8601 date string: YYYY-MM-DD, optionally with a time zone offset. */
  AWSDate: { input: string; output: string; }
  /** An extended ISO 8601 date and time string: YYYY-MM-DDThh:mm[:ss[.sss]] with a time zone offset. */
  AWSDateTime: { input: string; output: string; }
  /** An email address as defined by RFC 822. */
  AWSEmail: { input: string; output: string; }
  /** An IPv4 or IPv6 address, optionally with a CIDR prefix. */
  AWSIPAddress: { input: string; output: string; }
  /** A JSON string; parsed into an object on input and serialized on output. */
  AWSJSON: { input: string; output: string; }
  /** A phone number. */
  AWSPhone: { input: string; output: string; }
  /** An extended ISO 8601 time string: hh:mm[:ss[.sss]], optionally with a time zone offset. */
  AWSTime: { input: string; output: string; }
  /** Seconds since 1970-01-01T00:00Z. */
  AWSTimestamp: { input: number; output: number; }
  /** A URL as defined by RFC 1738. */
  AWSURL: { input: string; output: string; }
};

/** Who may read an item besides its owner and the admins. */
export type AccessLevel =
  /** Only the owner (and admins). */
  | 'INDIVIDUAL'
  /** Every signed-in user, developer key and the API key read it. */
  | 'PUBLIC'
  /** Members of the item's team read it; team admins of that team also change and delete it. */
  | 'TEAM';

/** A developer key. The secret is shown once, when the key is created; only its SHA-256 hash is stored. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['AWSDateTime']['output'];
  /** When the key stops working; null if it never expires. */
  expiresAt?: Maybe<Scalars['AWSDateTime']['output']>;
  /** The key's id. */
  id: Scalars['ID']['output'];
  /** The developer's name for the key. */
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise the key. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; null if it was not. */
  revokedAt?: Maybe<Scalars['AWSDateTime']['output']>;
  /** What the key may do. */
  scopes: Array<ApiKeyScope>;
  /** Whether the key still works. */
  status: ApiKeyStatus;
};

/** One page of developer keys. */
export type ApiKeyPage = {
  __typename?: 'ApiKeyPage';
  /** The keys of this page, newest first. */
  items: Array<ApiKey>;
  /** The token for the next page, or null on the last page. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** What a developer key may do. */
export type ApiKeyScope =
  /** Read items: item, myItems, publicItems, searchItems, itemStats. */
  | 'ITEMS_READ'
  /** Create, change and delete the developer's own items. */
  | 'ITEMS_WRITE';

/** Whether a developer key still works. */
export type ApiKeyStatus =
  /** The key authenticates calls. */
  | 'ACTIVE'
  /** The key passed its expiry time. */
  | 'EXPIRED'
  /** The developer revoked the key. */
  | 'REVOKED';

/** Why one entry of a bulk operation failed. */
export type BulkEntryError = {
  __typename?: 'BulkEntryError';
  /** One of the documented error types: ValidationError, NotFound, Conflict, Unauthorized, InternalError. */
  errorType: Scalars['String']['output'];
  /** The input field at fault, for a ValidationError. */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** The outcome of one entry of a bulk operation. */
export type BulkEntryResult = {
  __typename?: 'BulkEntryResult';
  /** Why the entry failed; null when it succeeded. */
  error?: Maybe<BulkEntryError>;
  /** The item's id: the new id for a created item, the requested id for a deletion. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The entry's position in the request, from 0. */
  index: Scalars['Int']['output'];
  /** The created or deleted item, when the entry succeeded. */
  item?: Maybe<Item>;
};

/** The outcome of a bulk operation: one result per entry, in request order. */
export type BulkResult = {
  __typename?: 'BulkResult';
  /** How many entries failed. */
  failed: Scalars['Int']['output'];
  /** One result per entry, in request order. */
  results: Array<BulkEntryResult>;
  /** How many entries succeeded. */
  succeeded: Scalars['Int']['output'];
};

/** A new item. */
export type CreateItemInput = {
  /** Defaults to TEAM when teamId is given, else INDIVIDUAL. */
  accessLevel?: InputMaybe<AccessLevel>;
  /** 1 to 1000 characters after trimming (leading and trailing spaces are removed), without control characters. */
  message: Scalars['String']['input'];
  /** The team to share with: one of your teams. Only with accessLevel TEAM. */
  teamId?: InputMaybe<Scalars['String']['input']>;
};

/** A new developer key with its secret. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key as listed by apiKeys. */
  apiKey: ApiKey;
  /** The secret to send in the Authorization header. It is shown only this once. */
  secret: Scalars['String']['output'];
};

/** The signed-in user, as the verified id token describes them. */
export type CurrentUser = {
  __typename?: 'CurrentUser';
  /** The user's Cognito groups (`cognito:groups`), e.g. admins, team-admins, team-eng. */
  groups: Array<Scalars['String']['output']>;
  /** The user id (Cognito `sub`). */
  id: Scalars['ID']['output'];
  /** The teams the user belongs to: each group `team-<teamId>` gives teamId. */
  teams: Array<Scalars['String']['output']>;
  /** The user name. */
  username: Scalars['String']['output'];
};

/** A user registered to create developer keys for service-to-service calls. */
export type Developer = {
  __typename?: 'Developer';
  /** When the developer registered. */
  createdAt: Scalars['AWSDateTime']['output'];
  /** Where to reach the developer. */
  email: Scalars['AWSEmail']['output'];
  /** The developer's user id (Cognito `sub`). */
  id: Scalars['ID']['output'];
  /** The developer's display name. */
  name: Scalars['String']['output'];
  /** The developer's organization, if any. */
  organization?: Maybe<Scalars['String']['output']>;
  /** When the profile was last changed. */
  updatedAt: Scalars['AWSDateTime']['output'];
};

/** A piece of text with an owner and an access level. */
export type Item = {
  __typename?: 'Item';
  /** Who may read the item. */
  accessLevel: AccessLevel;
  /** When the item was created. */
  createdAt: Scalars['AWSDateTime']['output'];
  /** The item's id (a ULID: sorts by creation time). */
  id: Scalars['ID']['output'];
  /** The text: 1 to 1000 characters after trimming, without control characters. */
  message: Scalars['String']['output'];
  /** The user id (Cognito `sub`) of the user who created the item. */
  ownerId: Scalars['ID']['output'];
  /** The team the item is shared with; set exactly when accessLevel is TEAM. */
  teamId?: Maybe<Scalars['String']['output']>;
  /** When the item was last changed. */
  updatedAt: Scalars['AWSDateTime']['output'];
  /**
   * The owner's user id under its old name.
   * @deprecated Use ownerId. Removal after 2027-05-31.
   */
  userId: Scalars['ID']['output'];
  /** Starts at 1 and grows by one with every change; send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** How many items exist at each access level. */
export type ItemCounts = {
  __typename?: 'ItemCounts';
  /** Items at access level INDIVIDUAL. */
  individual: Scalars['Int']['output'];
  /** Items at access level PUBLIC. */
  public: Scalars['Int']['output'];
  /** Items at access level TEAM. */
  team: Scalars['Int']['output'];
  /** All of them. */
  total: Scalars['Int']['output'];
};

/** One page of items. Ask again with nextToken for the next page; null means there is none. */
export type ItemPage = {
  __typename?: 'ItemPage';
  /** The items of this page (a search page may hold fewer than limit items, even none, and still have a next page). */
  items: Array<Item>;
  /** The token for the next page, or null on the last page. */
  nextToken?: Maybe<Scalars['String']['output']>;
};

/** Item counts the caller may see, kept exact with every change. */
export type ItemStats = {
  __typename?: 'ItemStats';
  /** All items by access level; null unless the caller is an admin. */
  global?: Maybe<ItemCounts>;
  /** The caller's own items by access level. */
  own: ItemCounts;
  /** Items shared with each of the caller's teams. */
  teams: Array<TeamItemCount>;
};

/** Tokens from a password sign-in. */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** The access token. */
  accessToken: Scalars['String']['output'];
  /** Seconds until the id and access tokens expire. */
  expiresIn: Scalars['Int']['output'];
  /** The id token: send it as the Authorization header. */
  idToken: Scalars['String']['output'];
  /** The refresh token. */
  refreshToken: Scalars['String']['output'];
  /** The user's id (Cognito `sub`). */
  userId: Scalars['ID']['output'];
};

/** A greeting: what the message operations answer. */
export type Message = {
  __typename?: 'Message';
  /** The text of the message. */
  message: Scalars['String']['output'];
  /** The user the message is for, when it is for one user. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** Changes. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a developer key. The answer holds its secret, which is never shown again. */
  createApiKey: CreatedApiKey;
  /**
   * Creates an item owned by the caller. Publishes to onItemCreated: select ownerId, accessLevel and teamId
   * (and every field subscribers select), or subscribers cannot be sent the event (see Subscription).
   */
  createItem: Item;
  /** Creates up to 25 items; each entry succeeds or reports its own error. Publishes to no subscription. */
  createItems: BulkResult;
  /**
   * Deletes an item (owner, admins, and team admins for TEAM items of their teams) and returns it. Publishes
   * the deleted item to onItemDeleted: select ownerId, accessLevel and teamId (see Subscription).
   */
  deleteItem: Item;
  /** Deletes up to 25 items; each entry succeeds or reports its own error. Publishes to no subscription. */
  deleteItems: BulkResult;
  /** Signs a user in with a password and returns Cognito tokens. */
  login: LoginResult;
  /** Registers the signed-in user as a developer. */
  registerDeveloper: Developer;
  /** Revokes one of the caller's developer keys at once, and ends the subscriptions made with it. */
  revokeApiKey: ApiKey;
  /** Changes the signed-in developer's profile. */
  updateDeveloperProfile: Developer;
  /**
   * Changes an item (owner, admins, and team admins for TEAM items of their teams). Publishes the item as it
   * is now to onItemUpdated: select ownerId, accessLevel and teamId (see Subscription).
   */
  updateItem: Item;
};


/** Changes. */
export type MutationCreateApiKeyArgs = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  scopes?: InputMaybe<Array<ApiKeyScope>>;
};


/** Changes. */
export type MutationCreateItemArgs = {
  input: CreateItemInput;
};


/** Changes. */
export type MutationCreateItemsArgs = {
  inputs: Array<CreateItemInput>;
};


/** Changes. */
export type MutationDeleteItemArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes. */
export type MutationDeleteItemsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Changes. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/** Changes. */
export type MutationRegisterDeveloperArgs = {
  input: RegisterDeveloperInput;
};


/** Changes. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Changes. */
export type MutationUpdateDeveloperProfileArgs = {
  input: UpdateDeveloperProfileInput;
};


/** Changes. */
export type MutationUpdateItemArgs = {
  input: UpdateItemInput;
};

/** Reads. */
export type Query = {
  __typename?: 'Query';
  /** Every item, newest first. Admins only. */
  allItems: ItemPage;
  /** The caller's developer keys, newest first. */
  apiKeys: ApiKeyPage;
  /** A message for signed-in users. */
  authMessage: Message;
  /** The caller's developer profile (a developer key: its developer); null if not registered. */
  developer?: Maybe<Developer>;
  /** One item, if the caller may read it; otherwise a NotFound error. */
  item?: Maybe<Item>;
  /** Item counts: your own, your teams', and (admins) all. */
  itemStats: ItemStats;
  /** The signed-in user. */
  me: CurrentUser;
  /** The caller's own items, newest first. */
  myItems: ItemPage;
  /** PUBLIC items, newest first. */
  publicItems: ItemPage;
  /** A message anyone with the API key, a token or a developer key may read. */
  publicMessage: Message;
  /**
   * Items the caller may read whose message contains the query (case-insensitive). Pages may hold fewer
   * than limit items, even none, while nextToken is not null: page until nextToken is null.
   */
  searchItems: ItemPage;
  /** Items shared with one of the caller's teams (admins: any team), newest first. */
  teamItems: ItemPage;
  /** A message for one user: the user themself or an admin. */
  userMessage: Message;
};


/** Reads. */
export type QueryAllItemsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. */
export type QueryApiKeysArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. */
export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


/** Reads. */
export type QueryMyItemsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. */
export type QueryPublicItemsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
};


/** Reads. */
export type QuerySearchItemsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  query: Scalars['String']['input'];
};


/** Reads. */
export type QueryTeamItemsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  nextToken?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['String']['input'];
};


/** Reads. */
export type QueryUserMessageArgs = {
  userId: Scalars['ID']['input'];
};

/** Registration as a developer. */
export type RegisterDeveloperInput = {
  /** Where to reach you. */
  email: Scalars['AWSEmail']['input'];
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Your organization, up to 100 characters. */
  organization?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Live item changes over AppSync's real-time WebSocket endpoint (docs/realtime.md).
 *
 * Every subscriber receives only items it may read, whatever its arguments: PUBLIC items reach every caller
 * (users, developer keys, the API key, IAM); TEAM items the members of the item's team (`team-<teamId>` in
 * the verified `cognito:groups`); every item its owner (and the owner's developer keys with ITEMS_READ) and
 * admins. Arguments only narrow that further. The subscription resolvers enforce it with enhanced filters.
 *
 * An event is the item as the MUTATION that caused it selected it, not as the subscriber selected it: the
 * mutation must select ownerId, accessLevel and teamId (the filters read them; an event without them reaches
 * admins only) and every field subscribers select (a non-null field the mutation left out fails the event).
 * The bulk mutations createItems and deleteItems publish nothing: a BulkResult is not an Item, and one bulk
 * result may hold items that different subscribers may read.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * An item was created (createItem). Null at subscribe time, as for every AppSync subscription; the events
   * carry the item.
   */
  onItemCreated?: Maybe<Item>;
  /** An item was deleted (deleteItem): the event is the item as it was, sent to those who could read it. */
  onItemDeleted?: Maybe<Item>;
  /** An item was changed (updateItem): the event is the item as it is now, sent to those who may read it now. */
  onItemUpdated?: Maybe<Item>;
};


/**
 * Live item changes over AppSync's real-time WebSocket endpoint (docs/realtime.md).
 *
 * Every subscriber receives only items it may read, whatever its arguments: PUBLIC items reach every caller
 * (users, developer keys, the API key, IAM); TEAM items the members of the item's team (`team-<teamId>` in
 * the verified `cognito:groups`); every item its owner (and the owner's developer keys with ITEMS_READ) and
 * admins. Arguments only narrow that further. The subscription resolvers enforce it with enhanced filters.
 *
 * An event is the item as the MUTATION that caused it selected it, not as the subscriber selected it: the
 * mutation must select ownerId, accessLevel and teamId (the filters read them; an event without them reaches
 * admins only) and every field subscribers select (a non-null field the mutation left out fails the event).
 * The bulk mutations createItems and deleteItems publish nothing: a BulkResult is not an Item, and one bulk
 * result may hold items that different subscribers may read.
 */
export type SubscriptionOnItemCreatedArgs = {
  accessLevel?: InputMaybe<AccessLevel>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Live item changes over AppSync's real-time WebSocket endpoint (docs/realtime.md).
 *
 * Every subscriber receives only items it may read, whatever its arguments: PUBLIC items reach every caller
 * (users, developer keys, the API key, IAM); TEAM items the members of the item's team (`team-<teamId>` in
 * the verified `cognito:groups`); every item its owner (and the owner's developer keys with ITEMS_READ) and
 * admins. Arguments only narrow that further. The subscription resolvers enforce it with enhanced filters.
 *
 * An event is the item as the MUTATION that caused it selected it, not as the subscriber selected it: the
 * mutation must select ownerId, accessLevel and teamId (the filters read them; an event without them reaches
 * admins only) and every field subscribers select (a non-null field the mutation left out fails the event).
 * The bulk mutations createItems and deleteItems publish nothing: a BulkResult is not an Item, and one bulk
 * result may hold items that different subscribers may read.
 */
export type SubscriptionOnItemDeletedArgs = {
  accessLevel?: InputMaybe<AccessLevel>;
  id?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Live item changes over AppSync's real-time WebSocket endpoint (docs/realtime.md).
 *
 * Every subscriber receives only items it may read, whatever its arguments: PUBLIC items reach every caller
 * (users, developer keys, the API key, IAM); TEAM items the members of the item's team (`team-<teamId>` in
 * the verified `cognito:groups`); every item its owner (and the owner's developer keys with ITEMS_READ) and
 * admins. Arguments only narrow that further. The subscription resolvers enforce it with enhanced filters.
 *
 * An event is the item as the MUTATION that caused it selected it, not as the subscriber selected it: the
 * mutation must select ownerId, accessLevel and teamId (the filters read them; an event without them reaches
 * admins only) and every field subscribers select (a non-null field the mutation left out fails the event).
 * The bulk mutations createItems and deleteItems publish nothing: a BulkResult is not an Item, and one bulk
 * result may hold items that different subscribers may read.
 */
export type SubscriptionOnItemUpdatedArgs = {
  accessLevel?: InputMaybe<AccessLevel>;
  id?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  teamId?: InputMaybe<Scalars['String']['input']>;
};

/** How many items a team shares (items at access level TEAM with that teamId). */
export type TeamItemCount = {
  __typename?: 'TeamItemCount';
  /** Items shared with the team. */
  count: Scalars['Int']['output'];
  /** The team. */
  teamId: Scalars['String']['output'];
};

/** A change to the developer profile. Fields left out keep their values. */
export type UpdateDeveloperProfileInput = {
  /** Where to reach you. */
  email?: InputMaybe<Scalars['AWSEmail']['input']>;
  /** Display name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Your organization, up to 100 characters; an empty string removes it. */
  organization?: InputMaybe<Scalars['String']['input']>;
};

/** A change to an item. Fields left out keep their values. */
export type UpdateItemInput = {
  /** The new access level. Moving away from TEAM drops the team. */
  accessLevel?: InputMaybe<AccessLevel>;
  /** The version you read; if the item changed since, nothing is written and the error is a Conflict. */
  expectedVersion: Scalars['Int']['input'];
  /** The item to change. */
  id: Scalars['ID']['input'];
  /** The new text. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The new team: one of your teams. Giving it alone makes the item TEAM. */
  teamId?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AWSDate: ResolverTypeWrapper<Scalars['AWSDate']['output']>;
  AWSDateTime: ResolverTypeWrapper<Scalars['AWSDateTime']['output']>;
  AWSEmail: ResolverTypeWrapper<Scalars['AWSEmail']['output']>;
  AWSIPAddress: ResolverTypeWrapper<Scalars['AWSIPAddress']['output']>;
  AWSJSON: ResolverTypeWrapper<Scalars['AWSJSON']['output']>;
  AWSPhone: ResolverTypeWrapper<Scalars['AWSPhone']['output']>;
  AWSTime: ResolverTypeWrapper<Scalars['AWSTime']['output']>;
  AWSTimestamp: ResolverTypeWrapper<Scalars['AWSTimestamp']['output']>;
  AWSURL: ResolverTypeWrapper<Scalars['AWSURL']['output']>;
  AccessLevel: AccessLevel;
  ApiKey: ResolverTypeWrapper<ApiKey>;
  ApiKeyPage: ResolverTypeWrapper<ApiKeyPage>;
  ApiKeyScope: ApiKeyScope;
  ApiKeyStatus: ApiKeyStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BulkEntryError: ResolverTypeWrapper<BulkEntryError>;
  BulkEntryResult: ResolverTypeWrapper<BulkEntryResult>;
  BulkResult: ResolverTypeWrapper<BulkResult>;
  CreateItemInput: CreateItemInput;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKey>;
  CurrentUser: ResolverTypeWrapper<CurrentUser>;
  Developer: ResolverTypeWrapper<Developer>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Item: ResolverTypeWrapper<Item>;
  ItemCounts: ResolverTypeWrapper<ItemCounts>;
  ItemPage: ResolverTypeWrapper<ItemPage>;
  ItemStats: ResolverTypeWrapper<ItemStats>;
  LoginResult: ResolverTypeWrapper<LoginResult>;
  Message: ResolverTypeWrapper<Message>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterDeveloperInput: RegisterDeveloperInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TeamItemCount: ResolverTypeWrapper<TeamItemCount>;
  UpdateDeveloperProfileInput: UpdateDeveloperProfileInput;
  UpdateItemInput: UpdateItemInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AWSDate: Scalars['AWSDate']['output'];
  AWSDateTime: Scalars['AWSDateTime']['output'];
  AWSEmail: Scalars['AWSEmail']['output'];
  AWSIPAddress: Scalars['AWSIPAddress']['output'];
  AWSJSON: Scalars['AWSJSON']['output'];
  AWSPhone: Scalars['AWSPhone']['output'];
  AWSTime: Scalars['AWSTime']['output'];
  AWSTimestamp: Scalars['AWSTimestamp']['output'];
  AWSURL: Scalars['AWSURL']['output'];
  ApiKey: ApiKey;
  ApiKeyPage: ApiKeyPage;
  Boolean: Scalars['Boolean']['output'];
  BulkEntryError: BulkEntryError;
  BulkEntryResult: BulkEntryResult;
  BulkResult: BulkResult;
  CreateItemInput: CreateItemInput;
  CreatedApiKey: CreatedApiKey;
  CurrentUser: CurrentUser;
  Developer: Developer;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Item: Item;
  ItemCounts: ItemCounts;
  ItemPage: ItemPage;
  ItemStats: ItemStats;
  LoginResult: LoginResult;
  Message: Message;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RegisterDeveloperInput: RegisterDeveloperInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TeamItemCount: TeamItemCount;
  UpdateDeveloperProfileInput: UpdateDeveloperProfileInput;
  UpdateItemInput: UpdateItemInput;
};

export type Aws_Api_KeyDirectiveArgs = { };

export type Aws_Api_KeyDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_Api_KeyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_AuthDirectiveArgs = {
  cognito_groups?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type Aws_AuthDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_Cognito_User_PoolsDirectiveArgs = {
  cognito_groups?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type Aws_Cognito_User_PoolsDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_Cognito_User_PoolsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_IamDirectiveArgs = { };

export type Aws_IamDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_IamDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_LambdaDirectiveArgs = { };

export type Aws_LambdaDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_LambdaDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_OidcDirectiveArgs = { };

export type Aws_OidcDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_OidcDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_PublishDirectiveArgs = {
  subscriptions?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type Aws_PublishDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_PublishDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Aws_SubscribeDirectiveArgs = {
  mutations?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
};

export type Aws_SubscribeDirectiveResolver<Result, Parent, ContextType = any, Args = Aws_SubscribeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface AwsDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSDate'], any> {
  name: 'AWSDate';
}

export interface AwsDateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSDateTime'], any> {
  name: 'AWSDateTime';
}

export interface AwsEmailScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSEmail'], any> {
  name: 'AWSEmail';
}

export interface AwsipAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSIPAddress'], any> {
  name: 'AWSIPAddress';
}

export interface AwsjsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSJSON'], any> {
  name: 'AWSJSON';
}

export interface AwsPhoneScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSPhone'], any> {
  name: 'AWSPhone';
}

export interface AwsTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSTime'], any> {
  name: 'AWSTime';
}

export interface AwsTimestampScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSTimestamp'], any> {
  name: 'AWSTimestamp';
}

export interface AwsurlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['AWSURL'], any> {
  name: 'AWSURL';
}

export type ApiKeyResolvers<ContextType = any, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['AWSDateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['AWSDateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiKeyScope']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
};

export type ApiKeyPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['ApiKeyPage'] = ResolversParentTypes['ApiKeyPage']> = {
  items?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BulkEntryErrorResolvers<ContextType = any, ParentType extends ResolversParentTypes['BulkEntryError'] = ResolversParentTypes['BulkEntryError']> = {
  errorType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BulkEntryResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['BulkEntryResult'] = ResolversParentTypes['BulkEntryResult']> = {
  error?: Resolver<Maybe<ResolversTypes['BulkEntryError']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
};

export type BulkResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['BulkResult'] = ResolversParentTypes['BulkResult']> = {
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['BulkEntryResult']>, ParentType, ContextType>;
  succeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreatedApiKeyResolvers<ContextType = any, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = {
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CurrentUserResolvers<ContextType = any, ParentType extends ResolversParentTypes['CurrentUser'] = ResolversParentTypes['CurrentUser']> = {
  groups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeveloperResolvers<ContextType = any, ParentType extends ResolversParentTypes['Developer'] = ResolversParentTypes['Developer']> = {
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['AWSEmail'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = any, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item']> = {
  accessLevel?: Resolver<ResolversTypes['AccessLevel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  teamId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['AWSDateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemCountsResolvers<ContextType = any, ParentType extends ResolversParentTypes['ItemCounts'] = ResolversParentTypes['ItemCounts']> = {
  individual?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  public?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemPageResolvers<ContextType = any, ParentType extends ResolversParentTypes['ItemPage'] = ResolversParentTypes['ItemPage']> = {
  items?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType>;
  nextToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ItemStatsResolvers<ContextType = any, ParentType extends ResolversParentTypes['ItemStats'] = ResolversParentTypes['ItemStats']> = {
  global?: Resolver<Maybe<ResolversTypes['ItemCounts']>, ParentType, ContextType>;
  own?: Resolver<ResolversTypes['ItemCounts'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['TeamItemCount']>, ParentType, ContextType>;
};

export type LoginResultResolvers<ContextType = any, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  idToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MessageResolvers<ContextType = any, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = any, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'name'>>;
  createItem?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationCreateItemArgs, 'input'>>;
  createItems?: Resolver<ResolversTypes['BulkResult'], ParentType, ContextType, RequireFields<MutationCreateItemsArgs, 'inputs'>>;
  deleteItem?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationDeleteItemArgs, 'expectedVersion' | 'id'>>;
  deleteItems?: Resolver<ResolversTypes['BulkResult'], ParentType, ContextType, RequireFields<MutationDeleteItemsArgs, 'ids'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  registerDeveloper?: Resolver<ResolversTypes['Developer'], ParentType, ContextType, RequireFields<MutationRegisterDeveloperArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  updateDeveloperProfile?: Resolver<ResolversTypes['Developer'], ParentType, ContextType, RequireFields<MutationUpdateDeveloperProfileArgs, 'input'>>;
  updateItem?: Resolver<ResolversTypes['Item'], ParentType, ContextType, RequireFields<MutationUpdateItemArgs, 'input'>>;
};

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allItems?: Resolver<ResolversTypes['ItemPage'], ParentType, ContextType, Partial<QueryAllItemsArgs>>;
  apiKeys?: Resolver<ResolversTypes['ApiKeyPage'], ParentType, ContextType, Partial<QueryApiKeysArgs>>;
  authMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  developer?: Resolver<Maybe<ResolversTypes['Developer']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemArgs, 'id'>>;
  itemStats?: Resolver<ResolversTypes['ItemStats'], ParentType, ContextType>;
  me?: Resolver<ResolversTypes['CurrentUser'], ParentType, ContextType>;
  myItems?: Resolver<ResolversTypes['ItemPage'], ParentType, ContextType, Partial<QueryMyItemsArgs>>;
  publicItems?: Resolver<ResolversTypes['ItemPage'], ParentType, ContextType, Partial<QueryPublicItemsArgs>>;
  publicMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
  searchItems?: Resolver<ResolversTypes['ItemPage'], ParentType, ContextType, RequireFields<QuerySearchItemsArgs, 'query'>>;
  teamItems?: Resolver<ResolversTypes['ItemPage'], ParentType, ContextType, RequireFields<QueryTeamItemsArgs, 'teamId'>>;
  userMessage?: Resolver<ResolversTypes['Message'], ParentType, ContextType, RequireFields<QueryUserMessageArgs, 'userId'>>;
};

export type SubscriptionResolvers<ContextType = any, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  onItemCreated?: SubscriptionResolver<Maybe<ResolversTypes['Item']>, "onItemCreated", ParentType, ContextType, Partial<SubscriptionOnItemCreatedArgs>>;
  onItemDeleted?: SubscriptionResolver<Maybe<ResolversTypes['Item']>, "onItemDeleted", ParentType, ContextType, Partial<SubscriptionOnItemDeletedArgs>>;
  onItemUpdated?: SubscriptionResolver<Maybe<ResolversTypes['Item']>, "onItemUpdated", ParentType, ContextType, Partial<SubscriptionOnItemUpdatedArgs>>;
};

export type TeamItemCountResolvers<ContextType = any, ParentType extends ResolversParentTypes['TeamItemCount'] = ResolversParentTypes['TeamItemCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = any> = {
  AWSDate?: GraphQLScalarType;
  AWSDateTime?: GraphQLScalarType;
  AWSEmail?: GraphQLScalarType;
  AWSIPAddress?: GraphQLScalarType;
  AWSJSON?: GraphQLScalarType;
  AWSPhone?: GraphQLScalarType;
  AWSTime?: GraphQLScalarType;
  AWSTimestamp?: GraphQLScalarType;
  AWSURL?: GraphQLScalarType;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyPage?: ApiKeyPageResolvers<ContextType>;
  BulkEntryError?: BulkEntryErrorResolvers<ContextType>;
  BulkEntryResult?: BulkEntryResultResolvers<ContextType>;
  BulkResult?: BulkResultResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  CurrentUser?: CurrentUserResolvers<ContextType>;
  Developer?: DeveloperResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemCounts?: ItemCountsResolvers<ContextType>;
  ItemPage?: ItemPageResolvers<ContextType>;
  ItemStats?: ItemStatsResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TeamItemCount?: TeamItemCountResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = any> = {
  aws_api_key?: Aws_Api_KeyDirectiveResolver<any, any, ContextType>;
  aws_auth?: Aws_AuthDirectiveResolver<any, any, ContextType>;
  aws_cognito_user_pools?: Aws_Cognito_User_PoolsDirectiveResolver<any, any, ContextType>;
  aws_iam?: Aws_IamDirectiveResolver<any, any, ContextType>;
  aws_lambda?: Aws_LambdaDirectiveResolver<any, any, ContextType>;
  aws_oidc?: Aws_OidcDirectiveResolver<any, any, ContextType>;
  aws_publish?: Aws_PublishDirectiveResolver<any, any, ContextType>;
  aws_subscribe?: Aws_SubscribeDirectiveResolver<any, any, ContextType>;
};
