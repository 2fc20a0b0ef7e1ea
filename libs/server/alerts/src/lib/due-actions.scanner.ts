import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, emitEvent } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { EVENT_TOPICS } from './alert-content';

/**
 * Actions due tomorrow, and actions that became overdue: one event each per day, once (the
 * alert's dedupe key is the action, the kind and the day, so a second scan raises nothing).
 * Contracts' commitments past their deadline and still open (in a signed or running contract):
 * one event per commitment and deadline, once — a scan missed raises it at the next one.
 */
@Injectable()
export class DueActionsScanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async scan(): Promise<number> {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timeZone }).format(new Date());
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; kind: 'TOMORROW' | 'OVERDUE' }[] = await manager.query(
        `select a.id, case when a.due_on = $1::date + 1 then 'TOMORROW' else 'OVERDUE' end as kind
           from case_actions a
          where a.status in ('TODO', 'IN_PROGRESS')
            and (a.due_on = $1::date + 1 or a.due_on = $1::date - 1)
            and not exists (select 1 from alerts x where x.dedupe_key = 'action:' || a.id || ':' ||
                              (case when a.due_on = $1::date + 1 then 'TOMORROW' else 'OVERDUE' end) || ':' || $1)`,
        [today],
      );
      for (const row of rows)
        await emitEvent(manager, EVENT_TOPICS.ACTION_DUE, { actionId: row.id, kind: row.kind, day: today });
      const commitments: { id: string; due_on: string }[] = await manager.query(
        `select k.id, to_char(k.due_on, 'YYYY-MM-DD') as due_on
           from contract_commitments k join contracts ct on ct.id = k.contract_id
          where k.status in ('TODO', 'IN_PROGRESS') and k.due_on < $1::date
            and ct.status in ('SIGNED', 'IN_FORCE')
            and not exists (select 1 from alerts x
                             where x.dedupe_key = 'commitment:' || k.id || ':OVERDUE:' || to_char(k.due_on, 'YYYY-MM-DD'))`,
        [today],
      );
      for (const row of commitments)
        await emitEvent(manager, EVENT_TOPICS.COMMITMENT_OVERDUE, {
          commitmentId: row.id,
          dueOn: row.due_on,
        });
      return rows.length + commitments.length;
    });
  }
}
