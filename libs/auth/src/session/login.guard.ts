import { AppError } from '@crossroads/core';
import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { User } from '../user/user.entity';
import { AuthenticatedRequest } from '../access/request-context';

type LoginRequest = AuthenticatedRequest & { loginUser?: User };

/**
 * Runs passport-local on the `login` mutation's arguments (each aliased login is checked on its own). The account
 * goes to `req.loginUser`, not `req.user`: a login never authenticates the other fields of its request.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override getAuthenticateOptions() {
    return { property: 'loginUser', session: false };
  }

  override getRequest(context: ExecutionContext): LoginRequest {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: LoginRequest }>().req;
    const { email, password } = gql.getArgs<{ email: string; password: string }>();
    req.body = { email, password };
    return req;
  }

  override handleRequest<TUser = User>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw AppError.unauthenticated('Invalid email or password');
    return user;
  }
}

/** The account LoginGuard just checked. */
export const LoginUser = createParamDecorator((_data: unknown, context: ExecutionContext): User => {
  const user = GqlExecutionContext.create(context).getContext<{ req: LoginRequest }>().req.loginUser;
  if (!user) throw AppError.unauthenticated('Invalid email or password');
  return user;
});
