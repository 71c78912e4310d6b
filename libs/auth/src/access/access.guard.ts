import { AppError } from '@crossroads/core';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { hasAnyRole, UserStatus } from '../user/role.enum';
import type { User } from '../user/user.entity';
import { ACCESS_POLICY, AccessPolicy } from './access.decorators';
import { AuthenticatedRequest, httpOf } from './request-context';

const BEARER = /^Bearer [A-Za-z0-9._-]{10,4096}$/;

/**
 * The one access check, global. It authenticates a bearer token through passport-jwt (once per request), then
 * applies the operation's declared policy; an operation that declares none is refused (deny by default).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): AuthenticatedRequest {
    return httpOf(context).req;
  }

  override handleRequest<TUser = User>(error: unknown, user: TUser | false, info: unknown): TUser {
    if (error instanceof AppError) throw error;
    if (error || !user) {
      const expired = (info as Error | undefined)?.name === 'TokenExpiredError';
      throw AppError.unauthenticated(expired ? 'Access token expired: refresh it' : 'Invalid access token');
    }
    return user;
  }

  private async authenticate(context: ExecutionContext, req: AuthenticatedRequest): Promise<void> {
    const header = req.headers.authorization;
    if (!header) return;
    if (!BEARER.test(header)) throw AppError.unauthenticated('Malformed Authorization header');
    await super.canActivate(context);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = this.getRequest(context);
    req.authentication ??= this.authenticate(context, req);
    await req.authentication;
    if (!policy) throw AppError.forbidden('This operation declares no access policy');
    if (policy.kind === 'public') return true;
    const user = req.user;
    if (!user) throw AppError.unauthenticated();
    if (policy.kind === 'signed-in') return true;
    if (user.status !== UserStatus.ACTIVE || !hasAnyRole(user.roles, policy.roles)) {
      throw AppError.forbidden(
        user.status === UserStatus.PENDING
          ? 'Your account is awaiting approval'
          : 'You are not allowed to do this',
      );
    }
    return true;
  }
}
