import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ALERT_SEVERITY_LABELS, ALERT_TOPIC_LABELS } from '@continuum/domain';
import { MailService } from '@continuum/server/mail';
import { APP_CONFIG } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { draftFromEvent, EVENT_TOPICS, mailSubject } from './alert-content';
import { AlertEntity } from './alerts.entities';
import { LiveNotifications } from './live-notifications';
import { RECIPIENTS_SQL } from './recipients.sql';
import { WebhookDispatcher } from './webhooks/webhook.dispatcher';

export interface FanOutResult {
  alertId: string | null;
  recipients: number;
  notified: number;
  mailed: number;
}

/**
 * Turns one outbox event into an alert and delivers it: the recipients are resolved in SQL, and
 * each delivery is written once (a notification per alert and user; an e-mail delivery per alert,
 * user and channel), so that a job run again after a crash delivers nothing twice.
 */
@Injectable()
export class FanOutService {
  private readonly logger = new Logger(FanOutService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly live: LiveNotifications,
    private readonly webhooks: WebhookDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(eventId: string): Promise<FanOutResult> {
    const alert = await this.alertOf(eventId);
    if (!alert) {
      await this.handled(eventId);
      return { alertId: null, recipients: 0, notified: 0, mailed: 0 };
    }
    // First the in-app notifications and the e-mail deliveries to make, committed on their own so
    // that people see the alert without waiting for thousands of mails to be written.
    const outcome = await this.dataSource.transaction(async (manager) => {
      const [row]: { total: number; notified: { user_id: string; id: string }[] | null }[] =
        await manager.query(
          `with r as (${RECIPIENTS_SQL}),
           n as (insert into notifications (alert_id, user_id, organization_id)
                 select $1, r.user_id, r.organization_id from r where r.in_app
                 on conflict (alert_id, user_id) do nothing returning user_id, id),
           d as (insert into alert_deliveries (alert_id, user_id, channel, status)
                 select $1, r.user_id, 'EMAIL', case when r.email_mode = 'DIGEST' then 'DIGEST' else 'PENDING' end::delivery_status
                   from r where r.email_mode <> 'NONE'
                 on conflict do nothing)
           select (select count(*)::int from r) as total, (select json_agg(n) from n) as notified`,
          [alert.id],
        );
      await manager.query(
        `update alerts set recipient_count = (select count(*) from notifications where alert_id = $1), fanned_out_at = now() where id = $1`,
        [alert.id],
      );
      return { total: row.total, notified: row.notified ?? [] };
    });
    await this.live.publish(outcome.notified.map((n) => ({ userId: n.user_id, notificationId: n.id })));
    // Then the immediate e-mails: one row per delivery still without its message, the same text for
    // all, sent in batches (one message to many recipients, each unseen by the others). A job run
    // again after a crash between the two transactions writes what is missing, and only that.
    const mails = await this.dataSource.transaction(async (manager) => {
      const written = await this.mail.queueSelected(
        manager,
        `select 'alert' as topic, d.alert_id as reference_id, d.user_id as recipient_user_id,
                u.email as to_address, u.full_name as to_name, $2::text as subject, $3::text as text
           from alert_deliveries d join users u on u.id = d.user_id
          where d.alert_id = $1 and d.channel = 'EMAIL' and d.status = 'PENDING' and d.mail_message_id is null
          for update of d`,
        [alert.id, mailSubject(alert), this.mailText(alert)],
        { batched: true },
      );
      if (written.length)
        await manager.query(
          `update alert_deliveries d set mail_message_id = m.id, status = 'SENT'
             from unnest($2::uuid[], $3::uuid[]) as m(id, user_id)
            where d.alert_id = $1 and d.user_id = m.user_id and d.channel = 'EMAIL'`,
          [alert.id, written.map((mail) => mail.id), written.map((mail) => mail.recipientUserId)],
        );
      return written;
    });
    await this.mail.dispatchQueued(mails);
    // Last: it throws when Redis refuses the jobs, and the retried fan-out then queues them.
    await this.webhooks.dispatch(alert.id);
    await this.handled(eventId);
    return {
      alertId: alert.id,
      recipients: outcome.total,
      notified: outcome.notified.length,
      mailed: mails.length,
    };
  }

  /** Marks the event done: the relay no longer looks whether its job is still in Redis. */
  private async handled(eventId: string): Promise<void> {
    await this.dataSource.query(
      'update outbox_events set handled_at = now() where id = $1 and handled_at is null',
      [eventId],
    );
  }

  /** The alert of an event: written by its author (manual), or drafted now from the event, once. */
  private async alertOf(eventId: string): Promise<AlertEntity | null> {
    const repository = this.dataSource.getRepository(AlertEntity);
    const existing = await repository.findOneBy({ outboxEventId: eventId });
    if (existing) return existing;
    const [event]: { topic: string; payload: Record<string, unknown> }[] = await this.dataSource.query(
      'select topic, payload from outbox_events where id = $1',
      [eventId],
    );
    if (!event) return null;
    if (event.topic === EVENT_TOPICS.ALERT_WRITTEN)
      return repository.findOneBy({ id: String(event.payload['alertId']) });
    const draft = await draftFromEvent(
      this.dataSource.manager,
      event.topic,
      event.payload,
      this.config.timeZone,
    );
    if (!draft) return null;
    const inserted: { id: string }[] = await this.dataSource.query(
      `insert into alerts (topic, severity, category, title, body, case_id, meeting_id, commune_codes, zone_ids,
                           longitude, latitude, targeting, dedupe_key, outbox_event_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       on conflict do nothing returning id`,
      [
        draft.topic,
        draft.severity,
        draft.category,
        draft.title,
        draft.body,
        draft.caseId,
        draft.meetingId,
        draft.communeCodes,
        draft.zoneIds,
        draft.longitude,
        draft.latitude,
        JSON.stringify(draft.targeting),
        draft.dedupeKey,
        eventId,
      ],
    );
    // Nothing inserted: the same event (or the same scanned fact) already raised its alert.
    return inserted.length
      ? repository.findOneBy({ id: inserted[0].id })
      : repository.findOneBy({ outboxEventId: eventId });
  }

  private mailText(alert: AlertEntity): string {
    const link =
      alert.caseId && alert.topic !== 'MANUAL'
        ? `${this.config.publicUrl}/dossiers/${alert.caseId}`
        : alert.meetingId
          ? `${this.config.publicUrl}/seances/${alert.meetingId}`
          : `${this.config.publicUrl}/alertes`;
    return [
      `${ALERT_SEVERITY_LABELS[alert.severity]} — ${ALERT_TOPIC_LABELS[alert.topic]}`,
      '',
      alert.title,
      '',
      alert.body,
      '',
      alert.authorLabel ? `Émise par ${alert.authorLabel}.` : '',
      `Voir dans Continuum : ${link}`,
      '',
      'Vous recevez ce courriel selon vos préférences d’alerte, modifiables dans Continuum.',
    ]
      .filter((line, index, all) => line !== '' || all[index - 1] !== '')
      .join('\n');
  }
}
