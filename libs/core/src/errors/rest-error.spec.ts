import { HttpException, PayloadTooLargeException, UnauthorizedException } from '@nestjs/common';
import { AppError } from './app-error';
import { restErrorResponse } from './rest-error';

function respond(error: unknown) {
  const reported: unknown[] = [];
  return { ...restErrorResponse(error, (e) => reported.push(e)), reported };
}

describe('restErrorResponse', () => {
  it.each([
    [new UnauthorizedException(), 401, 'UNAUTHENTICATED'],
    [new PayloadTooLargeException(), 413, 'BAD_USER_INPUT'],
    [new HttpException('Unsupported media type', 415), 415, 'BAD_USER_INPUT'],
    [AppError.notFound('No such delegation'), 404, 'NOT_FOUND'],
  ])('keeps a client error a client error with its status', (error, status, code) => {
    const { status: answered, body, reported } = respond(error);
    expect([answered, body.error.code]).toEqual([status, code]);
    expect(reported).toHaveLength(0);
  });

  it('masks anything else as a 500 and reports it', () => {
    const { status, body, reported } = respond(new Error('relation "x" does not exist'));
    expect([status, body.error.code, body.error.message]).toEqual([
      500,
      'INTERNAL_SERVER_ERROR',
      'Internal server error',
    ]);
    expect(reported).toHaveLength(1);
  });
});
