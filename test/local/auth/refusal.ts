import { AuthorizationRefusal } from '../../../local/auth/errors';

/** The refusal `promise` ends with; fails the test if it is accepted instead. */
export async function refusal(promise: Promise<unknown>): Promise<AuthorizationRefusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthorizationRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal, but it was accepted');
}
