import type { ErrorCode } from './error-code';

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
