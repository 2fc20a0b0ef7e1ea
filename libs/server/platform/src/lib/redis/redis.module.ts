import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { withTimeout } from './timeout';

export const REDIS = Symbol('REDIS');

/**
 * A Redis client that fails a command fast instead of queueing it forever while Redis is away
 * (ioredis' default would hang a request, and a test run, without a word).
 */
export function createRedis(url: string, keyPrefix = ''): Redis {
  return new Redis(url, {
    keyPrefix,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
    enableOfflineQueue: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    lazyConnect: false,
  });
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const redis = createRedis(config.redisUrl, config.redisPrefix);
        try {
          // A process starting waits longer than a request would (a busy machine answers late);
          // a Redis that is not there at all fails at once (connection refused).
          await withTimeout(redis.ping(), 10_000);
        } catch (error) {
          redis.disconnect();
          throw new Error(
            `Redis injoignable à ${config.redisUrl} (${(error as Error).message}). ` +
              'Démarrez-le : redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
          );
        }
        return redis;
      },
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
