import type { Util } from '@aws-appsync/utils';
import { UtilErrorSignal, type HandlerError } from '../errors';
import type { RuntimeDeps } from './deps';

type CoreUtils = Pick<Util, 'error' | 'appendError' | 'unauthorized' | 'authType'>;

/** The error helpers and `authType`: the parts of `util` that talk to the handler call in progress. */
export function createCoreUtils({ scope }: RuntimeDeps): CoreUtils {
  return {
    error(message, errorType, data, errorInfo) {
      throw new UtilErrorSignal(handlerError(message, errorType, data, errorInfo));
    },
    appendError(message, errorType, data, errorInfo) {
      scope.current().appendedErrors.push(handlerError(message, errorType, data, errorInfo));
    },
    unauthorized() {
      // The engine rewrites the message to AppSync's "Not Authorized to access <field> on type <Type>".
      throw new UtilErrorSignal({ message: 'Unauthorized', errorType: 'Unauthorized' });
    },
    authType() {
      return scope.current().authType ?? '';
    },
  };
}

function handlerError(message: unknown, errorType?: unknown, data?: unknown, errorInfo?: unknown): HandlerError {
  return {
    message: String(message),
    ...(errorType === undefined || errorType === null ? {} : { errorType: String(errorType) }),
    ...(data === undefined ? {} : { data }),
    ...(errorInfo === undefined ? {} : { errorInfo }),
  };
}
