import type { NextFunction, Request, Response } from 'express';

interface BodyParserError {
  type?: unknown;
  status?: unknown;
  expose?: unknown;
}

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large',
  'encoding.unsupported': 'The request body encoding is not supported',
  'charset.unsupported': 'The request body charset is not supported',
};

/**
 * Express error handler for what the JSON body parser refuses (broken JSON, too large, unknown encoding, a body
 * that does not inflate): the same GraphQL error shape as everything else, with a code, instead of the framework's
 * default page.
 */
export function bodyParserErrorHandler(
  error: unknown,
  _request: Request,
  response: Response,
  next: NextFunction,
) {
  const parserError = error as BodyParserError;
  const status = typeof parserError?.status === 'number' ? parserError.status : 0;
  // A typed parser error, or one it wrapped as a client error (`expose`: a gzip body that does not inflate).
  const fromParser = typeof parserError?.type === 'string' || parserError?.expose === true;
  if (!fromParser || status < 400 || status >= 500 || response.headersSent) {
    next(error);
    return;
  }
  response.status(status).json({
    errors: [
      {
        message:
          (typeof parserError.type === 'string' && MESSAGES[parserError.type]) ||
          'The request body could not be read',
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });
}
