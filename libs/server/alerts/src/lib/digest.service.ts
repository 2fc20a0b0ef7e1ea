import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ALERT_SEVERITY_LABELS, AlertSeverity, frenchShortDateTime } from '@continuum/domain';
import { MailService } from '@continuum/server/mail';
import { APP_CONFIG } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { DataSource } from 'typeorm';

interface Waiting {
  user_id: string;
  email: string;
  full_name: string;
  alerts: { id: string; title: string; body: string; severity: AlertSeverity; created_at: string }[];
}

/** The e-mail digest: the alerts waiting for each user who chose it, in one mail. */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(): Promise<number> {
    const mailIds = await this.dataSource.transaction(async (manager) => {
      const waiting: Waiting[] = await manager.query(
        `with picked as (
           select d.alert_id, d.user_id from alert_deliveries d
            where d.channel = 'EMAIL' and d.status = 'DIGEST'
            for update skip locked)
         select u.id as user_id, u.email, u.full_name,
                json_agg(json_build_object('id', a.id, 'title', a.title, 'body', a.body, 'severity', a.severity,
                                           'created_at', a.created_at) order by a.created_at) as alerts
           from picked p join users u on u.id = p.user_id join alerts a on a.id = p.alert_id
          where u.disabled_at is null
          group by u.id, u.email, u.full_name`,
      );
      if (waiting.length === 0) return [];
      const mails = await this.mail.queue(
        manager,
        waiting.map((user) => ({
          topic: 'alert.digest',
          recipientUserId: user.user_id,
          toAddress: user.email,
          toName: user.full_name,
          subject: `[Continuum] Récapitulatif : ${user.alerts.length} alerte${user.alerts.length > 1 ? 's' : ''}`,
          text: this.text(user),
        })),
      );
      for (const [index, user] of waiting.entries())
        await manager.query(
          `update alert_deliveries set status = 'SENT', mail_message_id = $3
            where channel = 'EMAIL' and status = 'DIGEST' and user_id = $1 and alert_id = any($2::uuid[])`,
          [user.user_id, user.alerts.map((alert) => alert.id), mails[index].id],
        );
      return mails.map((mail) => mail.id);
    });
    await this.mail.dispatch(mailIds);
    return mailIds.length;
  }

  private text(user: Waiting): string {
    return [
      `Bonjour ${user.full_name},`,
      '',
      'Voici les alertes reçues depuis votre dernier récapitulatif :',
      '',
      ...user.alerts.flatMap((alert) => [
        `• ${frenchShortDateTime(new Date(alert.created_at), this.config.timeZone)} — ${ALERT_SEVERITY_LABELS[alert.severity]} — ${alert.title}`,
        `  ${alert.body}`,
      ]),
      '',
      `Toutes vos alertes : ${this.config.publicUrl}/alertes`,
    ].join('\n');
  }
}
