import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { bullPrefix } from '@continuum/server/mail';
import { APP_CONFIG } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { Queue } from 'bullmq';
import {
  DELIVER_WEBHOOK_JOB,
  type DeliverWebhookJob,
  deliverJobOptions,
  WEBHOOK_OPTIONS,
  type WebhookOptions,
  WEBHOOKS_QUEUE,
} from './webhook.jobs';

/** Longest a caller waits for Redis when handing over delivery ids. */
const REDIS_TIMEOUT_MS = 3000;

/**
 * The producer side of the `webhooks` queue. Opened on first use: the fan-out (where workers run)
 * and an administrator's replay are its only callers, so most API processes never connect.
 */
@Injectable()
export class WebhookQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookQueue.name);
  private queue: Queue<DeliverWebhookJob> | null = null;
  private closed = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
  ) {}

  /** Adds one job per delivery id; an id already queued is left as it is (jobId = row id). */
  async add(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await withTimeout(
      this.open().addBulk(
        ids.map((deliveryId) => ({
          name: DELIVER_WEBHOOK_JOB,
          data: { deliveryId },
          opts: deliverJobOptions(deliveryId, this.options),
        })),
      ),
    );
  }

  /**
   * Makes sure a PENDING delivery has a live job: a finished one (failed for good) is put back
   * with a fresh set of attempts, a missing one (lost with Redis) is added, a waiting, delayed or
   * running one is left alone.
   */
  async ensureQueued(id: string): Promise<'queued' | 'added' | 'requeued'> {
    return withTimeout(
      (async () => {
        const job = await this.open().getJob(id);
        const state = job ? await job.getState() : 'unknown';
        if (job && (state === 'failed' || state === 'completed')) {
          await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
          return 'requeued';
        }
        if (job && state !== 'unknown') return 'queued';
        await this.add([id]);
        return 'added';
      })(),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.queue
      ?.close()
      .catch((error: Error) => this.logger.warn(`Fermeture de la file des webhooks : ${error.message}`));
  }

  private open(): Queue<DeliverWebhookJob> {
    if (this.closed) throw new Error('File des webhooks fermée (arrêt en cours).');
    if (!this.queue) {
      this.queue = new Queue<DeliverWebhookJob>(WEBHOOKS_QUEUE, {
        prefix: bullPrefix(this.config.redisPrefix),
        connection: {
          url: this.config.redisUrl,
          maxRetriesPerRequest: 1,
          connectTimeout: REDIS_TIMEOUT_MS,
          retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
          disconnectTimeout: 500,
        },
      });
      this.queue.on('error', (error) => this.logger.warn(`File des webhooks : ${error.message}`));
    }
    return this.queue;
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Redis n’a pas répondu en ${REDIS_TIMEOUT_MS} ms`)),
      REDIS_TIMEOUT_MS,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
