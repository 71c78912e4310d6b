import { ErrorCode } from './error-code';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A domain failure whose message is safe to show to the client, with its GraphQL code. */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: FieldProblem[] },
  ) {
    super(message);
  }

  static badInput(message: string, fields?: FieldProblem[]): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, fields ? { fields } : undefined);
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
  }

  /** With `fields` when the clash is one field's (an email another record has), said beside that field. */
  static conflict(message: string, fields?: FieldProblem[]): AppError {
    return new AppError(ErrorCode.CONFLICT, message, fields ? { fields } : undefined);
  }

  static forbidden(message = 'You are not allowed to do this'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static rateLimited(message: string): AppError {
    return new AppError(ErrorCode.RATE_LIMITED, message);
  }

  static unauthenticated(message = 'Authentication required'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }
}
