import { kebabCase, namePrefixProblems, resourceName } from '../../../infra/constructs/naming';

describe('naming', () => {
  it('joins the prefix and parts with dashes', () => {
    expect(resourceName('toyapi-dev', 'items')).toBe('toyapi-dev-items');
    expect(resourceName('toyapi-prod', 'latency', 'p95')).toBe('toyapi-prod-latency-p95');
  });

  it('turns file and export names into kebab case', () => {
    expect(kebabCase('createTeam')).toBe('create-team');
    expect(kebabCase('sign_in.ts')).toBe('sign-in');
    expect(kebabCase('apiKeys.ts')).toBe('api-keys');
  });

  it('accepts lowercase dashed prefixes only', () => {
    expect(namePrefixProblems('toyapi-dev')).toEqual([]);
    expect(namePrefixProblems('ToyApi')).toHaveLength(1);
    expect(namePrefixProblems('toyapi--dev')).toHaveLength(1);
    expect(namePrefixProblems('a'.repeat(31))).toHaveLength(1);
  });
});
