import { InvalidConfigError } from '../../../infra/errors';
import { TOYAPI_CONFIG } from '../../../infra/config/environments';
import { ENVIRONMENT_NAMES, type EnvironmentConfig, type ToyApiConfig } from '../../../infra/config/types';
import { FREE_TIER_ALARMS, validateConfig } from '../../../infra/config/validate';

function withEnvironment(name: 'dev' | 'staging' | 'prod', change: Partial<EnvironmentConfig>): ToyApiConfig {
  return { ...TOYAPI_CONFIG, environments: { ...TOYAPI_CONFIG.environments, [name]: { ...TOYAPI_CONFIG.environments[name], ...change } } };
}

function problemsOf(config: ToyApiConfig): readonly string[] {
  try {
    validateConfig(config);
  } catch (error) {
    if (error instanceof InvalidConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateConfig', () => {
  it('accepts the ToyApi configuration as it is', () => {
    expect(validateConfig(TOYAPI_CONFIG)).toBe(TOYAPI_CONFIG);
  });

  it('keeps all environments together within the free tier of 10 alarms: prod 6, staging 3, dev none', () => {
    const counts = ENVIRONMENT_NAMES.map((name) => TOYAPI_CONFIG.environments[name].alarms.length);
    expect(counts).toEqual([0, 3, 6]);
    expect(counts.reduce((a, b) => a + b)).toBeLessThanOrEqual(FREE_TIER_ALARMS);
  });

  it('gives prod the five alarms the SLO and data need, plus billing', () => {
    expect([...TOYAPI_CONFIG.environments.prod.alarms].sort()).toEqual(
      ['billing', 'dynamoDbThrottles', 'lambdaErrors', 'latencyP95', 'serverErrors', 'unauthorized'],
    );
  });

  it('refuses more alarms than the free tier covers, saying where to cut', () => {
    const config = withEnvironment('dev', { alarms: ['latencyP95', 'serverErrors'], alarmEmail: 'dev-alerts@example.com' });
    expect(problemsOf(config)).toEqual(['the environments have 11 alarms together, but the free tier covers 10 per account: remove some from staging or dev']);
  });

  it('refuses alarms that would notify nobody', () => {
    expect(problemsOf(withEnvironment('staging', { alarmEmail: undefined }))).toEqual([
      'environments.staging: alarms notify nobody without alarmEmail: set alarmEmail, or list no alarms',
    ]);
  });

  it('refuses a billing alarm outside us-east-1, where AWS publishes billing metrics', () => {
    expect(problemsOf(withEnvironment('prod', { region: 'eu-west-1' }))).toEqual([
      "environments.prod: the billing alarm needs region us-east-1 (AWS publishes billing metrics only there): change the region or drop 'billing'",
    ]);
  });

  it('lists every problem at once, each naming the environment and what to change', () => {
    const config = withEnvironment('staging', {
      account: '123',
      region: 'mars',
      alarmEmail: 'nobody',
      wafRequestsPerFiveMinutes: 5,
      cacheTtlSeconds: 7200,
      lambdaMemoryMb: 64,
      domainLabel: 'Bad Label',
      alarms: ['latencyP95', 'latencyP95'],
    });
    const problems = problemsOf(config);
    expect(problems).toHaveLength(8);
    expect(problems.every((problem) => problem.startsWith('environments.staging: '))).toBe(true);
    expect(problems).toContain("environments.staging: account '123' must be 12 digits, or left out");
    expect(problems).toContain('environments.staging: alarms lists an alarm twice');
  });

  it('refuses an invalid project name and hosted zone', () => {
    const problems = problemsOf({ ...TOYAPI_CONFIG, project: 'Toy Api', domain: { zoneName: 'Example', hostedZoneId: 'zone' } });
    expect(problems).toHaveLength(3);
    expect(problems[2]).toMatch(/^domain\.hostedZoneId 'zone' must be a Route 53 zone id/);
  });
});
