import { isWholeNumber } from './checks';
import { failed, invalid, ok, type Outcome } from './problems';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The page size of a list: 1 to 100, 20 when left out. */
export function pageSize(limit: number | null | undefined): Outcome<number> {
  if (limit === null || limit === undefined) return ok(DEFAULT_PAGE_SIZE);
  if (!isWholeNumber(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    return failed(invalid('limit', `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.`));
  }
  return ok(limit);
}

/** The type AppSync gives a DynamoDB pagination token it cannot use. */
export const BAD_TOKEN_ERROR_TYPE = 'DynamoDB:UserIllegalArgumentException';

export const INVALID_NEXT_TOKEN = invalid('nextToken', 'nextToken is not a token of this list: pass back the nextToken of the previous page unchanged.');
