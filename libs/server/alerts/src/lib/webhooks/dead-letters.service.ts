import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasRole, Role } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { MailService } from '@continuum/server/mail';
import {
  badInput,
  conflict,
  forbidden,
  InjectQueue,
  type JobQueue,
  notFound,
  pageSize,
} from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { WebhookDeliveryStatus } from './webhook.entities';
import { type DeliverWebhookJob, deliverJob, WEBHOOK_OPTIONS, type WebhookOptions } from './webhook.jobs';
import { DeliveryKind, FailedDeliveryModel } from './webhook.models';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An alert mail's subject names its case: the administration reads no case content (SHARING.md). */
const MASKED_SUBJECT = '[Continuum] Alerte sur un dossier (objet masqué)';

interface Row {
  kind: DeliveryKind;
  id: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  subject: string | null;
  about_case: boolean;
  to_address: string | null;
  organization_id: string | null;
  organization_name: string | null;
  response_status: number | null;
  alert_id: string | null;
  next_attempt_at: Date | null;
}

const MAILS = `
  select 'MAIL' as kind, m.id, m.status::text as status, m.attempts, m.last_error, m.created_at, m.subject,
         coalesce(a.case_id is not null and a.topic <> 'MANUAL', false) as about_case, m.to_address,
         null::uuid as organization_id, null::text as organization_name, null::int as response_status,
         null::uuid as alert_id, m.next_attempt_at
    from mail_messages m left join alerts a on m.topic = 'alert' and a.id = m.reference_id`;
const WEBHOOK_DELIVERIES = `
  select 'WEBHOOK' as kind, d.id, d.status::text as status, d.attempts, d.last_error, d.created_at, null as subject,
         false as about_case, null as to_address, w.organization_id, o.name as organization_name, d.response_status,
         d.alert_id, d.next_attempt_at
    from webhook_deliveries d join webhooks w on w.id = d.webhook_id join organizations o on o.id = w.organization_id`;

/**
 * The dead letters of the platform — mails and webhook deliveries that failed for good — for the
 * technical administration: what is needed to act (who, when, why), never a mail's body nor an
 * alert's content; and the replay, with a fresh set of attempts.
 */
@Injectable()
export class DeadLettersService {
  private readonly logger = new Logger(DeadLettersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @InjectQueue('webhooks') private readonly queue: JobQueue<DeliverWebhookJob>,
    private readonly audit: AuditService,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
  ) {}

  async list(first: number | undefined, principal: RequestPrincipal): Promise<FailedDeliveryModel[]> {
    this.assertAdmin(principal);
    const rows: Row[] = await this.dataSource.query(
      `(${MAILS} where m.status = 'FAILED')
       union all
       (${WEBHOOK_DELIVERIES} where d.status = 'FAILED')
       order by created_at desc, id desc limit $1`,
      [pageSize(first, 50)],
    );
    return rows.map(model);
  }

  /**
   * The mails and webhook deliveries still PENDING long after they were written: retried for a
   * long while, or with no job any more (Redis lost it and no sweeper runs). Newest first.
   */
  async stuck(
    first: number | undefined,
    olderThanMinutes: number | undefined,
    principal: RequestPrincipal,
  ): Promise<FailedDeliveryModel[]> {
    this.assertAdmin(principal);
    const minutes = olderThanMinutes ?? Math.round(this.options.stuckAfterMs / 60_000);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 7 * 24 * 60)
      throw badInput('olderThanMinutes', 'Une durée entre 1 minute et 7 jours (10 080 minutes).');
    const rows: Row[] = await this.dataSource.query(
      `(${MAILS} where m.status = 'PENDING' and m.created_at < now() - $2 * interval '1 minute')
       union all
       (${WEBHOOK_DELIVERIES} where d.status = 'PENDING' and d.created_at < now() - $2 * interval '1 minute')
       order by created_at desc, id desc limit $1`,
      [pageSize(first, 50), minutes],
    );
    return rows.map(model);
  }

  async replay(
    kind: DeliveryKind,
    id: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<FailedDeliveryModel> {
    this.assertAdmin(principal);
    if (!UUID.test(id)) throw badInput('id', 'Identifiant d’envoi invalide.');
    if (kind === DeliveryKind.MAIL) await this.mail.retry(id);
    else await this.replayWebhook(id);
    await this.audit.record({
      action: 'delivery.replayed',
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      subjectType: kind === DeliveryKind.MAIL ? 'MailMessage' : 'WebhookDelivery',
      subjectId: id,
      origin,
    });
    const [row]: Row[] = await this.dataSource.query(
      kind === DeliveryKind.MAIL ? `${MAILS} where m.id = $1` : `${WEBHOOK_DELIVERIES} where d.id = $1`,
      [id],
    );
    return model(row);
  }

  private async replayWebhook(id: string): Promise<void> {
    const [reset]: [{ id: string }[], number] = await this.dataSource.query(
      `update webhook_deliveries d set status = 'PENDING', next_attempt_at = now()
         from webhooks w
        where d.id = $1 and d.status = 'FAILED' and w.id = d.webhook_id and w.enabled
        returning d.id`,
      [id],
    );
    if (reset.length === 0) {
      const [row]: { status: WebhookDeliveryStatus; enabled: boolean }[] = await this.dataSource.query(
        `select d.status, w.enabled from webhook_deliveries d join webhooks w on w.id = d.webhook_id where d.id = $1`,
        [id],
      );
      if (!row) throw notFound('Envoi introuvable.');
      if (row.status === WebhookDeliveryStatus.SENT) throw conflict('id', 'Cet envoi a déjà abouti.');
      if (!row.enabled)
        throw conflict(
          'id',
          'Le webhook de cette organisation est désactivé : un de ses responsables doit d’abord le réactiver.',
        );
      // Already PENDING: on its way; make sure it is queued, as below.
    }
    await this.queue.ensureQueued(deliverJob(id, this.options)).catch((error: Error) => {
      this.logger.warn(`Envoi ${id} non remis à la file : ${error.message}`);
      throw conflict('id', 'La file des envois est injoignable : réessayez dans un instant.');
    });
  }

  private assertAdmin(principal: RequestPrincipal): void {
    if (!hasRole(principal.actor, Role.ADMIN)) throw forbidden('Réservé à l’administration technique.');
  }
}

function model(row: Row): FailedDeliveryModel {
  return {
    kind: row.kind,
    id: row.id,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    subject: row.about_case ? MASKED_SUBJECT : row.subject,
    toAddress: row.to_address,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    responseStatus: row.response_status,
    alertId: row.alert_id,
    nextAttemptAt: row.next_attempt_at,
  };
}
