import type { LambdaAnswer } from '../../resolvers/lib/lambda-answer';
import { ToyApiProblem } from '../errors';

/**
 * Runs a handler's work and answers `{ data }`, or `{ error }` for a {@link ToyApiProblem}. Anything else
 * is thrown on: Lambda reports it as a failed invocation and the resolver answers InternalError.
 */
export async function answer<T>(work: () => Promise<T>): Promise<LambdaAnswer<T>> {
  try {
    return { data: await work() };
  } catch (error) {
    if (error instanceof ToyApiProblem) return { error: error.toProblem() };
    throw error;
  }
}
