import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BackgroundTasks } from '@continuum/server/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit.service';
import { RETENTION_RULES, type RetentionKey, retentionDays } from './retention-rules';

const DAY_MS = 86_400_000;

/** What one purge did, kind by kind. */
export type PurgeReport = Record<RetentionKey, number>;

/** Each purge, one statement answering how many rows it changed (`count`). */
const PURGES: Record<RetentionKey, string> = {
  // Nominative data of cases closed before the cutoff: names, addresses and notes wiped.
  CASE_PERSONS: `with done as (
      update case_persons p set full_name = 'Personne anonymisée', address = null, notes = null
        from cases c where c.id = p.case_id and c.status = 'CLOSED'
         and coalesce(c.resolved_at, c.updated_at) < $1 and p.full_name <> 'Personne anonymisée'
      returning p.id)
    select count(*)::int as count from done`,
  MAIL_BODIES: `with done as (
      update mail_messages set text = '', html = null, ics = null
       where status = 'SENT' and sent_at < $1 and (text <> '' or html is not null or ics is not null)
      returning id)
    select count(*)::int as count from done`,
  NOTIFICATIONS: `with done as (delete from notifications where created_at < $1 returning id)
    select count(*)::int as count from done`,
  // A proposal answered, merged, turned into a case or rejected long ago: nothing of its author's.
  PROPOSAL_CONTACTS: `with done as (
      update proposals set author_email = null, body = masked_body, personal_data = '[]'::jsonb
       where status in ('REJECTED', 'ANSWERED', 'MERGED', 'CASE_OPENED') and coalesce(triaged_at, moderated_at) < $1
         and (author_email is not null or body <> masked_body or personal_data <> '[]'::jsonb)
      returning id)
    select count(*)::int as count from done`,
  // A disabled account keeps its id (what it did stays attributed) but nothing of the person.
  DISABLED_ACCOUNTS: `with done as (
      update users set full_name = 'Compte supprimé', title = null, phone = null, password_hash = null,
                       email = 'supprime-' || id || '@invalid'
       where disabled_at < $1 and email not like 'supprime-%@invalid'
      returning id),
    totp as (delete from user_totp where user_id in (select id from done)),
    codes as (delete from user_recovery_codes where user_id in (select id from done))
    select count(*)::int as count from done`,
  // Whole months of the journal, as a prefix of its chain, with a checkpoint (migration JournalPurge):
  // a function with the owner's rights, the application's role having none on the journal.
  JOURNAL: `select audit_purge($1) as count`,
};

/**
 * Purges what has outlived its retention (retention-rules.ts), once a day where workers run: each
 * kind in its own transaction with the journal entry saying what was done, so that a failure of
 * one leaves the others done and nothing half done. `purge(now)` takes the clock as an argument.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);
  readonly days = retentionDays();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    tasks: BackgroundTasks,
  ) {
    tasks.every('Purge des données échues interrompue', DAY_MS, () => this.purge(), this.logger);
  }

  async purge(now = new Date()): Promise<PurgeReport> {
    const report = {} as PurgeReport;
    for (const rule of RETENTION_RULES) {
      const cutoff = new Date(now.getTime() - this.days[rule.key] * DAY_MS);
      report[rule.key] = await this.dataSource.transaction(async (manager: EntityManager) => {
        const [{ count }]: { count: number }[] = await manager.query(PURGES[rule.key], [cutoff]);
        // The journal's checkpoint goes into the purge's own entry, so that it is sealed in the chain.
        const checkpoint =
          rule.key === 'JOURNAL' && count > 0
            ? (
                await manager.query(
                  `select position, hash from audit_checkpoints order by position desc limit 1`,
                )
              )[0]
            : undefined;
        if (count > 0)
          await this.audit.record(
            {
              action: 'retention.purged',
              subjectType: 'Retention',
              subjectId: rule.key,
              details: {
                count,
                cutoff: cutoff.toISOString(),
                days: this.days[rule.key],
                outcome: rule.outcome,
                ...(checkpoint && { position: String(checkpoint.position), hash: checkpoint.hash }),
              },
            },
            manager,
          );
        return count;
      });
    }
    const total = Object.values(report).reduce((sum, count) => sum + count, 0);
    if (total > 0) this.logger.log(`Purge des données échues : ${JSON.stringify(report)}`);
    return report;
  }
}
