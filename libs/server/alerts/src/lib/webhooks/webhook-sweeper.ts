import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BackgroundTasks, InjectQueue, type JobQueue, type Repeated } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { type DeliverWebhookJob, deliverJob, WEBHOOK_OPTIONS, type WebhookOptions } from './webhook.jobs';

const BATCH = 100;

interface Claimed {
  id: string;
  due_at: string | null;
  leased_to: string;
}

/**
 * Hands over the PENDING deliveries whose job is gone: Redis restarted (it keeps nothing on disk)
 * during a fan-out or while a retry was waiting, or the fan-out could not reach it. As the mail
 * sweeper does, as a background task (where workers run, at start and every `sweepMs`):
 *
 *  - a delivery is looked at only once it is due — its creation, or after a failure the next
 *    attempt BullMQ had planned (`next_attempt_at`) — plus a grace: a retry lost with Redis is made
 *    when it would have been, not earlier, so a failing endpoint is not hammered;
 *  - each sweeper claims its rows with `FOR UPDATE SKIP LOCKED` and pushes `next_attempt_at` by a
 *    lease in the same statement, so two never take the same row in one round and no lock is held
 *    while Redis is called;
 *  - the job is re-created under the row's id: a job still waiting, delayed or running is left
 *    alone, so a delivery is never queued twice.
 */
@Injectable()
export class WebhookSweeper {
  private readonly logger = new Logger(WebhookSweeper.name);
  private readonly task: Repeated;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WEBHOOK_OPTIONS) private readonly options: WebhookOptions,
    @InjectQueue('webhooks') private readonly queue: JobQueue<DeliverWebhookJob>,
    tasks: BackgroundTasks,
  ) {
    this.task = tasks.every(
      'Balayage des webhooks interrompu',
      options.sweepMs,
      () => this.sweep(),
      this.logger,
    );
  }

  /** Rounds while full batches had to be handed over; the number of deliveries queued again. */
  async sweep(): Promise<number> {
    let handed = 0;
    try {
      for (;;) {
        const round = await this.round();
        handed += round.handed;
        if (round.claimed < BATCH || round.handed === 0 || this.task.stopped) break;
      }
    } finally {
      if (handed > 0) this.logger.log(`${handed} envoi(s) de webhook en attente remis à la file.`);
    }
    return handed;
  }

  private async round(): Promise<{ claimed: number; handed: number }> {
    const leaseMs = Math.max(this.options.sweepMs * 2, 1000);
    const claimed: Claimed[] = await this.dataSource.query(
      `with due as (
         select id, next_attempt_at from webhook_deliveries
          where status = 'PENDING'
            and coalesce(next_attempt_at, created_at) <= now() - $1 * interval '1 millisecond'
          order by created_at
          limit ${BATCH}
          for update skip locked
       ), claimed as (
         update webhook_deliveries d set next_attempt_at = now() + $2 * interval '1 millisecond'
           from due where d.id = due.id
         -- As text: a JS Date would drop the microseconds the comparison in release() needs.
         returning d.id, due.next_attempt_at::text as due_at, d.next_attempt_at::text as leased_to
       )
       select id, due_at, leased_to from claimed`,
      [this.options.sweepGraceMs, leaseMs],
    );
    let handed = 0;
    for (const [index, row] of claimed.entries()) {
      try {
        if ((await this.queue.ensureQueued(deliverJob(row.id, this.options))) !== 'queued') handed += 1;
      } catch (error) {
        // Redis away: the rows not looked at are given back as they were (the lease would hold
        // them `leaseMs` after Redis returns), then the round stops.
        await this.release(claimed.slice(index));
        throw error;
      }
    }
    return { claimed: claimed.length, handed };
  }

  private async release(rows: Claimed[]): Promise<void> {
    await this.dataSource.query(
      `update webhook_deliveries d set next_attempt_at = r.due_at
         from unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) as r(id, due_at, leased_to)
        where d.id = r.id and d.status = 'PENDING' and d.next_attempt_at = r.leased_to`,
      [rows.map((row) => row.id), rows.map((row) => row.due_at), rows.map((row) => row.leased_to)],
    );
  }
}
