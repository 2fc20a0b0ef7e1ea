import type { JobsOptions } from 'bullmq';

/**
 * The `webhooks` queue, its job and its retry policy, in one place. A job carries the id of a
 * `webhook_deliveries` row and nothing else; the row's id is also the job's id, so enqueuing it
 * twice is a no-op.
 */
export const WEBHOOKS_QUEUE = 'webhooks';
export const DELIVER_WEBHOOK_JOB = 'deliver';

export interface DeliverWebhookJob {
  deliveryId: string;
}

export const WEBHOOK_OPTIONS = Symbol('WEBHOOK_OPTIONS');

export interface WebhookOptions {
  /** Attempts per delivery before it is FAILED. */
  attempts: number;
  /** First retry delay; each following one doubles it (30 s, 1 min… about an hour in all for 8). */
  backoffMs: number;
  /** Longest wait for the partner's answer. */
  timeoutMs: number;
  /** Deliveries failed in a row after which the webhook is disabled and its managers told. */
  disableAfter: number;
  /** Deliveries made at the same time by one worker. */
  concurrency: number;
  /** How often the sweeper looks for PENDING deliveries nobody has queued (0: never, in this process). */
  sweepMs: number;
  /**
   * How long past its due time (its creation, or its next attempt after a failure) a PENDING
   * delivery waits before the sweeper looks at it: the fan-out (or BullMQ's retry) queues it first.
   */
  sweepGraceMs: number;
  /** Age past which a delivery still PENDING is shown to the administration as stuck. */
  stuckAfterMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  attempts: 8,
  backoffMs: 30_000,
  timeoutMs: 5_000,
  disableAfter: 5,
  concurrency: 4,
  sweepMs: 3_000,
  sweepGraceMs: 3_000,
  stuckAfterMs: 15 * 60_000,
};

export function deliverJobOptions(deliveryId: string, options: WebhookOptions): JobsOptions {
  return {
    jobId: deliveryId,
    attempts: options.attempts,
    backoff: { type: 'exponential', delay: options.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

/** The delay BullMQ waits after the `failures`-th failure (its exponential strategy, no jitter). */
export function webhookRetryDelayMs(failures: number, backoffMs: number): number {
  return Math.round(2 ** (failures - 1) * backoffMs);
}
