import { type NewJob, QUEUES, retryPolicy } from '@continuum/server/platform';

/**
 * The jobs of the `mail` queue (libs/server/platform's registry) and their retry policy. A `send`
 * job carries the id of a `mail_messages` row and nothing else; a `send-batch` job the id of a
 * batch of rows with the same text, sent as one message. The id is also the job's id, so enqueuing
 * it twice is a no-op.
 */
export const SEND_MAIL_JOB = 'send';
export const SEND_BATCH_JOB = 'send-batch';

export type SendMailJob = { mailId: string };
export type SendBatchJob = { batchId: string };
export type MailJob = SendMailJob | SendBatchJob;

/** A job to make sure of: a row sent on its own, or a batch of rows sent as one message. */
export type MailJobRef = SendMailJob | SendBatchJob;

export const MAIL_OPTIONS = Symbol('MAIL_OPTIONS');

export interface MailOptions {
  /** Attempts per dispatch before the row is marked FAILED. */
  attempts: number;
  /** First retry delay; each following one doubles it (30 s, 1 min, 2 min… about 1 h in all for 8). */
  backoffMs: number;
  /** How often the sweeper looks for rows nobody has queued (where workers run; 0: never). */
  sweepMs: number;
  /** Age a PENDING row must reach before the sweeper takes it: the request path dispatches it first. */
  sweepGraceMs: number;
  /**
   * Most recipients of one message when the same text goes to many people (an alert to
   * thousands): a server commonly takes 100 per message, and one refusing a few costs little.
   */
  batchSize: number;
}

export const DEFAULT_MAIL_OPTIONS: MailOptions = {
  attempts: QUEUES.mail.attempts,
  backoffMs: QUEUES.mail.backoffMs,
  sweepMs: 3_000,
  sweepGraceMs: 3_000,
  batchSize: 50,
};

/** The job of a row sent on its own or of a batch, under its id; `delayMs` to run it later. */
export function mailJob(ref: MailJobRef, options: MailOptions, delayMs = 0): NewJob<MailJob> {
  const policy = {
    ...retryPolicy(options.attempts, options.backoffMs),
    ...(delayMs ? { delay: delayMs } : {}),
  };
  return 'batchId' in ref
    ? { name: SEND_BATCH_JOB, data: { batchId: ref.batchId }, id: ref.batchId, opts: policy }
    : { name: SEND_MAIL_JOB, data: { mailId: ref.mailId }, id: ref.mailId, opts: policy };
}
