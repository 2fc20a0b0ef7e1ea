import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  InjectQueue,
  type JobHandler,
  type JobQueue,
  QueueHandler,
  retryDelayMs,
} from '@continuum/server/platform';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { MailMessageEntity, MailStatus } from './mail-message.entity';
import { describeSmtpError, isPermanentSmtpError, MailSender } from './mail-sender';
import {
  MAIL_OPTIONS,
  type MailJob,
  mailJob,
  type MailOptions,
  SEND_BATCH_JOB,
  SEND_MAIL_JOB,
  type SendBatchJob,
  type SendMailJob,
} from './mail.jobs';

/**
 * Runs the `mail` queue's jobs where workers run: reloads the row (or the batch's rows), sends it,
 * writes the outcome on the rows, and lets BullMQ retry by rethrowing. Delivery is at least once: a
 * crash after the SMTP server accepted a message but before the row says SENT sends it again (with
 * the same Message-ID).
 */
@Injectable()
@QueueHandler('mail')
export class MailWorker implements JobHandler<MailJob> {
  private readonly logger = new Logger(MailWorker.name);

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: MailSender,
    @InjectQueue('mail') private readonly queue: JobQueue<MailJob>,
  ) {}

  async process(job: Job<MailJob>): Promise<void> {
    if (job.name === SEND_MAIL_JOB) return this.sendOne(job as Job<SendMailJob>);
    if (job.name === SEND_BATCH_JOB) return this.sendBatch(job as Job<SendBatchJob>);
    throw new UnrecoverableError(`Tâche inconnue « ${job.name} ».`);
  }

  private async sendOne(job: Job<SendMailJob>): Promise<void> {
    const { mailId } = job.data;
    const rows = this.dataSource.getRepository(MailMessageEntity);
    const mail = await rows.findOneBy({ id: mailId });
    if (!mail) {
      // Dispatched before its transaction committed, or deleted: if it commits later, the
      // sweeper finds its job completed and the row PENDING, and queues it again.
      this.logger.warn(`Courriel ${mailId} introuvable : rien à envoyer.`);
      return;
    }
    // SENT: a retried or duplicated job. FAILED: a job left over from before the failure.
    if (mail.status !== MailStatus.PENDING) return;

    let messageId: string;
    try {
      messageId = await this.sender.send(mail);
    } catch (error) {
      throw await this.recordFailure(job, { mailId: mail.id }, mail.topic, error);
    }
    await rows.update(
      { id: mail.id },
      {
        status: MailStatus.SENT,
        sentAt: new Date(),
        messageId,
        attempts: () => 'attempts + 1',
        lastError: null,
        nextAttemptAt: null,
      },
    );
    this.logger.log(`Courriel ${mail.id} (${mail.topic}) envoyé.`);
  }

  /**
   * Sends the batch's rows still PENDING as one message. Rows the server accepted are SENT with
   * the message's id; a recipient refused for good (5xx) is FAILED; one refused for now leaves the
   * batch and is tried again on its own after the retry delay. When the message as a whole fails,
   * every row records the attempt and BullMQ retries the batch.
   */
  private async sendBatch(job: Job<SendBatchJob>): Promise<void> {
    const { batchId } = job.data;
    // Plain SQL: the worker reads a few columns of 50 rows, hundreds of times a second in a burst.
    const rows: { id: string; to_address: string; subject: string; text: string; topic: string }[] =
      await this.dataSource.query(
        `select id, to_address, subject, text, topic from mail_messages
          where batch_id = $1 and status = 'PENDING' order by id`,
        [batchId],
      );
    if (rows.length === 0) return;
    const [{ subject, text, topic }] = rows;
    let outcome: Awaited<ReturnType<MailSender['sendBatch']>>;
    try {
      outcome = await this.sender.sendBatch(
        batchId,
        { subject, text },
        rows.map((row) => row.to_address),
      );
    } catch (error) {
      throw await this.recordFailure(job, { batchId }, topic, error);
    }
    const refusedBy = new Map(outcome.refused.map((r) => [r.address.toLowerCase(), r.error]));
    const accepted = rows.filter((row) => !refusedBy.has(row.to_address.toLowerCase()));
    const refused = rows.filter((row) => refusedBy.has(row.to_address.toLowerCase()));
    if (accepted.length)
      await this.dataSource.query(
        `update mail_messages set status = 'SENT', sent_at = now(), message_id = $2, attempts = attempts + 1,
                last_error = null, next_attempt_at = null
          where id = any($1::uuid[]) and status = 'PENDING'`,
        [accepted.map((row) => row.id), outcome.messageId],
      );
    for (const row of refused) await this.refuseRecipient(row, refusedBy.get(row.to_address.toLowerCase()));
    this.logger.log(
      `Envoi groupé ${batchId} (${topic}) : ${accepted.length} destinataire(s)` +
        (refused.length ? `, ${refused.length} refusé(s).` : '.'),
    );
  }

  /** A recipient the server refused within a batch: FAILED for good (5xx), or on its own later. */
  private async refuseRecipient(row: { id: string; topic: string }, error: unknown): Promise<void> {
    const lastError = describeSmtpError(error);
    if (isPermanentSmtpError(error)) {
      await this.dataSource.query(
        `update mail_messages set status = 'FAILED', attempts = attempts + 1, last_error = $2, next_attempt_at = null
          where id = $1 and status = 'PENDING'`,
        [row.id, lastError],
      );
      this.logger.error(`Courriel ${row.id} (${row.topic}) refusé définitivement : ${lastError}`);
      return;
    }
    const delayMs = retryDelayMs(1, this.options.backoffMs);
    await this.dataSource.query(
      `update mail_messages set batch_id = null, attempts = attempts + 1, last_error = $2,
              next_attempt_at = now() + $3 * interval '1 millisecond'
        where id = $1 and status = 'PENDING'`,
      [row.id, lastError, delayMs],
    );
    this.logger.warn(`Courriel ${row.id} (${row.topic}) refusé pour l’instant, réessayé seul : ${lastError}`);
    // Redis away: the row, out of its batch and PENDING, is the sweeper's once its delay is past.
    await this.queue.add([mailJob({ mailId: row.id }, this.options, delayMs)]).catch(() => undefined);
  }

  /**
   * Writes the attempt on the row, or on every row of the batch still PENDING (FAILED once BullMQ
   * will not try again), and returns the error for the job to fail with.
   */
  private async recordFailure(
    job: Job<MailJob>,
    target: { mailId: string } | { batchId: string },
    topic: string,
    error: unknown,
  ): Promise<unknown> {
    const failures = job.attemptsMade + 1;
    const permanent = isPermanentSmtpError(error);
    const exhausted = permanent || failures >= (job.opts.attempts ?? 1);
    const lastError = describeSmtpError(error);
    const backoff = job.opts.backoff;
    const base = typeof backoff === 'number' ? backoff : (backoff?.delay ?? this.options.backoffMs);
    const next = exhausted ? null : new Date(Date.now() + retryDelayMs(failures, base));
    const [column, id, label] =
      'batchId' in target
        ? ['batch_id', target.batchId, `Envoi groupé ${target.batchId} (${topic})`]
        : ['id', target.mailId, `Courriel ${target.mailId} (${topic})`];
    await this.dataSource.query(
      `update mail_messages set attempts = attempts + 1, last_error = $2, status = $3::mail_status, next_attempt_at = $4
        where ${column} = $1 and status = 'PENDING'`,
      [id, lastError, exhausted ? MailStatus.FAILED : MailStatus.PENDING, next],
    );
    if (exhausted) {
      this.logger.error(`${label} en échec définitif après ${failures} tentative(s) : ${lastError}`);
      // A 5xx would fail again: tell BullMQ not to spend the remaining attempts on it.
      if (permanent) return new UnrecoverableError(lastError);
    } else {
      this.logger.warn(`${label}, tentative ${failures} en échec : ${lastError}`);
    }
    return error;
  }
}
