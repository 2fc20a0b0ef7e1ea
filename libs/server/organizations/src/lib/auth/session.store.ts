import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, REDIS } from '@continuum/server/platform';
import type { AppConfig, SecondFactorStep } from '@continuum/server/platform';
import { createHash, randomBytes } from 'node:crypto';
import type Redis from 'ioredis';

export interface Session {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: Date;
  /** Who the user is for the policy, cached at the first request (see AuthService.principalFor). */
  profile: string | null;
  /** The second factor still due before the session opens anything (null: a complete session). */
  step: SecondFactorStep | null;
}

const sessionKey = (id: string) => `session:${id}`;

/**
 * Reads a session (KEYS[1]) and renews its idle expiry (ARGV[1] seconds) without passing its
 * absolute limit (ARGV[2] seconds after its creation; ARGV[3] is now, in ms). Returns userId,
 * createdAt, the seconds left (≤ 0: expired, not renewed), the cached profile and the second factor
 * still due; nil if unknown.
 */
const TOUCH_SCRIPT = `
local stored = redis.call('hmget', KEYS[1], 'userId', 'createdAt', 'profile', 'step')
if not stored[1] or not stored[2] then return nil end
local remaining = math.floor((tonumber(stored[2]) + tonumber(ARGV[2]) * 1000 - tonumber(ARGV[3])) / 1000)
local ttl = math.min(tonumber(ARGV[1]), remaining)
if ttl > 0 then redis.call('expire', KEYS[1], ttl) end
return { stored[1], stored[2], ttl, stored[3], stored[4] }
`;
const userSessionsKey = (userId: string) => `user-sessions:${userId}`;

/**
 * Sessions live in Redis so that any API process serves any user. The cookie holds a random
 * token; Redis holds only its hash. Each use pushes the idle expiry forward, never past the
 * absolute limit.
 */
@Injectable()
export class SessionStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Opens a session. With a `step`, the password was accepted but the second factor is still due:
   * completing it opens a new session (a new token), never this one.
   */
  async create(
    userId: string,
    step: SecondFactorStep | null = null,
    proConnectIdToken: string | null = null,
  ): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const id = hashToken(token);
    const createdAt = Date.now();
    const ttl = this.ttlSeconds(createdAt);
    await this.redis
      .multi()
      .hset(sessionKey(id), {
        userId,
        createdAt: String(createdAt),
        ...(step && { step }),
        // Opened through ProConnect: its ID token, the `id_token_hint` of the logout there.
        ...(proConnectIdToken && { idToken: proConnectIdToken }),
      })
      .expire(sessionKey(id), ttl)
      .sadd(userSessionsKey(userId), id)
      .expire(userSessionsKey(userId), this.config.session.absoluteSeconds)
      .exec();
    return {
      token,
      session: { id, userId, createdAt, expiresAt: new Date(createdAt + ttl * 1000), profile: null, step },
    };
  }

  /**
   * The session behind a cookie token, its idle expiry renewed; null if unknown or expired. One
   * round trip to Redis per request: the script reads the session and pushes its expiry forward.
   */
  async touch(token: string): Promise<Session | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const id = hashToken(token);
    const now = Date.now();
    const found = (await this.redis.eval(
      TOUCH_SCRIPT,
      1,
      sessionKey(id),
      String(this.config.session.idleSeconds),
      String(this.config.session.absoluteSeconds),
      String(now),
    )) as [string, string, number, string | null, string | null] | null;
    if (!found) return null;
    const [userId, created, ttl, profile, step] = found;
    if (ttl <= 0) {
      await this.destroy(id, userId);
      return null;
    }
    return {
      id,
      userId,
      createdAt: Number(created),
      expiresAt: new Date(now + ttl * 1000),
      profile: profile ?? null,
      step: step === 'code' || step === 'enrolment' ? step : null,
    };
  }

  /** Caches the user's profile in the session, only if the session still exists. */
  async saveProfile(id: string, profile: string): Promise<void> {
    await this.redis.eval(
      "if redis.call('exists', KEYS[1]) == 1 then return redis.call('hset', KEYS[1], 'profile', ARGV[1]) end return 0",
      1,
      sessionKey(id),
      profile,
    );
  }

  /** The ProConnect ID token of a session opened through ProConnect; null for a local login. */
  async proConnectIdToken(id: string): Promise<string | null> {
    return this.redis.hget(sessionKey(id), 'idToken');
  }

  async destroy(id: string, userId: string): Promise<void> {
    await this.redis.multi().del(sessionKey(id)).srem(userSessionsKey(userId), id).exec();
  }

  /** Drops the cached profile of every session of these users: the next request reloads it. */
  async invalidateProfiles(userIds: readonly string[]): Promise<void> {
    for (const userId of userIds) {
      const ids = await this.redis.smembers(userSessionsKey(userId));
      if (ids.length) await Promise.all(ids.map((id) => this.redis.hdel(sessionKey(id), 'profile')));
    }
  }

  /**
   * Ends every session of a user at once (disabled account or organisation, new password), but
   * the one given in `except` (the session that changed its own password goes on).
   */
  async destroyAllOf(userIds: readonly string[], except: string | null = null): Promise<void> {
    for (const userId of userIds) {
      const ids = (await this.redis.smembers(userSessionsKey(userId))).filter((id) => id !== except);
      if (ids.length === 0) continue;
      await this.redis
        .multi()
        .del(...ids.map(sessionKey))
        .srem(userSessionsKey(userId), ...ids)
        .exec();
    }
  }

  private ttlSeconds(createdAt: number): number {
    const remaining = Math.floor(
      (createdAt + this.config.session.absoluteSeconds * 1000 - Date.now()) / 1000,
    );
    return Math.min(this.config.session.idleSeconds, remaining);
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
