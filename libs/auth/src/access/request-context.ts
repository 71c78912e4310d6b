import { ExecutionContext } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { User } from '../user/user.entity';

export interface AuthenticatedRequest extends Request {
  user?: User;
  /** Set once the bearer token of this request has been checked (a GraphQL request runs the guard per field). */
  authChecked?: boolean;
}

/** The HTTP request and response behind a GraphQL resolver or an HTTP route. */
export function httpOf(context: ExecutionContext): { req: AuthenticatedRequest; res: Response } {
  if (context.getType<GqlContextType>() === 'graphql') {
    const { req, res } = GqlExecutionContext.create(context).getContext<{
      req: AuthenticatedRequest;
      res: Response;
    }>();
    return { req, res };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<AuthenticatedRequest>(), res: http.getResponse<Response>() };
}
