import type { FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { AlarmName } from '../constructs/monitoring';

/** The environments ToyApi deploys to, each as its own set of stacks. */
export const ENVIRONMENT_NAMES = ['dev', 'staging', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];


/** Everything that differs between dev, staging and prod. */
export interface EnvironmentConfig {
  /**
   * The AWS account to pin the stacks to: a deploy with credentials for another account then fails instead
   * of deploying to the wrong place. Leave it out to deploy to the account of the credentials in use.
   * @default - account-agnostic
   */
  readonly account?: string;
  /** The region of every stack of the environment. The billing alarm and the custom domain need us-east-1. */
  readonly region: string;
  /** Keep tables and the user pool when a stack is deleted (RETAIN and deletion protection); else DESTROY. */
  readonly retainData: boolean;
  /** How long API and Lambda logs are kept. */
  readonly logRetention: RetentionDays;
  /** AppSync field-level log level. */
  readonly fieldLogLevel: FieldLogLevel;
  /** Whether introspection may be on (it also needs the API definition to allow it). */
  readonly introspection: boolean;
  /**
   * The alarms this environment has; each is one CloudWatch alarm, and the free tier covers 10 per account
   * for all environments together (checked by `validateConfig`).
   */
  readonly alarms: readonly AlarmName[];
  /** Where alarm notifications go (an SNS email subscription, confirmed by the recipient). @default - no subscription */
  readonly alarmEmail?: string;
  /** The billing alarm's threshold in US dollars of estimated monthly charges. @default 10 */
  readonly billingThresholdUsd?: number;
  /** The label under the zone for the custom domain (`dev` → `dev.<zone>`); an empty string is the zone apex. */
  readonly domainLabel: string;
  /** The WAF per-IP rate limit: requests per 5-minute window. */
  readonly wafRequestsPerFiveMinutes: number;
  /** Seconds a cached read query stays cached when the `cache` flag is on. */
  readonly cacheTtlSeconds: number;
  /** Memory of every Lambda function, in MB. */
  readonly lambdaMemoryMb: number;
}

/** The one typed configuration the CDK app is built from. */
export interface ToyApiConfig {
  /** The first part of every resource name: `<project>-<env>-…`. */
  readonly project: string;
  /** The Route 53 hosted zone the custom domain lives in (used only with the `customDomain` flag). */
  readonly domain: {
    readonly zoneName: string;
    /** The zone's id, so no lookup (and no AWS credentials) is needed to synthesize. */
    readonly hostedZoneId: string;
  };
  readonly environments: Readonly<Record<EnvironmentName, EnvironmentConfig>>;
}
