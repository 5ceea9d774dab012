import { FieldLogLevel } from 'aws-cdk-lib/aws-appsync';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ToyApiConfig } from './types';

/**
 * ToyApi's deployment configuration: the single place dev, staging and prod differ.
 *
 * Alarms (10 are free per account, and all three environments share one account):
 * prod has 6, staging 3, dev none — 9 in total, one left for ad-hoc use.
 */
export const TOYAPI_CONFIG: ToyApiConfig = {
  project: 'toyapi',
  domain: {
    // Replace with your own hosted zone before turning on the `customDomain` flag (docs/deploy.md).
    zoneName: 'toyapi.example.com',
    hostedZoneId: 'Z0123456789EXAMPLE0AB',
  },
  environments: {
    dev: {
      region: 'us-east-1',
      retainData: false,
      logRetention: RetentionDays.ONE_WEEK,
      fieldLogLevel: FieldLogLevel.ALL,
      introspection: true,
      alarms: [],
      domainLabel: 'dev',
      wafRequestsPerFiveMinutes: 500,
      cacheTtlSeconds: 30,
      lambdaMemoryMb: 256,
    },
    staging: {
      region: 'us-east-1',
      retainData: false,
      logRetention: RetentionDays.TWO_WEEKS,
      fieldLogLevel: FieldLogLevel.ALL,
      introspection: true,
      alarms: ['latencyP95', 'serverErrors', 'lambdaErrors'],
      alarmEmail: 'toyapi-alerts@example.com',
      domainLabel: 'staging',
      wafRequestsPerFiveMinutes: 1000,
      cacheTtlSeconds: 60,
      lambdaMemoryMb: 256,
    },
    prod: {
      region: 'us-east-1',
      retainData: true,
      logRetention: RetentionDays.THREE_MONTHS,
      fieldLogLevel: FieldLogLevel.ERROR,
      introspection: false,
      alarms: ['latencyP95', 'serverErrors', 'lambdaErrors', 'dynamoDbThrottles', 'unauthorized', 'billing'],
      alarmEmail: 'toyapi-alerts@example.com',
      billingThresholdUsd: 10,
      domainLabel: '',
      wafRequestsPerFiveMinutes: 2000,
      cacheTtlSeconds: 60,
      lambdaMemoryMb: 512,
    },
  },
};
