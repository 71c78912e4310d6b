import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isUniqueViolation } from '../database/postgres-errors';
import { AppError } from './app-error';
import { ErrorCode, GRAPHQL_PROTOCOL_CODES } from './error-code';

const PASS_THROUGH = new Set<string>([...Object.values(ErrorCode), ...GRAPHQL_PROTOCOL_CODES]);

/** Nest HTTP exceptions that reach GraphQL (guards, pipes, throttler) and the code each becomes. */
const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

interface HttpLikeError {
  getStatus(): number;
  getResponse(): unknown;
}

function isHttpLike(error: unknown): error is HttpLikeError {
  return typeof (error as HttpLikeError)?.getStatus === 'function';
}

function httpMessage(error: HttpLikeError, fallback: string): string {
  const response = error.getResponse() as { message?: unknown } | string;
  if (typeof response === 'string') return response;
  const message = response?.message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : fallback;
}

export type InternalErrorReporter = (error: unknown) => void;

/**
 * The single place that turns any error into what a client may see: a known code and a safe message,
 * or a masked INTERNAL_SERVER_ERROR (the original goes to the reporter, never to the client).
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: InternalErrorReporter,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    const fields = original.details?.fields;
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(fields && { fields }) },
    };
  }
  if (isHttpLike(original)) {
    const status = original.getStatus();
    // Any other client error (405, 415, 422…) is still the caller's to fix, never a masked server error.
    const code =
      HTTP_STATUS_CODES[status] ?? (status >= 400 && status < 500 ? ErrorCode.BAD_USER_INPUT : undefined);
    if (code) return { ...base, message: httpMessage(original, formatted.message), extensions: { code } };
  }
  // Two writes of the same record at once (two identical creates, a double click): the later one's unique
  // violation is the state of the data, not a server failure. Services that expect one say which record clashed;
  // any other becomes this CONFLICT, never the constraint's SQL.
  if (isUniqueViolation(original)) {
    return {
      ...base,
      message: 'This clashes with a record written at the same moment: reload, then try again',
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...base, extensions: { code } };
  }
  report(original);
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
