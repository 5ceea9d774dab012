import { util } from '@aws-appsync/utils';
import { INTERNAL_ERROR, type Outcome, type Problem } from './problems';

/** Ends the handler with the problem: the field resolves to null with this error. */
export function raise(problem: Problem): never {
  return util.error(problem.message, problem.errorType, null, problem.field === undefined ? null : { field: problem.field });
}

/**
 * A data source error nobody expected: logged in full for the operator, answered as InternalError so no
 * storage detail reaches the caller.
 */
export function raiseUnexpected(error: { message: string; type: string }): never {
  console.error(`data source error ${error.type}: ${error.message}`);
  return raise(INTERNAL_ERROR);
}

/** The outcome's value, or the end of the handler with its problem. */
export function orRaise<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) return raise(outcome.problem);
  return outcome.value;
}
