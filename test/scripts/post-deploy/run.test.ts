import { actionsFiles } from '../../../scripts/github/actions-files';
import { main } from '../../../scripts/post-deploy/run';
import { startLocalApi, type LocalApi } from '../../../local/server/local-api';
import { API_DIRECTORY, DEMO_PASSWORD } from '../../client/toyapi-harness';

/**
 * The post-deploy suites, run for real: ToyApi on the local engine stands in for a deployed environment,
 * reached over HTTP with the typed client exactly as the workflow reaches staging and prod.
 */
describe('post-deploy tests against ToyApi', () => {
  let api: LocalApi;
  beforeAll(async () => {
    api = await startLocalApi({ apiDirectory: API_DIRECTORY, port: 0, store: { inMemory: true }, log: () => undefined });
  });
  afterAll(() => api.close());

  const run = async (suite: string, env: NodeJS.ProcessEnv) => {
    const summary: string[] = [];
    const log: string[] = [];
    const files = actionsFiles({ env: { GITHUB_STEP_SUMMARY: '/s' }, append: (_f, text) => summary.push(text) });
    const code = await main(['--suite', suite], { env: { TOYAPI_GRAPHQL_URL: api.graphqlUrl, TOYAPI_API_KEY: api.apiKey, ...env }, files, log: (l) => log.push(l) });
    return { code, summary: summary.join(''), log };
  };

  it('passes the full integration suite: sign-in, then an item created, read, updated, refused when stale, listed and deleted', async () => {
    const { code, summary, log } = await run('integration', { TOYAPI_TEST_USERNAME: 'alice', TOYAPI_TEST_PASSWORD: DEMO_PASSWORD });
    expect(log.filter((line) => !line.startsWith('✓'))).toEqual([]);
    expect(code).toBe(0);
    expect(summary).toContain(`### Post-deploy integration tests against ${api.graphqlUrl}: all passed`);
    expect(log).toHaveLength(12);
  });

  it('runs the read-only smoke suite without a test user', async () => {
    const { code, log } = await run('smoke', {});
    expect(code).toBe(0);
    expect(log).toEqual(['✓ publicMessage answers to the API key', '✓ a call without credentials is refused with HTTP 401']);
  });

  it('fails when the deployed API does not behave: a wrong API key is refused', async () => {
    const { code, log } = await run('smoke', { TOYAPI_API_KEY: 'da2-not-a-key' });
    expect(code).toBe(1);
    expect(log[0]).toMatch(/^✗ publicMessage answers to the API key: /);
  });

  it('refuses to run the integration suite without a test user', async () => {
    await expect(run('integration', {})).rejects.toThrow('integration checks need a test user');
  });
});
