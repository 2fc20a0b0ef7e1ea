import type { JobsOptions, KeepJobs } from 'bullmq';

/*
 * Every queue of the platform, in one place: its name, what its jobs get unless their producer says
 * otherwise, how long finished jobs are kept, and how many run at once in a worker process. A job
 * carries ids, never state (the rows are the truth), and its id is the id of the row or event it is
 * about, so that enqueuing it a second time is a no-op. A queue is served by exactly one handler
 * (`@QueueHandler`), or the application refuses to start.
 */

const DAY_S = 24 * 3600;

export interface QueueDefinition {
  /** What its jobs are about (the board's description). */
  holds: string;
  /** Attempts of a job before it fails for good; the first retry's delay, doubled at each one. */
  attempts: number;
  backoffMs: number;
  /** Finished jobs kept for inspection: the rows keep the history, the queue only recent jobs. */
  keepCompleted: KeepJobs;
  keepFailed: KeepJobs;
  /** Jobs one worker process runs at the same time. */
  concurrency: number;
}

export const QUEUES = {
  alerts: {
    holds: 'la diffusion des événements de l’outbox, la recherche des échéances, les récapitulatifs',
    attempts: 12,
    backoffMs: 1000,
    keepCompleted: { age: DAY_S, count: 10_000 },
    keepFailed: { age: 30 * DAY_S },
    concurrency: 2,
  },
  mail: {
    holds: 'l’envoi d’un courriel ou d’un envoi groupé (l’id de sa ligne mail_messages)',
    attempts: 8,
    backoffMs: 30_000,
    keepCompleted: { age: DAY_S, count: 10_000 },
    keepFailed: { age: 7 * DAY_S },
    concurrency: 4,
  },
  webhooks: {
    holds: 'l’envoi d’une alerte au système d’un partenaire (l’id de sa ligne webhook_deliveries)',
    attempts: 8,
    backoffMs: 30_000,
    keepCompleted: { age: DAY_S, count: 10_000 },
    keepFailed: { age: 7 * DAY_S },
    concurrency: 4,
  },
  'diagnostic-imports': {
    holds:
      'la lecture d’un fichier envoyé au diagnostic, puis l’enregistrement de ses lignes (l’id de sa ligne diagnostic_imports)',
    // A lost connection or a restart is tried again: the import's status says what is left to do.
    attempts: 3,
    backoffMs: 2_000,
    keepCompleted: { age: DAY_S, count: 1_000 },
    keepFailed: { age: 7 * DAY_S },
    // One file at a time per worker process: an import holds a connection and a core while it reads.
    concurrency: 1,
  },
  surveys: {
    holds:
      'les rappels programmés des enquêtes de satisfaction (la recherche des vagues dont un rappel est dû)',
    attempts: 5,
    backoffMs: 10_000,
    keepCompleted: { age: DAY_S, count: 1_000 },
    keepFailed: { age: 7 * DAY_S },
    concurrency: 1,
  },
} as const satisfies Record<string, QueueDefinition>;

export type QueueName = keyof typeof QUEUES;

export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

export function isQueueName(name: string): name is QueueName {
  return Object.prototype.hasOwnProperty.call(QUEUES, name);
}

/** Ids only: what a job is about is read again from the rows when it runs. */
export type JobData = Readonly<Record<string, string>>;

/** A job to add: its name (the handler's switch), its ids, and its id (the row's or event's). */
export interface NewJob<Data extends JobData = JobData> {
  name: string;
  data: Data;
  id: string;
  /** Attempts, backoff or delay of this job, when its producer's options differ from the queue's. */
  opts?: Pick<JobsOptions, 'attempts' | 'backoff' | 'delay'>;
}

/** What every job of the queue gets: the queue's attempts, doubling backoff and retention. */
export function defaultJobOptions(queue: QueueName): JobsOptions {
  const definition: QueueDefinition = QUEUES[queue];
  return {
    attempts: definition.attempts,
    backoff: { type: 'exponential', delay: definition.backoffMs },
    removeOnComplete: definition.keepCompleted,
    removeOnFail: definition.keepFailed,
  };
}

/** Attempts and exponential backoff from a context's (configurable) retry policy. */
export function retryPolicy(attempts: number, backoffMs: number): NewJob['opts'] {
  return { attempts, backoff: { type: 'exponential', delay: backoffMs } };
}

/** The delay BullMQ waits after the `failures`-th failure (its exponential strategy, no jitter). */
export function retryDelayMs(failures: number, backoffMs: number): number {
  return Math.round(2 ** (failures - 1) * backoffMs);
}

/**
 * How a worker holds its jobs, for every queue. A worker killed (SIGKILL, OOM) leaves its running
 * jobs locked until the lock expires; a live worker's stalled check then puts them back (one pass
 * marks them, the next moves them). With BullMQ's defaults (30 s lock, 30 s checks) that took a
 * minute or more after a restart; here a killed worker's jobs run again within about
 * `lockDuration` + 2 × `stalledInterval` (10 s). The lock is renewed every half-lock (3 s), in one
 * Redis call for all the worker's jobs; the check is one script every 2 s: Redis work only, never
 * the database. A job whose lock lapses anyway (an event loop blocked 6 s) runs again, which every
 * handler tolerates (the rows decide), up to `maxStalledCount` times.
 */
export const WORKER_LEASE = { lockDuration: 6_000, stalledInterval: 2_000, maxStalledCount: 3 } as const;

/** The BullMQ key prefix under the deployment's Redis prefix (`continuum:` → `continuum:bull`). */
export function bullPrefix(redisPrefix: string): string {
  return `${redisPrefix}bull`;
}
