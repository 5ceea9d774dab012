import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccountRecovery, FeaturePlan, UserPool, type UserPoolClient, type UserPoolGroup } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { assertValidProps } from '../errors';
import { namePrefixProblems, resourceName } from './naming';

/** The groups every deployment has. Team groups (`team-<id>`) are created by the API at run time, not here. */
export const DEFAULT_GROUPS = ['admins', 'team-admins'] as const;

/** Token lifetimes of the original ToyApi. */
export const TOKEN_VALIDITY = { accessAndId: Duration.hours(1), refresh: Duration.days(30) } as const;

export interface ToyApiAuthProps {
  /** Starts every physical name: `<namePrefix>-users`, `<namePrefix>-web`. */
  readonly namePrefix: string;
  /**
   * Groups to create; roles in the API come from the `cognito:groups` claim.
   * @default DEFAULT_GROUPS (`admins`, `team-admins`)
   */
  readonly groups?: readonly string[];
  /**
   * Keep the user pool when the stack is deleted: RETAIN and deletion protection.
   * @default false
   */
  readonly retainData?: boolean;
  /**
   * Shortest password Cognito accepts (upper and lower case, digits and symbols are always required).
   * @default 12
   */
  readonly minPasswordLength?: number;
}

/**
 * The Cognito user pool signed-in callers come from, its groups, and the one app client the API's
 * clients use: USER_PASSWORD_AUTH (the API's `login` and scripts) and SRP (Amplify), 1 h access and id
 * tokens, 30-day refresh tokens. Users are created by administrators (no self sign-up).
 */
export class ToyApiAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly groups: Readonly<Record<string, UserPoolGroup>>;

  constructor(scope: Construct, id: string, props: ToyApiAuthProps) {
    super(scope, id);
    const groupNames = props.groups ?? DEFAULT_GROUPS;
    const minLength = props.minPasswordLength ?? 12;
    assertValidProps('ToyApiAuth', [
      ...namePrefixProblems(props.namePrefix),
      ...groupNames.filter((name) => !/^[\w+=,.@-]{1,128}$/.test(name)).map((name) => `group '${name}' is not a valid Cognito group name (letters, digits and +=,.@-_, at most 128)`),
      ...(Number.isInteger(minLength) && minLength >= 8 && minLength <= 99 ? [] : ['minPasswordLength must be a whole number from 8 to 99']),
    ]);
    const retain = props.retainData ?? false;

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: resourceName(props.namePrefix, 'users'),
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: false, mutable: true } },
      passwordPolicy: {
        minLength,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason: 'MFA is not required: the API signs users in with USER_PASSWORD_AUTH from its login mutation, which cannot answer an MFA challenge; strong passwords are enforced instead.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason: 'The Plus feature plan (threat protection) is billed per monthly active user beyond the free tier; ToyApi stays on Essentials by its cost policy.',
      },
    );

    this.client = this.userPool.addClient('WebClient', {
      userPoolClientName: resourceName(props.namePrefix, 'web'),
      authFlows: { userPassword: true, userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      accessTokenValidity: TOKEN_VALIDITY.accessAndId,
      idTokenValidity: TOKEN_VALIDITY.accessAndId,
      refreshTokenValidity: TOKEN_VALIDITY.refresh,
    });

    this.groups = Object.fromEntries(
      groupNames.map((groupName, precedence) => [
        groupName,
        this.userPool.addGroup(`Group-${groupName}`, { groupName, precedence, description: `ToyApi role '${groupName}'` }),
      ]),
    );
  }
}
