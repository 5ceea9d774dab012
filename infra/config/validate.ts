import { GLOBAL_REGION } from '../constructs/global-region';
import { ALARM_NAMES } from '../constructs/monitoring';
import { InvalidConfigError } from '../errors';
import { ENVIRONMENT_NAMES, type EnvironmentConfig, type ToyApiConfig } from './types';

/** CloudWatch's free tier: alarms per account per month, shared by every environment in the account. */
export const FREE_TIER_ALARMS = 10;


/** Checks the whole configuration and throws an {@link InvalidConfigError} listing every problem. */
export function validateConfig(config: ToyApiConfig): ToyApiConfig {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9]{1,19}$/.test(config.project)) {
    problems.push(`project '${config.project}' must be 2–20 lowercase letters and digits, starting with a letter (it starts every resource name)`);
  }
  if (!/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(config.domain.zoneName)) {
    problems.push(`domain.zoneName '${config.domain.zoneName}' must be a lowercase DNS name such as api.example.com`);
  }
  if (!/^Z[A-Z0-9]{6,31}$/.test(config.domain.hostedZoneId)) {
    problems.push(`domain.hostedZoneId '${config.domain.hostedZoneId}' must be a Route 53 zone id (Z followed by letters and digits, from the Route 53 console)`);
  }
  for (const name of ENVIRONMENT_NAMES) {
    problems.push(...environmentProblems(config.environments[name]).map((p) => `environments.${name}: ${p}`));
  }
  const alarmCount = ENVIRONMENT_NAMES.reduce((sum, name) => sum + config.environments[name].alarms.length, 0);
  if (alarmCount > FREE_TIER_ALARMS) {
    problems.push(`the environments have ${alarmCount} alarms together, but the free tier covers ${FREE_TIER_ALARMS} per account: remove some from staging or dev`);
  }
  if (problems.length > 0) throw new InvalidConfigError(problems);
  return config;
}

function environmentProblems(env: EnvironmentConfig): string[] {
  const problems: string[] = [];
  if (env.account !== undefined && !/^\d{12}$/.test(env.account)) problems.push(`account '${env.account}' must be 12 digits, or left out`);
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(env.region)) problems.push(`region '${env.region}' is not an AWS region name such as us-east-1`);
  const unknown = env.alarms.filter((alarm) => !(ALARM_NAMES as readonly string[]).includes(alarm));
  if (unknown.length > 0) problems.push(`unknown alarm(s) ${unknown.join(', ')}: choose from ${ALARM_NAMES.join(', ')}`);
  if (new Set(env.alarms).size !== env.alarms.length) problems.push('alarms lists an alarm twice');
  if (env.alarms.includes('billing') && env.region !== GLOBAL_REGION) {
    problems.push(`the billing alarm needs region ${GLOBAL_REGION} (AWS publishes billing metrics only there): change the region or drop 'billing'`);
  }
  if (env.alarmEmail !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(env.alarmEmail)) problems.push(`alarmEmail '${env.alarmEmail}' is not an email address`);
  if (env.alarms.length > 0 && env.alarmEmail === undefined) {
    problems.push('alarms notify nobody without alarmEmail: set alarmEmail, or list no alarms');
  }
  if (env.billingThresholdUsd !== undefined && !(env.billingThresholdUsd > 0)) problems.push('billingThresholdUsd must be a positive number of dollars');
  if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?)?$/.test(env.domainLabel)) problems.push(`domainLabel '${env.domainLabel}' must be one DNS label (or empty for the zone apex)`);
  if (!Number.isInteger(env.wafRequestsPerFiveMinutes) || env.wafRequestsPerFiveMinutes < 10) {
    problems.push('wafRequestsPerFiveMinutes must be a whole number of at least 10 (the lowest limit AWS WAF accepts)');
  }
  if (!Number.isInteger(env.cacheTtlSeconds) || env.cacheTtlSeconds < 1 || env.cacheTtlSeconds > 3600) {
    problems.push('cacheTtlSeconds must be a whole number from 1 to 3600 (AppSync caching TTL range)');
  }
  if (!Number.isInteger(env.lambdaMemoryMb) || env.lambdaMemoryMb < 128 || env.lambdaMemoryMb > 10_240) {
    problems.push('lambdaMemoryMb must be a whole number from 128 to 10240');
  }
  return problems;
}
