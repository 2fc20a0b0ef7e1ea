import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import type Redis from 'ioredis';

const accountKey = (email: string) => `login-failures:account:${email}`;
const addressKey = (ip: string) => `login-failures:address:${ip}`;
const resetAccountKey = (email: string) => `reset-requests:account:${email}`;
const resetAddressKey = (ip: string) => `reset-requests:address:${ip}`;
const secondFactorKey = (userId: string) => `second-factor-failures:user:${userId}`;

/**
 * Counts, over a sliding window held in Redis (LOGIN_LIMIT_* : per account, per address):
 * - failed logins per account (the e-mail as typed, whether it exists or not, so the answer
 *   reveals nothing) and per address;
 * - « mot de passe oublié » requests, the same way (each request counts, answered or not);
 * - wrong second-factor codes per user (a six-digit code must not be guessed in a session).
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  isBlocked(email: string, ip: string): Promise<boolean> {
    return this.over(accountKey(email), addressKey(ip));
  }

  recordFailure(email: string, ip: string): Promise<void> {
    return this.count(accountKey(email), addressKey(ip));
  }

  async clearAccount(email: string): Promise<void> {
    await this.redis.del(accountKey(email));
  }

  resetBlocked(email: string, ip: string): Promise<boolean> {
    return this.over(resetAccountKey(email), resetAddressKey(ip));
  }

  recordResetRequest(email: string, ip: string): Promise<void> {
    return this.count(resetAccountKey(email), resetAddressKey(ip));
  }

  async secondFactorBlocked(userId: string): Promise<boolean> {
    const failures = await this.redis.get(secondFactorKey(userId));
    return Number(failures ?? 0) >= this.config.loginLimits.perAccount;
  }

  async recordSecondFactorFailure(userId: string): Promise<void> {
    await this.redis
      .multi()
      .incr(secondFactorKey(userId))
      .expire(secondFactorKey(userId), this.config.loginLimits.windowSeconds)
      .exec();
  }

  async clearSecondFactor(userId: string): Promise<void> {
    await this.redis.del(secondFactorKey(userId));
  }

  private async over(account: string, address: string): Promise<boolean> {
    const [forAccount, forAddress] = await this.redis.mget(account, address);
    const limits = this.config.loginLimits;
    return Number(forAccount ?? 0) >= limits.perAccount || Number(forAddress ?? 0) >= limits.perAddress;
  }

  private async count(account: string, address: string): Promise<void> {
    const window = this.config.loginLimits.windowSeconds;
    await this.redis
      .multi()
      .incr(account)
      .expire(account, window)
      .incr(address)
      .expire(address, window)
      .exec();
  }
}
