import { DEV_ROUTE, RELEASE_ROUTE, selectRoute } from '../../../scripts/deploy/route';

describe('selectRoute', () => {
  it('sends main to staging, then prod', () => {
    expect(selectRoute({ branch: 'main', commitMessage: 'Count items per team (#14)' })).toEqual({ name: 'release', environments: ['staging', 'prod'] });
  });

  it('sends a commit that says [deploy-dev] to dev only, from any branch, main included', () => {
    expect(selectRoute({ branch: 'feature/search', commitMessage: 'Try a search index [deploy-dev]' })).toBe(DEV_ROUTE);
    expect(selectRoute({ branch: 'main', commitMessage: 'Hotfix\n\nCheck it in dev first. [Deploy-Dev]' })).toBe(DEV_ROUTE);
  });

  it('deploys nothing from other branches', () => {
    expect(selectRoute({ branch: 'feature/search', commitMessage: 'Try a search index' })).toBeNull();
    expect(selectRoute({ branch: null, commitMessage: '' })).toBeNull();
    expect(selectRoute({ branch: 'main-backup', commitMessage: 'deploy-dev without brackets' })).toBeNull();
  });

  it('is the release route for main', () => {
    expect(selectRoute({ branch: 'main', commitMessage: 'x' })).toBe(RELEASE_ROUTE);
  });
});
