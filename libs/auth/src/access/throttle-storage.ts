import { AppConfig } from '@crossroads/core';
import type { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

/**
 * Where rate-limit counters live: in this process's memory by default, or in the Redis of THROTTLE_REDIS_URL so
 * that several replicas behind a load balancer count one client together (docs/DEPLOYMENT.md).
 */
@Injectable()
export class ThrottleStorage implements OnApplicationShutdown {
  private readonly redis?: ThrottlerStorageRedisService;

  constructor(config: AppConfig) {
    // Connects on first use, so a replica boots (and answers /health) while Redis is still starting. The Redis
    // client is loaded only then: a single replica has no use for its memory.
    if (config.THROTTLE_REDIS_URL) {
      /* eslint-disable-next-line @typescript-eslint/no-require-imports */
      const { ThrottlerStorageRedisService: RedisStorage } = require('@nest-lab/throttler-storage-redis') as {
        ThrottlerStorageRedisService: typeof ThrottlerStorageRedisService;
      };
      this.redis = new RedisStorage(config.THROTTLE_REDIS_URL, { lazyConnect: true });
    }
  }

  /** undefined: @nestjs/throttler's own in-memory storage. */
  get storage(): ThrottlerStorage | undefined {
    return this.redis;
  }

  onApplicationShutdown(): void {
    this.redis?.redis.disconnect();
  }
}

@Module({ providers: [ThrottleStorage], exports: [ThrottleStorage] })
export class ThrottleStorageModule {}
