import { AuthorizationRefusal } from '../../../local/auth/errors';
import { rejectionOf } from '../../support/rejection';

/** The refusal `promise` ends with; fails the test if it is accepted instead. */
export function refusal(promise: Promise<unknown>): Promise<AuthorizationRefusal> {
  return rejectionOf(promise, AuthorizationRefusal);
}
