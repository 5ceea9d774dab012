import type { runtime as RuntimeObject } from '@aws-appsync/utils';
import { EarlyReturnSignal, RuntimeArgumentError } from './errors';

/** The `runtime` export of `@aws-appsync/utils`. */
export function createRuntimeObject(): typeof RuntimeObject {
  return {
    earlyReturn(value, options) {
      const skipTo = options?.skipTo;
      if (skipTo !== undefined && skipTo !== 'END' && skipTo !== 'NEXT') {
        throw new RuntimeArgumentError(`runtime.earlyReturn: skipTo must be 'END' or 'NEXT', not '${String(skipTo)}'`);
      }
      throw new EarlyReturnSignal(value, skipTo);
    },
  };
}
