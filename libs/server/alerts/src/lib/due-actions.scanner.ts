import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, emitEvent } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { EVENT_TOPICS } from './alert-content';

/**
 * Actions due tomorrow, and actions that became overdue: one event each per day, once (the
 * alert's dedupe key is the action, the kind and the day, so a second scan raises nothing).
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
      return rows.length;
    });
  }
}
