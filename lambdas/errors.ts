import { ErrorType, type ErrorTypeName, type Problem } from '../resolvers/lib/problems';

/**
 * Errors a ToyApi Lambda handler answers the caller with: each carries one of the API's documented
 * errorTypes (resolvers/lib/problems.ts) and becomes the `error` of the handler's answer (lib/answer.ts).
 */
export abstract class ToyApiProblem extends Error {
  abstract readonly errorType: ErrorTypeName;
  readonly field?: string;

  toProblem(): Problem {
    return { errorType: this.errorType, message: this.message, ...(this.field === undefined ? {} : { field: this.field }) };
  }
}

export class ValidationError extends ToyApiProblem {
  override readonly name = 'ValidationError';
  readonly errorType = ErrorType.validation;
  override readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

export class UnauthorizedError extends ToyApiProblem {
  override readonly name = 'UnauthorizedError';
  readonly errorType = ErrorType.unauthorized;
}

export class NotFoundError extends ToyApiProblem {
  override readonly name = 'NotFoundError';
  readonly errorType = ErrorType.notFound;
}

/** A deployment mistake (a missing environment variable): thrown, so it shows as a failed invocation. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
