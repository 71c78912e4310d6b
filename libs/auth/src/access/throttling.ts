import { AppConfig } from '@crossroads/core';
import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModuleOptions } from '@nestjs/throttler';
import { httpOf } from './request-context';
import type { ThrottleStorage } from './throttle-storage';

const AUTH_THROTTLED = 'crossroads:auth-throttled';

/** Marks the operations that take credentials or tokens: they get the stricter `auth` limit as well. */
export const AuthThrottled = () => SetMetadata(AUTH_THROTTLED, true);

/**
 * Per-client-address limits, applied per GraphQL field, so aliased copies of one mutation count one by one.
 * Counters are in memory, or in Redis shared by the replicas when THROTTLE_REDIS_URL is set (docs/DEPLOYMENT.md).
 */
export function throttlerOptions(
  config: AppConfig,
  reflector: Reflector,
  store: ThrottleStorage,
): ThrottlerModuleOptions {
  return {
    ...(store.storage && { storage: store.storage }),
    errorMessage: 'Too many requests: slow down and try again shortly',
    throttlers: [
      { name: 'default', ttl: config.THROTTLE_TTL_SECONDS * 1000, limit: config.THROTTLE_LIMIT },
      {
        name: 'auth',
        ttl: 60_000,
        limit: config.LOGIN_THROTTLE_LIMIT,
        skipIf: (context) => !reflector.get<boolean>(AUTH_THROTTLED, context.getHandler()),
      },
    ],
  };
}

@Injectable()
export class GraphQLThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    const { req, res } = httpOf(context);
    return { req: req as unknown as Record<string, unknown>, res: res as unknown as Record<string, unknown> };
  }
}
