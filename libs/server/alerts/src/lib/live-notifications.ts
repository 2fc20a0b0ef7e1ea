import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, createRedis } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { RedisPubSub } from 'graphql-redis-subscriptions';

/** What travels on a user's channel: the notification to fetch (its content is read under the policy). */
export interface LiveMessage {
  notificationId: string;
}

/**
 * Live delivery through Redis pub/sub: whichever process fans an alert out publishes on each
 * recipient's channel, and every API process delivers to the users connected to it.
 */
@Injectable()
export class LiveNotifications implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveNotifications.name);
  private lastErrorLog = 0;
  readonly pubSub: RedisPubSub;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const publisher = createRedis(config.redisUrl);
    const subscriber = createRedis(config.redisUrl);
    // ioredis reconnects by itself; one line per outage is enough (the health check tells the rest).
    for (const client of [publisher, subscriber])
      client.on('error', (error: Error) => {
        if (Date.now() - this.lastErrorLog < 30_000) return;
        this.lastErrorLog = Date.now();
        this.logger.warn(`Redis injoignable pour la diffusion en direct : ${error.message}`);
      });
    this.pubSub = new RedisPubSub({ publisher, subscriber });
  }

  channel(userId: string): string {
    return `${this.config.redisPrefix}notifications:${userId}`;
  }

  /** Publishes the new notifications; a failure is logged, never thrown (they are in the centre). */
  async publish(rows: { userId: string; notificationId: string }[]): Promise<void> {
    try {
      await Promise.all(
        rows.map((row) =>
          this.pubSub.publish(this.channel(row.userId), {
            notificationId: row.notificationId,
          } satisfies LiveMessage),
        ),
      );
    } catch (error) {
      this.logger.warn(
        `Diffusion en direct impossible (${(error as Error).message}) : les alertes restent dans le centre de notifications.`,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pubSub.close().catch(() => undefined);
  }
}
