import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { caseReadersCondition } from '@continuum/server/cases';
import { InjectQueue, type JobQueue } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { type DeliverWebhookJob, deliverJob, WEBHOOK_OPTIONS, type WebhookOptions } from './webhook.jobs';

/**
 * Whether the organisation `o` *as such* may read the case `c` (SQL, for a row that joins both):
 * the policy applied to a member with no role of their own and no name on any list. A webhook
 * feeds the organisation's system, not one person: what a coordinator reads by role, or a RED case
 * only its named users read, never goes there.
 */
export const ORGANIZATION_MAY_READ_CASE = `exists (
  select 1 from (select null::uuid as id, array[]::text[] as roles) anyone
   where ${caseReadersCondition('c', 'anyone', 'o')})`;

/**
 * A restricted working group's meeting (`m`) is read by name only (L132-5): no organisation's system
 * hears of it, not even its date.
 */
const RESTRICTED_MEETING = `(m.kind = 'GROUPE_RESTREINT' or m.working_group_id is not null)`;

/**
 * Writes the webhook deliveries of a fanned-out alert and hands them to the queue. The targets are
 * the organisations among the alert's recipients whose webhook is enabled — for an alert about a
 * case, those that may read it as an organisation. A retried fan-out writes nothing twice (one
 * delivery per webhook and alert) and re-queues only what is still PENDING (the job id is the row
 * id, so a delivery already queued is left alone).
 */
@Injectable()
export class WebhookDispatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue('webhooks') private readonly queue: JobQueue<DeliverWebhookJob>,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
  ) {}

  /** Throws when Redis refuses the jobs, so that the fan-out job is retried and queues them then. */
  async dispatch(alertId: string): Promise<number> {
    await this.dataSource.query(
      `insert into webhook_deliveries (webhook_id, alert_id)
       select distinct w.id, a.id
         from alerts a
         join notifications n on n.alert_id = a.id
         join webhooks w on w.organization_id = n.organization_id and w.enabled
         join organizations o on o.id = w.organization_id and o.disabled_at is null
         left join cases c on c.id = a.case_id
         left join meetings m on m.id = a.meeting_id
        where a.id = $1
          and (a.case_id is null or a.topic = 'MANUAL' or (c.id is not null and ${ORGANIZATION_MAY_READ_CASE}))
          and (m.id is null or not ${RESTRICTED_MEETING})
       on conflict (webhook_id, alert_id) do nothing`,
      [alertId],
    );
    const pending: { id: string }[] = await this.dataSource.query(
      `select id from webhook_deliveries where alert_id = $1 and status = 'PENDING'`,
      [alertId],
    );
    await this.queue.add(pending.map((row) => deliverJob(row.id, this.options)));
    return pending.length;
  }
}
