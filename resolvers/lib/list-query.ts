import * as ddb from '@aws-appsync/utils/dynamodb';
import type { QueryInput } from '@aws-appsync/utils/dynamodb';
import { pageSize } from './paging';
import { orRaise } from './raise';

/** What every list takes from its caller. */
export interface PageArgs {
  readonly limit?: number | null;
  readonly nextToken?: string | null;
}

/**
 * The one Query a list makes for a page (docs/data-model.md: no Scan, one Query per page): newest first, the
 * caller's page size checked, their nextToken passed back unchanged.
 */
export function newestFirstPage<T>(where: Pick<QueryInput<T>, 'index' | 'query'>, args: PageArgs) {
  return ddb.query<T>({ ...where, limit: orRaise(pageSize(args.limit)), nextToken: args.nextToken, scanIndexForward: false });
}
