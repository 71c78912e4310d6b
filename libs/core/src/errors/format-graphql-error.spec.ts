import { BadRequestException, ForbiddenException, HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { formatGraphQLError } from './format-graphql-error';

function format(error: unknown, code?: string) {
  const reported: unknown[] = [];
  const graphqlError = new GraphQLError('raw message', {
    originalError: error instanceof Error ? error : undefined,
    extensions: code ? { code } : {},
  });
  const result = formatGraphQLError(graphqlError.toJSON(), graphqlError, (e) => reported.push(e));
  return { result, reported };
}

describe('formatGraphQLError', () => {
  it('keeps the code and message of domain errors', () => {
    const { result } = format(
      AppError.badInput('Name is too long', [{ field: 'name', message: 'too long' }]),
    );
    expect(result.message).toBe('Name is too long');
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name', message: 'too long' }],
    });
  });

  it.each([
    [new BadRequestException('bad'), 'BAD_USER_INPUT'],
    [new ForbiddenException(), 'FORBIDDEN'],
    [new HttpException('slow down', 429), 'RATE_LIMITED'],
    [new HttpException('Unsupported media type', 415), 'BAD_USER_INPUT'],
    [new HttpException('Bad gateway', 502), 'INTERNAL_SERVER_ERROR'],
  ])('maps HTTP exceptions to codes', (error, code) => {
    expect(format(error).result.extensions?.code).toBe(code);
  });

  it('masks unknown errors and reports them', () => {
    const { result, reported } = format(new Error('relation "site" does not exist at /app/x.ts:12'));
    expect(result.message).toBe('Internal server error');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(result)).not.toMatch(/relation|x\.ts/);
    expect(reported).toHaveLength(1);
  });

  it('makes an unexpected unique violation a CONFLICT without its SQL, not an internal error', () => {
    const violation = Object.assign(
      new Error('duplicate key value violates unique constraint "person_slug_key"'),
      {
        code: '23505',
        constraint: 'person_slug_key',
      },
    );
    const { result, reported } = format(violation);
    expect(result.extensions).toEqual({ code: 'CONFLICT' });
    expect(JSON.stringify(result)).not.toMatch(/duplicate|person_slug_key/);
    expect(reported).toHaveLength(0);
  });

  it('passes protocol errors through without their stack', () => {
    const { result } = format(undefined, 'GRAPHQL_VALIDATION_FAILED');
    expect(result.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
