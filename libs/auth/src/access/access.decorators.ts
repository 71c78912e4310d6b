import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../user/role.enum';
import type { User } from '../user/user.entity';
import { httpOf } from './request-context';

/** Who may call an operation. Every query, mutation and route declares one; the guard denies the rest. */
export type AccessPolicy = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

export const ACCESS_POLICY = 'crossroads:access-policy';

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in account that is not disabled, including one still PENDING approval. */
export const SignedIn = () => SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy);

/** Active accounts holding one of these roles (ADMIN includes STAFF, STAFF includes MEMBER). */
export const Roles = (...roles: [Role, ...Role[]]) =>
  SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);

/** The signed-in user, or undefined on a public operation called anonymously. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): User | undefined => httpOf(context).req.user,
);

/** The client address, for audit events. */
export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const { req } = httpOf(context);
  return req.ip ?? req.socket?.remoteAddress ?? null;
});
