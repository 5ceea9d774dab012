import { ToyApiError } from '../../client';
import { rejectionOf as rejectionOfType } from '../support/rejection';

/** The ToyApiError a call rejects with; fails the test when the call succeeds or fails otherwise. */
export function rejectionOf(call: Promise<unknown>): Promise<ToyApiError> {
  return rejectionOfType(call, ToyApiError);
}

/** A ValidationError names the input at fault in errorInfo.field (docs/data-model.md, "Errors"). */
export function fieldAtFault(error: ToyApiError): unknown {
  return (error.errors[0]?.errorInfo as { field?: unknown } | null | undefined)?.field;
}
