import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@continuum/server/platform';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { MailMessageEntity, MailStatus } from './mail-message.entity';
import { describeSmtpError, isPermanentSmtpError, MailSender } from './mail-sender';
import {
  bullPrefix,
  MAIL_OPTIONS,
  MAIL_QUEUE,
  type MailOptions,
  retryDelayMs,
  SEND_MAIL_JOB,
  type SendMailJob,
} from './mail.jobs';

/**
 * Consumes the `mail` queue: reloads the row, sends it, writes the outcome on the row, and lets
 * BullMQ retry by rethrowing. Delivery is at least once: a crash after the SMTP server accepted a
 * message but before the row says SENT sends it again (with the same Message-ID).
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private worker: Worker<SendMailJob> | null = null;
  private lastErrorLog = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: MailSender,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.worker) return;
    this.worker = new Worker<SendMailJob>(MAIL_QUEUE, (job) => this.process(job), {
      prefix: bullPrefix(this.config.redisPrefix),
      connection: {
        url: this.config.redisUrl,
        retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
        disconnectTimeout: 500,
      },
      concurrency: this.options.concurrency,
    });
    this.worker.on('error', (error) => this.logRedisError(error));
  }

  /** Waits for the mails being sent, before the database closes. */
  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.close().catch((error: Error) => this.logger.warn(`Arrêt du facteur : ${error.message}`));
  }

  async process(job: Job<SendMailJob>): Promise<void> {
    if (job.name !== SEND_MAIL_JOB) throw new UnrecoverableError(`Tâche inconnue « ${job.name} ».`);
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
      throw await this.recordFailure(job, mail, error);
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
   * Writes the attempt on the row (FAILED once BullMQ will not try again) and returns the error
   * for the job to fail with.
   */
  private async recordFailure(
    job: Job<SendMailJob>,
    mail: MailMessageEntity,
    error: unknown,
  ): Promise<unknown> {
    const failures = job.attemptsMade + 1;
    const permanent = isPermanentSmtpError(error);
    const exhausted = permanent || failures >= (job.opts.attempts ?? 1);
    const lastError = describeSmtpError(error);
    const backoff = job.opts.backoff;
    const base = typeof backoff === 'number' ? backoff : (backoff?.delay ?? this.options.backoffMs);
    await this.dataSource.getRepository(MailMessageEntity).update(
      { id: mail.id, status: MailStatus.PENDING },
      {
        attempts: () => 'attempts + 1',
        lastError,
        status: exhausted ? MailStatus.FAILED : MailStatus.PENDING,
        nextAttemptAt: exhausted ? null : new Date(Date.now() + retryDelayMs(failures, { backoffMs: base })),
      },
    );
    if (exhausted) {
      this.logger.error(
        `Courriel ${mail.id} (${mail.topic}) en échec définitif après ${failures} tentative(s) : ${lastError}`,
      );
      // A 5xx would fail again: tell BullMQ not to spend the remaining attempts on it.
      if (permanent) return new UnrecoverableError(lastError);
    } else {
      this.logger.warn(`Courriel ${mail.id} (${mail.topic}), tentative ${failures} en échec : ${lastError}`);
    }
    return error;
  }

  private logRedisError(error: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLog < 30_000) return;
    this.lastErrorLog = now;
    this.logger.warn(`Facteur des courriels : Redis injoignable (${error.message}).`);
  }
}
