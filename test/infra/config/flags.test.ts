import { App } from 'aws-cdk-lib';
import { ALL_FLAGS_OFF, COST_FLAG_NAMES, readCostFlags } from '../../../infra/config/flags';
import { InvalidConfigError } from '../../../infra/errors';
import { assemblyOutdir } from '../support';

const flagsOf = (context: Record<string, unknown>) => readCostFlags(new App({ outdir: assemblyOutdir(), context }).node);

describe('readCostFlags', () => {
  it('has every cost flag off when no context sets it', () => {
    expect(flagsOf({})).toEqual(ALL_FLAGS_OFF);
    expect(Object.values(ALL_FLAGS_OFF).every((on) => on === false)).toBe(true);
    expect([...COST_FLAG_NAMES].sort()).toEqual(['cache', 'customDomain', 'tracing', 'waf']);
  });

  it('reads booleans (cdk.json, tests) and the strings -c flag=true gives', () => {
    expect(flagsOf({ waf: true, cache: 'true', tracing: 'false', customDomain: false })).toEqual({
      customDomain: false,
      waf: true,
      cache: true,
      tracing: false,
    });
  });

  it('refuses anything else rather than reading it as off', () => {
    expect(() => flagsOf({ waf: 'yes', cache: 1 })).toThrow(InvalidConfigError);
    expect(() => flagsOf({ waf: 'yes' })).toThrow("context 'waf' must be true or false, not 'yes' (e.g. -c waf=true)");
  });
});
