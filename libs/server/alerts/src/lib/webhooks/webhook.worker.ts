import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AlertSeverity, AlertTopic, CaseCategory, DOMAIN_EVENTS } from '@continuum/domain';
import {
  APP_CONFIG,
  emitEvent,
  type JobHandler,
  QueueHandler,
  retryDelayMs,
} from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { postWebhook, WebhookAttemptError } from './webhook-sender';
import { signWebhook } from './webhook-signature';
import { ORGANIZATION_MAY_READ_CASE } from './webhook.dispatcher';
import {
  DELIVER_WEBHOOK_JOB,
  type DeliverWebhookJob,
  WEBHOOK_OPTIONS,
  type WebhookOptions,
} from './webhook.jobs';

interface Delivery {
  id: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  webhook_id: string;
  url: string;
  secret: string;
  deliverable: boolean;
  alert_id: string;
  topic: AlertTopic;
  severity: AlertSeverity;
  category: CaseCategory | null;
  title: string;
  body: string;
  case_id: string | null;
  meeting_id: string | null;
  created_at: Date;
  case_readable: boolean;
}

/** What a partner's system receives: the alert as its organisation may read it, never a person. */
export interface WebhookPayload {
  id: string;
  topic: AlertTopic;
  severity: AlertSeverity;
  category: CaseCategory | null;
  title: string;
  body: string;
  createdAt: string;
  caseId: string | null;
  link: string;
}

/**
 * Runs the `webhooks` queue's jobs where workers run: reloads the delivery, signs and POSTs it,
 * writes the outcome on the row and lets BullMQ retry by rethrowing. After the last attempt the
 * delivery is FAILED and counts against its webhook, which is disabled after `disableAfter` failed
 * deliveries in a row — in the same transaction as the event that tells its managers.
 */
@Injectable()
@QueueHandler('webhooks')
export class WebhookWorker implements JobHandler<DeliverWebhookJob> {
  private readonly logger = new Logger(WebhookWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
  ) {}

  async process(job: Job<DeliverWebhookJob>): Promise<void> {
    if (job.name !== DELIVER_WEBHOOK_JOB) throw new UnrecoverableError(`Tâche inconnue « ${job.name} ».`);
    const delivery = await this.load(job.data.deliveryId);
    // Gone (webhook deleted) or already settled: a duplicated or stale job.
    if (!delivery || delivery.status !== 'PENDING') return;
    if (!delivery.deliverable)
      return this.giveUp(delivery, 'Webhook désactivé avant l’envoi : alerte non transmise.');
    if (delivery.case_id && delivery.topic !== AlertTopic.MANUAL && !delivery.case_readable)
      return this.giveUp(
        delivery,
        'L’organisation ne peut plus lire le dossier de cette alerte : non transmise.',
      );

    const body = JSON.stringify(this.payload(delivery));
    const timestamp = Math.floor(Date.now() / 1000);
    let status: number;
    try {
      status = await postWebhook({
        url: delivery.url,
        body,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Continuum-Webhook/1',
          'X-Continuum-Timestamp': String(timestamp),
          'X-Continuum-Signature': signWebhook(delivery.secret, timestamp, body),
          'X-Continuum-Delivery': delivery.id,
        },
        timeoutMs: this.options.timeoutMs,
        guarded: this.config.env === 'production',
      });
    } catch (error) {
      throw await this.recordFailure(job, delivery, error);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `update webhook_deliveries set status = 'SENT', delivered_at = now(), attempts = attempts + 1,
                response_status = $2, last_error = null, next_attempt_at = null
          where id = $1 and status = 'PENDING'`,
        [delivery.id, status],
      );
      await manager.query(
        `update webhooks set consecutive_failures = 0 where id = $1 and consecutive_failures <> 0`,
        [delivery.webhook_id],
      );
    });
  }

  private payload(delivery: Delivery): WebhookPayload {
    // The case (its id and link) only where the organisation may read it — a manual alert may
    // carry a case some of its audience may not read.
    const caseId = delivery.case_id && delivery.case_readable ? delivery.case_id : null;
    const link = caseId
      ? `${this.config.publicUrl}/dossiers/${caseId}`
      : delivery.meeting_id
        ? `${this.config.publicUrl}/seances/${delivery.meeting_id}`
        : `${this.config.publicUrl}/alertes`;
    return {
      id: delivery.alert_id,
      topic: delivery.topic,
      severity: delivery.severity,
      category: delivery.category,
      title: delivery.title,
      body: delivery.body,
      createdAt: new Date(delivery.created_at).toISOString(),
      caseId,
      link,
    };
  }

  private async load(id: string): Promise<Delivery | null> {
    const [row]: Delivery[] = await this.dataSource.query(
      `select d.id, d.status, w.id as webhook_id, w.url, w.secret,
              (w.enabled and o.disabled_at is null) as deliverable,
              a.id as alert_id, a.topic, a.severity, a.category, a.title, a.body, a.case_id, a.meeting_id,
              a.created_at, (c.id is not null and ${ORGANIZATION_MAY_READ_CASE}) as case_readable
         from webhook_deliveries d
         join webhooks w on w.id = d.webhook_id
         join organizations o on o.id = w.organization_id
         join alerts a on a.id = d.alert_id
         left join cases c on c.id = a.case_id
        where d.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Not sent, and never will be as things stand: FAILED without counting against the endpoint. */
  private async giveUp(delivery: Delivery, reason: string): Promise<void> {
    await this.dataSource.query(
      `update webhook_deliveries set status = 'FAILED', last_error = $2, next_attempt_at = null
        where id = $1 and status = 'PENDING'`,
      [delivery.id, reason],
    );
  }

  /**
   * Writes the attempt on the row — FAILED once BullMQ will not try again, which counts against the
   * webhook and may disable it — and returns the error for the job to fail with.
   */
  private async recordFailure(
    job: Job<DeliverWebhookJob>,
    delivery: Delivery,
    error: unknown,
  ): Promise<Error> {
    const failures = job.attemptsMade + 1;
    const exhausted = failures >= (job.opts.attempts ?? 1);
    const message =
      error instanceof WebhookAttemptError
        ? error.message
        : `Échec de l’envoi (${(error as Error).message}).`;
    const responseStatus = error instanceof WebhookAttemptError ? error.responseStatus : null;
    const backoff = job.opts.backoff;
    const base = typeof backoff === 'number' ? backoff : (backoff?.delay ?? this.options.backoffMs);
    const disabled = await this.dataSource.transaction(async (manager) => {
      const [, updated]: [unknown, number] = await manager.query(
        `update webhook_deliveries set attempts = attempts + 1, last_error = $2, response_status = $3,
                status = $4::webhook_delivery_status, next_attempt_at = $5
          where id = $1 and status = 'PENDING'`,
        [
          delivery.id,
          message,
          responseStatus,
          exhausted ? 'FAILED' : 'PENDING',
          exhausted ? null : new Date(Date.now() + retryDelayMs(failures, base)),
        ],
      );
      if (!exhausted || !updated) return false;
      const [[counted]]: [{ consecutive_failures: number }[], number] = await manager.query(
        `update webhooks set consecutive_failures = consecutive_failures + 1 where id = $1
         returning consecutive_failures`,
        [delivery.webhook_id],
      );
      if (!counted || counted.consecutive_failures < this.options.disableAfter) return false;
      const [switchedOff]: [{ id: string }[], number] = await manager.query(
        `update webhooks set enabled = false, disabled_at = now(), disabled_reason = $2
          where id = $1 and enabled returning id`,
        [
          delivery.webhook_id,
          `Désactivé automatiquement après ${counted.consecutive_failures} envois en échec consécutifs. Dernière erreur : ${message}`,
        ],
      );
      if (switchedOff.length === 0) return false;
      await emitEvent(manager, DOMAIN_EVENTS.WEBHOOK_DISABLED, { webhookId: delivery.webhook_id });
      return true;
    });
    if (disabled) this.logger.warn(`Webhook ${delivery.webhook_id} désactivé après des échecs répétés.`);
    else if (exhausted)
      this.logger.warn(
        `Webhook : envoi ${delivery.id} en échec définitif après ${failures} tentative(s) : ${message}`,
      );
    return error instanceof Error ? error : new Error(message);
  }
}
