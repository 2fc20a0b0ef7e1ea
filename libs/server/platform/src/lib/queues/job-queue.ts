import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { AppConfig } from '../config/app-config';
import { withTimeout } from '../redis/timeout';
import { bullConnection, REDIS_TIMEOUT_MS, throttledWarning } from './bull-connection';
import { bullPrefix, defaultJobOptions, type JobData, type NewJob, type QueueName } from './queues.registry';

/** What `ensureQueued` found: a live job left alone, or a job it had to (re)create. */
export type QueueCheck = 'queued' | 'added' | 'requeued';

/** A job a scheduler adds every `everyMs` (its key is also the job's name). */
export interface Schedule {
  key: string;
  everyMs: number;
}

/**
 * The producer side of one queue, opened on first use: a process that never adds to a queue holds
 * no connection for it. Every call gives up after `REDIS_TIMEOUT_MS` and throws: the caller leaves
 * its rows PENDING for a sweep. A job's id is the id of what it is about, so adding it again while
 * it waits, is delayed or runs changes nothing.
 */
export class JobQueue<Data extends JobData = JobData> {
  private readonly logger = new Logger(`JobQueue:${this.name}`);
  private readonly warn = throttledWarning((message) => this.logger.warn(message));
  // Untyped inside: the jobs' types are checked where they are built (`NewJob<Data>`).
  private queue: Queue | null = null;
  private closed = false;

  constructor(
    readonly name: QueueName,
    private readonly config: Pick<AppConfig, 'redisUrl' | 'redisPrefix'>,
  ) {}

  /** Adds the jobs; one whose id is already in the queue is left as it is. */
  async add(jobs: NewJob<Data>[]): Promise<void> {
    if (jobs.length === 0) return;
    const queue = this.open();
    await withTimeout(
      queue.addBulk(
        jobs.map((job) => ({ name: job.name, data: job.data, opts: { ...job.opts, jobId: job.id } })),
      ),
      REDIS_TIMEOUT_MS,
    );
  }

  /**
   * Makes sure the row's job is live. A job that is waiting, delayed or running is left alone; a
   * finished one (failed for good, or completed while its row was reset for a retry) is put back
   * with its attempts reset; a missing one (never added, lost with Redis) is added.
   */
  ensureQueued(job: NewJob<Data>): Promise<QueueCheck> {
    return withTimeout(this.check(job), REDIS_TIMEOUT_MS);
  }

  /**
   * Makes sure each schedule has its scheduler (Redis restarted empty loses them), or with `all`
   * writes every one (at a worker's start: a changed period replaces the old one); the keys it
   * wrote. A scheduled job is tried once: the next run comes soon enough.
   */
  async ensureSchedules(schedules: Schedule[], options: { all?: boolean } = {}): Promise<string[]> {
    if (schedules.length === 0) return [];
    const queue = this.open();
    const present = options.all
      ? new Set<string>()
      : new Set(
          (await withTimeout(queue.getJobSchedulers(), REDIS_TIMEOUT_MS)).map((scheduler) => scheduler.key),
        );
    const written = schedules.filter((schedule) => !present.has(schedule.key));
    for (const schedule of written)
      await withTimeout(
        queue.upsertJobScheduler(
          schedule.key,
          { every: schedule.everyMs },
          { name: schedule.key, opts: { attempts: 1 } },
        ),
        REDIS_TIMEOUT_MS,
      );
    return written.map((schedule) => schedule.key);
  }

  /** The BullMQ queue itself, for the board. */
  bull(): Queue {
    return this.open();
  }

  async close(): Promise<void> {
    this.closed = true;
    const queue = this.queue;
    this.queue = null;
    await queue?.close().catch((error: Error) => this.logger.warn(`Fermeture : ${error.message}`));
  }

  private async check(job: NewJob<Data>): Promise<QueueCheck> {
    const queue = this.open();
    const existing = await queue.getJob(job.id);
    const state = existing ? await existing.getState() : 'unknown';
    if (existing && (state === 'failed' || state === 'completed')) {
      await existing.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
      return 'requeued';
    }
    if (existing && state !== 'unknown') return 'queued';
    await this.add([job]);
    return 'added';
  }

  private open(): Queue {
    if (this.closed) throw new Error(`File « ${this.name} » fermée (arrêt en cours).`);
    if (!this.queue) {
      this.queue = new Queue(this.name, {
        prefix: bullPrefix(this.config.redisPrefix),
        connection: bullConnection(this.config, 'producer'),
        defaultJobOptions: defaultJobOptions(this.name),
      });
      this.queue.on('error', (error: Error) => this.warn(`Redis injoignable (${error.message}).`));
    }
    return this.queue;
  }
}
