import { AppError, ErrorCode, restError } from '@crossroads/core';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.TIMEOUT]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** The GraphQL error shape over plain HTTP: `{ error: { code, message, fields } }` (core's restError). */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Import');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof AppError) {
      response
        .status(STATUS[exception.code])
        .json(restError(exception.code, exception.message, exception.details?.fields));
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code =
        status === 413
          ? ErrorCode.BAD_USER_INPUT
          : status === 429
            ? ErrorCode.RATE_LIMITED
            : ErrorCode.BAD_USER_INPUT;
      response.status(status).json(restError(code, exception.message));
      return;
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    response.status(500).json(restError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
  }
}
