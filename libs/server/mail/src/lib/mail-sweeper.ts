import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BackgroundTasks, InjectQueue, type JobQueue, type Repeated } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { MAIL_OPTIONS, type MailJob, mailJob, type MailJobRef, type MailOptions } from './mail.jobs';

const BATCH = 100;

/**
 * Hands over the PENDING rows nobody queued: a crash between a commit and its `dispatch()`, Redis
 * away at that moment, or a job Redis lost (it runs without persistence here). A background task:
 * it runs where workers run, at start and every `sweepMs`.
 *
 * Several worker processes sweep the same table. Each claims its rows with `FOR UPDATE SKIP LOCKED`
 * and pushes their `next_attempt_at` forward by a lease in the same statement, so two sweepers
 * never take the same row in the same round and no lock is held while Redis is called. Were two
 * to meet anyway, the row id is the job id and the second add is a no-op. A row whose job is
 * still waiting or running is left alone; the lease only decides when it is looked at again.
 */
@Injectable()
export class MailSweeper {
  private readonly logger = new Logger(MailSweeper.name);
  private readonly task: Repeated;

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue('mail') private readonly queue: JobQueue<MailJob>,
    tasks: BackgroundTasks,
  ) {
    this.task = tasks.every(
      'Balayage des courriels interrompu',
      options.sweepMs,
      () => this.sweep(),
      this.logger,
    );
  }

  /**
   * Rounds while full batches need handing over (a Redis restart without persistence leaves
   * thousands of rows, not a hundred; a mere backlog of queued rows stops after one round);
   * resolves with the number of rows whose job had to be (re)created.
   */
  async sweep(): Promise<number> {
    let handed = 0;
    try {
      for (;;) {
        const round = await this.round();
        handed += round.handed;
        if (round.claimed < BATCH || round.handed === 0 || this.task.stopped) break;
      }
    } finally {
      if (handed > 0) this.logger.log(`${handed} courriel(s) en attente remis à la file.`);
    }
    return handed;
  }

  private async round(): Promise<{ claimed: number; handed: number }> {
    // Short: a row claimed while Redis was away comes back soon after it returns.
    const leaseMs = Math.max(this.options.sweepMs * 2, 1000);
    const claimed: { id: string; batch_id: string | null }[] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM mail_messages
          WHERE status = 'PENDING'
            AND (next_attempt_at <= now() - $1 * interval '1 millisecond'
                 OR (next_attempt_at IS NULL AND created_at <= now() - $1 * interval '1 millisecond'))
          ORDER BY created_at
          LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE mail_messages m SET next_attempt_at = now() + $2 * interval '1 millisecond'
           FROM due WHERE m.id = due.id
         RETURNING m.id, m.batch_id
       )
       SELECT id, batch_id FROM claimed`,
      [this.options.sweepGraceMs, leaseMs],
    );
    let handed = 0;
    // A batch's rows have one job between them: the batch's, looked at once.
    const batches = new Map<string, number>();
    for (const row of claimed)
      if (row.batch_id) batches.set(row.batch_id, (batches.get(row.batch_id) ?? 0) + 1);
    for (const [batchId, rows] of batches) {
      // Redis away: stop here; the lease brings these rows back in the next rounds.
      const check = await this.ensureQueued({ batchId });
      if (check !== 'queued') handed += rows;
    }
    for (const { id, batch_id } of claimed) {
      if (batch_id) continue;
      const check = await this.ensureQueued({ mailId: id });
      if (check !== 'queued') handed += 1;
    }
    return { claimed: claimed.length, handed };
  }

  private ensureQueued(ref: MailJobRef) {
    return this.queue.ensureQueued(mailJob(ref, this.options));
  }
}
