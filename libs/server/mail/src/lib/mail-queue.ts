import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@continuum/server/platform';
import { Queue } from 'bullmq';
import {
  bullPrefix,
  MAIL_OPTIONS,
  MAIL_QUEUE,
  type MailJob,
  type MailOptions,
  SEND_BATCH_JOB,
  SEND_MAIL_JOB,
  sendMailJobOptions,
} from './mail.jobs';

/** Longest a request waits for Redis when handing over mail ids; the sweeper covers the rest. */
const REDIS_TIMEOUT_MS = 3000;

/** What `ensureQueued` found: a live job left alone, or a job it had to (re)create. */
export type QueueCheck = 'queued' | 'added' | 'requeued';

/** A job to make sure of: a row sent on its own, or a batch of rows sent as one message. */
export type MailJobRef = { mailId: string } | { batchId: string };

/** The producer side of the `mail` queue. */
@Injectable()
export class MailQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MailQueue.name);
  private readonly queue: Queue<MailJob>;
  private lastErrorLog = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {
    this.queue = new Queue<MailJob>(MAIL_QUEUE, {
      prefix: bullPrefix(config.redisPrefix),
      // Commands fail at once while Redis is away instead of waiting in ioredis' offline queue:
      // the rows stay PENDING and the sweeper hands them over again.
      connection: {
        url: config.redisUrl,
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        connectTimeout: REDIS_TIMEOUT_MS,
        retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
        // ioredis arms this timer when closing even if its socket is already gone (Redis down), and
        // its 2 s default then outlives the application: keep it short.
        disconnectTimeout: 500,
      },
    });
    this.queue.on('error', (error) => this.logRedisError(error));
  }

  /**
   * Adds one job per row id and one per batch id; an id already in the queue is left as it is
   * (the job's id is the row's or the batch's).
   */
  async add(ids: string[], batchIds: string[] = []): Promise<void> {
    if (ids.length === 0 && batchIds.length === 0) return;
    await withTimeout(
      this.queue.addBulk([
        ...ids.map((mailId) => ({
          name: SEND_MAIL_JOB,
          data: { mailId },
          opts: sendMailJobOptions(mailId, this.options),
        })),
        ...batchIds.map((batchId) => ({
          name: SEND_BATCH_JOB,
          data: { batchId },
          opts: sendMailJobOptions(batchId, this.options),
        })),
      ]),
      REDIS_TIMEOUT_MS,
    );
  }

  /** Adds the job of a row taken out of its batch, to run after `delayMs`. */
  async addLater(id: string, delayMs: number): Promise<void> {
    await withTimeout(
      this.queue.add(
        SEND_MAIL_JOB,
        { mailId: id },
        { ...sendMailJobOptions(id, this.options), delay: delayMs },
      ),
      REDIS_TIMEOUT_MS,
    );
  }

  /**
   * Makes sure a PENDING row (or batch) has a live job. A job that is waiting, delayed or running
   * is left alone; a finished one (failed for good, or completed while the row was reset by
   * `retry`) is put back with its attempts reset; a missing one (never added, lost with Redis) is
   * added.
   */
  async ensureQueued(ref: MailJobRef): Promise<QueueCheck> {
    return withTimeout(this.check(ref), REDIS_TIMEOUT_MS);
  }

  private async check(ref: MailJobRef): Promise<QueueCheck> {
    const id = 'batchId' in ref ? ref.batchId : ref.mailId;
    const job = await this.queue.getJob(id);
    const state = job ? await job.getState() : 'unknown';
    if (job && (state === 'failed' || state === 'completed')) {
      await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
      return 'requeued';
    }
    if (job && state !== 'unknown') return 'queued';
    if ('batchId' in ref) await this.add([], [ref.batchId]);
    else await this.add([ref.mailId]);
    return 'added';
  }

  /** After the sweeper and the worker have stopped (they stop in `onModuleDestroy`). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue
      .close()
      .catch((error: Error) => this.logger.warn(`Fermeture de la file : ${error.message}`));
  }

  /** ioredis repeats its error on every reconnection attempt: one line every 30 s is enough. */
  private logRedisError(error: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLog < 30_000) return;
    this.lastErrorLog = now;
    this.logger.warn(`File des courriels : Redis injoignable (${error.message}).`);
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis n’a pas répondu en ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
