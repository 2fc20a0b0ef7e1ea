import type { JobsOptions } from 'bullmq';

/**
 * The queue, its jobs and their retry policy, in one place. A `send` job carries the id of a
 * `mail_messages` row and nothing else; a `send-batch` job the id of a batch of rows with the same
 * text, sent as one message. The id is also the job's id, so enqueuing it twice is a no-op.
 */
export const MAIL_QUEUE = 'mail';
export const SEND_MAIL_JOB = 'send';
export const SEND_BATCH_JOB = 'send-batch';

export interface SendMailJob {
  mailId: string;
}

export interface SendBatchJob {
  batchId: string;
}

export type MailJob = SendMailJob | SendBatchJob;

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface MailOptions {
  /** Attempts per dispatch before the row is marked FAILED. */
  attempts: number;
  /** First retry delay; each following one doubles it (30 s, 1 min, 2 min… about 1 h in all for 8). */
  backoffMs: number;
  /** How often the sweeper looks for rows nobody has queued. */
  sweepMs: number;
  /** Age a PENDING row must reach before the sweeper takes it: the request path dispatches it first. */
  sweepGraceMs: number;
  /** Runs the worker in this process (an API-only process or a test may leave it to another). */
  worker: boolean;
  /** Mails sent at the same time by one worker. */
  concurrency: number;
  /**
   * Most recipients of one message when the same text goes to many people (an alert to
   * thousands): a server commonly takes 100 per message, and one refusing a few costs little.
   */
  batchSize: number;
}

export const DEFAULT_MAIL_OPTIONS: MailOptions = {
  attempts: 8,
  backoffMs: 30_000,
  sweepMs: 3_000,
  sweepGraceMs: 3_000,
  worker: true,
  concurrency: 4,
  batchSize: 50,
};

/** For a `send` job (a row's id) or a `send-batch` job (a batch's id). */
export function sendMailJobOptions(id: string, options: MailOptions): JobsOptions {
  return {
    jobId: id,
    attempts: options.attempts,
    backoff: { type: 'exponential', delay: options.backoffMs },
    // The row keeps the history; the queue only keeps recent jobs for inspection.
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** The delay BullMQ waits after the `failures`-th failure (its exponential strategy, no jitter). */
export function retryDelayMs(failures: number, options: Pick<MailOptions, 'backoffMs'>): number {
  return Math.round(2 ** (failures - 1) * options.backoffMs);
}

/**
 * How a BullMQ worker holds its jobs, for every queue. A worker killed (SIGKILL, OOM) leaves its
 * running jobs locked until the lock expires; a live worker's stalled check then puts them back
 * (one pass marks them, the next moves them). With BullMQ's defaults (30 s lock, 30 s checks) that
 * took a minute or more after a restart; here a killed worker's jobs run again within about
 * `lockDuration` + 2 × `stalledInterval` (10 s). The lock is renewed every half-lock (3 s), in one
 * Redis call for all the worker's jobs; the check is one script every 2 s: Redis work only, never
 * the database. A job whose lock lapses anyway (an event loop blocked 6 s) runs again, which every
 * handler here tolerates (the rows decide), up to `maxStalledCount` times.
 */
export const WORKER_LEASE = { lockDuration: 6_000, stalledInterval: 2_000, maxStalledCount: 3 } as const;

/** The BullMQ key prefix under the deployment's Redis prefix (`continuum:` → `continuum:bull`). */
export function bullPrefix(redisPrefix: string): string {
  return `${redisPrefix}bull`;
}
