import { IndicatorSource, type IndicatorParameters, OutcomeMeasure } from '@continuum/domain/plan';
import type { AppAbility } from '@continuum/domain';
import { readableCases } from '@continuum/server/cases';
import { readableAggregates } from '@continuum/server/diagnostic';
import type { SqlCondition } from '@continuum/server/platform';
import { readableOperations, readableResultAggregates } from '../policy/plan-policy.sql';

/**
 * The statements that compute an indicator from the platform's own data: one per source, each
 * returning for every month of `:months` (first days of months) the value over the twelve months
 * that end with it — a count, a sum, a median or a share. The reader's policy is inside each one:
 * facts and results summed over the communes they may read, cases and operations they may read.
 * The parameters come checked (indicator-parameters.ts): only known categories, communes, zone,
 * kinds, measure and setting reach here, always as bound parameters.
 */
export interface IndicatorStatement {
  sql: string;
  params: Record<string, unknown>;
}

const WINDOW = `m.month - interval '11 months'`;
const WINDOW_END = `m.month + interval '1 month'`;

export function indicatorStatement(
  source: Exclude<IndicatorSource, IndicatorSource.MANUAL>,
  parameters: IndicatorParameters,
  ability: AppAbility,
): IndicatorStatement {
  const params: Record<string, unknown> = {
    categories: parameters.categories ?? null,
    communes: parameters.communeCodes ?? null,
    zoneId: parameters.zoneId ?? null,
    kinds: parameters.operationKinds ?? null,
    setting: parameters.setting ?? null,
  };
  const months = `select unnest(cast(:months as date[])) as month`;
  const withPolicy = (policy: SqlCondition, sql: string): IndicatorStatement => ({
    sql,
    params: { ...params, ...policy.params },
  });
  const casePlace = (alias: string) =>
    `(cast(:communes as text[]) is null or ${alias}.commune_code = any(cast(:communes as text[])))
     and (cast(:zoneId as uuid) is null or ${alias}.zone_id = cast(:zoneId as uuid)
          or ${alias}.location && (select z.shape from zones z where z.id = cast(:zoneId as uuid))
             and st_intersects(${alias}.location, (select z.shape from zones z where z.id = cast(:zoneId as uuid))))
     and (cast(:categories as text[]) is null or ${alias}.category::text = any(cast(:categories as text[])))`;
  const operationPlace = (alias: string) =>
    `(cast(:communes as text[]) is null or ${alias}.commune_codes && cast(:communes as varchar[])
        or exists (select 1 from zone_communes zc where zc.zone_id = ${alias}.zone_id and zc.commune_code = any(cast(:communes as text[]))))
     and (cast(:zoneId as uuid) is null or ${alias}.zone_id = cast(:zoneId as uuid))
     and (cast(:kinds as text[]) is null or ${alias}.kind::text = any(cast(:kinds as text[])))`;

  switch (source) {
    case IndicatorSource.INCIDENTS: {
      const policy = readableAggregates(ability, 'i.commune_code');
      return withPolicy(
        policy,
        `select m.month, coalesce(sum(i.incidents), 0)::float8 as value
           from (${months}) m
           left join incident_monthly_counts i
             on i.month >= ${WINDOW} and i.month <= m.month
            and (cast(:categories as text[]) is null or i.category::text = any(cast(:categories as text[])))
            and (cast(:communes as text[]) is null or i.commune_code = any(cast(:communes as text[])))
            and ${policy.sql}
          group by m.month order by m.month`,
      );
    }
    case IndicatorSource.CASES_OPENED:
    case IndicatorSource.CASES_RESOLVED: {
      const policy = readableCases(ability, 'c');
      const column = source === IndicatorSource.CASES_OPENED ? 'opened_at' : 'resolved_at';
      return withPolicy(
        policy,
        `select m.month, (select count(*) from cases c
                 where c.${column} >= ${WINDOW} and c.${column} < ${WINDOW_END}
                   and ${casePlace('c')} and ${policy.sql})::float8 as value
           from (${months}) m order by m.month`,
      );
    }
    case IndicatorSource.CASE_RESOLUTION_DAYS: {
      const policy = readableCases(ability, 'c');
      return withPolicy(
        policy,
        `select m.month, (select percentile_cont(0.5) within group (order by extract(epoch from c.resolved_at - c.opened_at) / 86400)
                 from cases c
                where c.resolved_at >= ${WINDOW} and c.resolved_at < ${WINDOW_END}
                  and ${casePlace('c')} and ${policy.sql})::float8 as value
           from (${months}) m order by m.month`,
      );
    }
    case IndicatorSource.ACTIONS_ON_TIME: {
      const policy = readableCases(ability, 'c');
      // Actions due in the window (and already due): the share done on or before their day.
      return withPolicy(
        policy,
        `select m.month, (select 100.0 * count(*) filter (where a.completed_at is not null
                                   and (a.completed_at at time zone 'Europe/Paris')::date <= a.due_on)
                         / nullif(count(*), 0)
                 from case_actions a join cases c on c.id = a.case_id
                where a.due_on >= ${WINDOW} and a.due_on < ${WINDOW_END}
                  and a.due_on < (now() at time zone 'Europe/Paris')::date
                  and a.status <> 'CANCELLED'
                  and ${casePlace('c')} and ${policy.sql})::float8 as value
           from (${months}) m order by m.month`,
      );
    }
    case IndicatorSource.OPERATIONS: {
      const policy = readableOperations(ability, 'o');
      return withPolicy(
        policy,
        `select m.month, (select count(*) from operations o
                 where o.status = 'DONE' and o.starts_at >= ${WINDOW} and o.starts_at < ${WINDOW_END}
                   and ${operationPlace('o')} and ${policy.sql})::float8 as value
           from (${months}) m order by m.month`,
      );
    }
    case IndicatorSource.OPERATION_OUTCOME: {
      const policy = readableOperations(ability, 'o');
      return withPolicy(
        policy,
        `select m.month, (select coalesce(sum(${outcomeColumn(parameters.outcome)}), 0)
                 from operations o join operation_outcomes oo on oo.operation_id = o.id
                 where o.status = 'DONE' and o.starts_at >= ${WINDOW} and o.starts_at < ${WINDOW_END}
                   and ${operationPlace('o')} and ${policy.sql})::float8 as value
           from (${months}) m order by m.month`,
      );
    }
    case IndicatorSource.PRESENCE_HOURS: {
      const policy = readableResultAggregates(ability, 'r.commune_code');
      return withPolicy(
        policy,
        `select m.month, (select coalesce(sum(r.hours), 0) from presence_records r
                 where r.week_start >= ${WINDOW} and r.week_start < ${WINDOW_END}
                   and (cast(:setting as text) is null or r.setting::text = cast(:setting as text))
                   and (cast(:communes as text[]) is null or r.commune_code = any(cast(:communes as text[])))
                   and (cast(:zoneId as uuid) is null or r.zone_id = cast(:zoneId as uuid))
                   and ${policy.sql})::float8 as value
           from (${months}) m order by m.month`,
      );
    }
  }
}

function outcomeColumn(measure: OutcomeMeasure | undefined): string {
  switch (measure ?? OutcomeMeasure.INTERPELLATIONS) {
    case OutcomeMeasure.INTERPELLATIONS:
      return 'oo.interpellations';
    case OutcomeMeasure.VERBALISATIONS:
      return 'oo.verbalisations';
    case OutcomeMeasure.FERMETURES_ADMINISTRATIVES:
      return 'oo.fermetures_administratives';
    case OutcomeMeasure.MONTANTS_RECOUVRES:
      return 'oo.montants_recouvres';
    case OutcomeMeasure.SAISIES:
      return 'jsonb_array_length(oo.seizures)';
  }
}
