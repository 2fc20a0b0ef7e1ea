import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import type Redis from 'ioredis';

const accountKey = (email: string) => `login-failures:account:${email}`;
const addressKey = (ip: string) => `login-failures:address:${ip}`;

/**
 * Counts failed logins per account (the e-mail as typed, whether it exists or not, so the answer
 * reveals nothing) and per address, over a sliding window held in Redis.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async isBlocked(email: string, ip: string): Promise<boolean> {
    const [account, address] = await this.redis.mget(accountKey(email), addressKey(ip));
    const limits = this.config.loginLimits;
    return Number(account ?? 0) >= limits.perAccount || Number(address ?? 0) >= limits.perAddress;
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const window = this.config.loginLimits.windowSeconds;
    await this.redis
      .multi()
      .incr(accountKey(email))
      .expire(accountKey(email), window)
      .incr(addressKey(ip))
      .expire(addressKey(ip), window)
      .exec();
  }

  async clearAccount(email: string): Promise<void> {
    await this.redis.del(accountKey(email));
  }
}
