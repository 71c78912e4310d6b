import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { ErrorCode } from './error-code';
import { formatGraphQLError } from './format-graphql-error';
import { restError } from './rest-error';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * Hands every resolver error to Apollo untouched, so `formatGraphQLError` alone decides what the client sees
 * and what is logged (Nest's default handler would log expected domain errors as failures). On plain HTTP
 * routes (downloads, /health) it answers itself, with the same codes and masking as GraphQL:
 * `{ error: { code, message, fields? } }` (restError) and the matching status.
 */
@Catch()
export class GraphQLPassThroughFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    const formatted = formatGraphQLError({ message: 'Internal server error' }, exception, (internal) =>
      this.logger.error(internal instanceof Error ? (internal.stack ?? internal.message) : internal),
    );
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (response.headersSent) return undefined;
    // Nest's own HTTP exceptions (413 from the body limit, 404 for an unknown route…) keep their status.
    const own = (exception as { getStatus?: () => number } | null)?.getStatus?.();
    const status = code === ErrorCode.INTERNAL_SERVER_ERROR ? 500 : (own ?? STATUS[code] ?? 500);
    response.status(status).json(restError(code, formatted.message, formatted.extensions?.fields));
    return undefined;
  }
}
