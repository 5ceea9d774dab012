import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { ApiDefinition } from '../../local/api/definition';
import { ToyApiAuth } from '../constructs/auth';
import { ToyApiData } from '../constructs/data';

export interface DataStackProps extends StackProps {
  /** The API definition whose tables to create. */
  readonly definition: ApiDefinition;
  /** `<project>-<env>`: starts every resource name. */
  readonly namePrefix: string;
  /** Keep data on delete (RETAIN, deletion protection, termination protection). */
  readonly retainData: boolean;
}

/**
 * The stateful half of an environment: tables and the user pool. Kept apart from the API so that
 * replacing or deleting the API stack can never take data with it.
 */
export class DataStack extends Stack {
  readonly data: ToyApiData;
  readonly auth: ToyApiAuth;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, { ...props, terminationProtection: props.retainData });
    this.data = new ToyApiData(this, 'Data', { tables: props.definition.tables ?? {}, namePrefix: props.namePrefix, retainData: props.retainData });
    this.auth = new ToyApiAuth(this, 'Auth', { namePrefix: props.namePrefix, retainData: props.retainData });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId, description: 'Cognito user pool id' });
    new CfnOutput(this, 'UserPoolClientId', { value: this.auth.client.userPoolClientId, description: 'Cognito app client id (USER_PASSWORD_AUTH and SRP)' });
    for (const [logicalName, physicalName] of Object.entries(this.data.tableNames)) {
      new CfnOutput(this, `Table-${logicalName}`, { value: physicalName, description: `DynamoDB table '${logicalName}'` });
    }
  }
}
