import { ToyApiError } from '../../client';

/** The ToyApiError a call rejects with; fails the test when the call succeeds or fails otherwise. */
export async function rejectionOf(call: Promise<unknown>): Promise<ToyApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ToyApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a ToyApiError, but it succeeded');
}

/** A ValidationError names the input at fault in errorInfo.field (docs/data-model.md, "Errors"). */
export function fieldAtFault(error: ToyApiError): unknown {
  return (error.errors[0]?.errorInfo as { field?: unknown } | null | undefined)?.field;
}
