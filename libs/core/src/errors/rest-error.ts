import { ErrorCode } from './error-code';
import { formatGraphQLError, InternalErrorReporter } from './format-graphql-error';

/**
 * The one error shape of the plain HTTP routes (the import, the delegation downloads): the GraphQL error's
 * code and message under `error`, never a stack trace. The web app reads it in apps/web/src/api/rest-error.ts.
 */
export interface RestErrorBody {
  error: { code: ErrorCode | string; message: string; fields?: unknown };
}

export function restError(code: ErrorCode | string, message: string, fields?: unknown): RestErrorBody {
  return { error: { code, message, ...(fields ? { fields } : {}) } };
}

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

/**
 * Any error thrown on a plain HTTP route as (status, body): the same code, message and masking as GraphQL
 * (`formatGraphQLError`). Nest's own HTTP exceptions (413 from the body limit, 404 for an unknown route…) keep
 * their status.
 */
export function restErrorResponse(
  exception: unknown,
  report: InternalErrorReporter,
): { status: number; body: RestErrorBody } {
  const formatted = formatGraphQLError({ message: 'Internal server error' }, exception, report);
  const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
  const own = (exception as { getStatus?: () => number } | null)?.getStatus?.();
  const status = code === ErrorCode.INTERNAL_SERVER_ERROR ? 500 : (own ?? STATUS[code as ErrorCode] ?? 500);
  return { status, body: restError(code, formatted.message, formatted.extensions?.fields) };
}
