import type { Util } from '@aws-appsync/utils';
import { UtilErrorSignal, type HandlerError } from '../errors';
import type { RuntimeDeps } from './deps';

/** What `util.unauthorized()` raises; the engine answers AppSync's "Not Authorized to access …" for the field. */
export const UNAUTHORIZED_MESSAGE = 'Unauthorized';

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
      throw new UtilErrorSignal({ message: UNAUTHORIZED_MESSAGE, errorType: 'Unauthorized' });
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
