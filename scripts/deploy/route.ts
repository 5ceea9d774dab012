/** The environments ToyApi deploys to, in promotion order. */
export type EnvironmentName = 'dev' | 'staging' | 'prod';

/** Where a pushed commit goes. */
export interface Route {
  readonly name: 'dev' | 'release';
  /** Deployed one after the other; prod waits for its GitHub environment's approval. */
  readonly environments: readonly EnvironmentName[];
}

/** In a commit message, sends the commit to dev only, whatever its branch. */
export const DEPLOY_DEV_MARKER = '[deploy-dev]';
/** The branch whose commits go to staging, then prod. */
export const RELEASE_BRANCH = 'main';

export const DEV_ROUTE: Route = { name: 'dev', environments: ['dev'] };
export const RELEASE_ROUTE: Route = { name: 'release', environments: ['staging', 'prod'] };

/** What a push deploys: dev when the message asks for it, staging then prod from main, else nothing. */
export function selectRoute(push: { readonly branch: string | null; readonly commitMessage: string }): Route | null {
  if (push.commitMessage.toLowerCase().includes(DEPLOY_DEV_MARKER)) return DEV_ROUTE;
  if (push.branch === RELEASE_BRANCH) return RELEASE_ROUTE;
  return null;
}
