import { Match, Template } from 'aws-cdk-lib/assertions';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { DEFAULT_GROUPS, ToyApiAuth } from '../../../infra/constructs/auth';
import { InvalidPropsError } from '../../../infra/errors';
import { nagFindings, testStack } from '../support';

describe('ToyApiAuth', () => {
  const stack = testStack();
  const auth = new ToyApiAuth(stack, 'Auth', { namePrefix: 'toyapi-test' });
  const template = Template.fromStack(stack);

  it('creates a user pool named <prefix>-users with a strong password policy and no self sign-up', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolName: 'toyapi-test-users',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: {
        PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true },
      },
      UserPoolTier: 'ESSENTIALS',
    });
  });

  it('creates exactly the admins and team-admins groups (team groups are made by the API at run time)', () => {
    expect(DEFAULT_GROUPS).toEqual(['admins', 'team-admins']);
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', 2);
    for (const name of DEFAULT_GROUPS) template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: name });
    expect(Object.keys(auth.groups)).toEqual(['admins', 'team-admins']);
  });

  it('has one app client for USER_PASSWORD_AUTH and SRP, 1 h access and id tokens, 30-day refresh tokens', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolClient', 1);
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'toyapi-test-web',
      ExplicitAuthFlows: Match.arrayEquals(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
      GenerateSecret: false,
      PreventUserExistenceErrors: 'ENABLED',
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 43200,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
    });
  });

  it('deletes the pool with the stack by default, keeps it with retainData', () => {
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete', Properties: { DeletionProtection: 'INACTIVE' } });
    const kept = testStack();
    new ToyApiAuth(kept, 'Auth', { namePrefix: 'toyapi-prod', retainData: true });
    Template.fromStack(kept).hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain', Properties: { DeletionProtection: 'ACTIVE' } });
  });

  it('acknowledges exactly the MFA and Plus-plan findings, with reasons', () => {
    expect(nagFindings(stack)).toEqual([]);
    // The same pool without the acknowledgements: the checks really run and find both.
    const bare = testStack();
    new UserPool(bare, 'Pool', { passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true } });
    expect(nagFindings(bare).map((finding) => finding.split(' ')[0]).sort()).toEqual(['AwsSolutions-COG2', 'AwsSolutions-COG8']);
  });

  it('refuses bad props, saying what to change', () => {
    expect(() => new ToyApiAuth(testStack(), 'Auth', { namePrefix: 'toyapi-test', groups: ['admins', 'no spaces'], minPasswordLength: 6 })).toThrow(
      new InvalidPropsError('ToyApiAuth', [
        "group 'no spaces' is not a valid Cognito group name (letters, digits and +=,.@-_, at most 128)",
        'minPasswordLength must be a whole number from 8 to 99',
      ]),
    );
  });
});
