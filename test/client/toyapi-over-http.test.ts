import { describeBulkAndStats } from './suites/bulk-and-stats';
import { describeDocsExamples } from './suites/docs-examples';
import { describeExplorerInBrowser } from './suites/explorer-browser';
import { describeItemLists } from './suites/item-lists';
import { describeOperationsByRole } from './suites/operations-by-role';
import { describeTokens } from './suites/tokens';
import { useToyApi } from './toyapi-harness';

/**
 * ToyApi end to end through the typed client: the real API directory on the local engine, over HTTP, as
 * every kind of caller. One API serves every suite (starting it bundles and checks every resolver, which
 * takes seconds); each suite asserts what holds whatever the suites before it did. The detailed behaviour
 * of single operations is tested in test/api/e2e/.
 */
describe('ToyApi over HTTP with the typed client', () => {
  const toyApi = useToyApi();
  // First: the examples show the demo data as a fresh store holds it.
  describeDocsExamples(toyApi);
  describeExplorerInBrowser(toyApi);
  describeOperationsByRole(toyApi);
  describeTokens(toyApi);
  describeItemLists(toyApi);
  describeBulkAndStats(toyApi);
});
