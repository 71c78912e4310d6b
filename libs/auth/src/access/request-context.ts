import { ExecutionContext } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { User } from '../user/user.entity';

export interface AuthenticatedRequest extends Request {
  user?: User;
  /**
   * The bearer-token check of this request, shared by every field: GraphQL runs the guard once per root field,
   * in parallel for queries, so each must await the same check rather than skip it.
   */
  authentication?: Promise<void>;
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
