import { AppConfig } from '@crossroads/core';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ThrottleStorage } from './throttle-storage';

describe('ThrottleStorage', () => {
  it("keeps @nestjs/throttler's in-memory storage without THROTTLE_REDIS_URL", () => {
    expect(new ThrottleStorage({} as AppConfig).storage).toBeUndefined();
  });

  it('counts in Redis when THROTTLE_REDIS_URL is set, connecting only on first use', () => {
    const store = new ThrottleStorage({ THROTTLE_REDIS_URL: 'redis://127.0.0.1:6399' } as AppConfig);
    expect(store.storage).toBeInstanceOf(ThrottlerStorageRedisService);
    expect((store.storage as ThrottlerStorageRedisService).redis.status).toBe('wait');
    store.onApplicationShutdown();
  });
});
