import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { restErrorResponse } from './rest-error';

/**
 * Hands every resolver error to Apollo untouched, so `formatGraphQLError` alone decides what the client sees
 * and what is logged (Nest's default handler would log expected domain errors as failures). On plain HTTP
 * routes (the import, downloads, /health) it answers itself, with the same codes and masking as GraphQL:
 * `{ error: { code, message, fields? } }` and the matching status (`restErrorResponse`).
 */
@Catch()
export class GraphQLPassThroughFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = restErrorResponse(exception, (internal) =>
      this.logger.error(internal instanceof Error ? (internal.stack ?? internal.message) : internal),
    );
    if (response.headersSent) return undefined;
    response.status(status).json(body);
    return undefined;
  }
}
