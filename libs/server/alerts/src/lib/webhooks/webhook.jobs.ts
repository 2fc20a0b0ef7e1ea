import { type NewJob, QUEUES, retryPolicy } from '@continuum/server/platform';

/**
 * The job of the `webhooks` queue (libs/server/platform's registry) and its retry policy. A job
 * carries the id of a `webhook_deliveries` row and nothing else; the row's id is also the job's
 * id, so enqueuing it twice is a no-op.
 */
export const DELIVER_WEBHOOK_JOB = 'deliver';

export type DeliverWebhookJob = { deliveryId: string };

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
  /** How often the sweeper looks for PENDING deliveries nobody has queued (where workers run; 0: never). */
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
  attempts: QUEUES.webhooks.attempts,
  backoffMs: QUEUES.webhooks.backoffMs,
  timeoutMs: 5_000,
  disableAfter: 5,
  sweepMs: 3_000,
  sweepGraceMs: 3_000,
  stuckAfterMs: 15 * 60_000,
};

/** The job of a delivery, under the delivery's id, with the webhooks' (adjustable) retry policy. */
export function deliverJob(deliveryId: string, options: WebhookOptions): NewJob<DeliverWebhookJob> {
  return {
    name: DELIVER_WEBHOOK_JOB,
    data: { deliveryId },
    id: deliveryId,
    opts: retryPolicy(options.attempts, options.backoffMs),
  };
}
