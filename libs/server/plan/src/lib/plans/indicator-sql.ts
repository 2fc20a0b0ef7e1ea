import { IndicatorSource, type IndicatorParameters, OutcomeMeasure } from '@continuum/domain/plan';
import type { AppAbility } from '@continuum/domain';
import { readableCases } from '@continuum/server/cases';
import { readableAggregates } from '@continuum/server/diagnostic';
import type { SqlCondition } from '@continuum/server/platform';
import { readableOperations, readableResultAggregates } from '../policy/plan-policy.sql';

/**
 * The statements that compute an indicator from the platform's own data: one per source, each
 * returning for every month of `:months` (consecutive first days of months) the value over the
 * twelve months that end with it — a count, a sum, a median or a share. The reader's policy is inside each one:
 * facts and results summed over the communes they may read, cases and operations they may read.
 * The parameters come checked (indicator-parameters.ts): only known categories, communes, zone,
 * kinds, measure and setting reach here, always as bound parameters.
 */
export interface IndicatorStatement {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Every statement has the same shape: the months asked (consecutive first days of months), the
 * span they need (eleven months before the first), one pass over the source that sums each month
 * (`n`, and `d` for a share), then twelve-month sums by a window over the months — one scan of the
 * data, whatever the number of months.
 */
function rolling(monthly: string, final = 'r.n'): string {
  return `with months as (select unnest(cast(:months as date[])) as month),
    span as (select (min(month) - interval '11 months')::date as first, (max(month) + interval '1 month')::date as last from months),
    monthly as (${monthly}),
    series as (select g::date as month from span, generate_series(span.first, span.last - interval '1 month', interval '1 month') g),
    rolled as (select s.month, sum(coalesce(m.n, 0)) over w as n, sum(coalesce(m.d, 0)) over w as d
                 from series s left join monthly m on m.month = s.month
               window w as (order by s.month rows between 11 preceding and current row))
    select months.month, (${final})::float8 as value from months join rolled r on r.month = months.month order by months.month`;
}

const IN_SPAN = (column: string) =>
  `${column} >= (select first from span) and ${column} < (select last from span)`;
const MONTH_OF = (column: string) => `date_trunc('month', ${column})::date`;
/** A date column's month without going through a time zone (a `date` is a calendar day). */
const MONTH_OF_DAY = (column: string) => `date_trunc('month', ${column}::timestamp)::date`;

/** The conditions of the parameters that are set, joined by `and` (none: `true`): the planner sees only real filters. */
function filters(conditions: (string | false | null | undefined)[]): string {
  const set = conditions.filter((condition): condition is string => Boolean(condition));
  return set.length ? set.join(' and ') : 'true';
}

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
  const withPolicy = (policy: SqlCondition, sql: string): IndicatorStatement => ({
    sql,
    params: { ...params, ...policy.params },
  });
  const communes = Boolean(parameters.communeCodes?.length);
  const categories = Boolean(parameters.categories?.length);
  const casePlace = (alias: string) =>
    filters([
      communes && `${alias}.commune_code = any(cast(:communes as varchar[]))`,
      parameters.zoneId &&
        `(${alias}.zone_id = cast(:zoneId as uuid)
          or ${alias}.location && (select z.shape from zones z where z.id = cast(:zoneId as uuid))
             and st_intersects(${alias}.location, (select z.shape from zones z where z.id = cast(:zoneId as uuid))))`,
      categories && `${alias}.category = any(cast(:categories as case_category[]))`,
    ]);
  const operationPlace = (alias: string) =>
    filters([
      communes &&
        `(${alias}.commune_codes && cast(:communes as varchar[])
          or exists (select 1 from zone_communes zc where zc.zone_id = ${alias}.zone_id and zc.commune_code = any(cast(:communes as varchar[]))))`,
      parameters.zoneId && `${alias}.zone_id = cast(:zoneId as uuid)`,
      Boolean(parameters.operationKinds?.length) && `${alias}.kind = any(cast(:kinds as operation_kind[]))`,
    ]);

  switch (source) {
    case IndicatorSource.INCIDENTS: {
      const policy = readableAggregates(ability, 'i.commune_code');
      return withPolicy(
        policy,
        rolling(`select i.month, sum(i.incidents) as n, 0 as d from incident_monthly_counts i
                  where ${IN_SPAN('i.month')}
                    and ${filters([
                      categories && 'i.category = any(cast(:categories as case_category[]))',
                      communes && 'i.commune_code = any(cast(:communes as varchar[]))',
                    ])}
                    and ${policy.sql}
                  group by i.month`),
      );
    }
    case IndicatorSource.CASES_OPENED:
    case IndicatorSource.CASES_RESOLVED: {
      const policy = readableCases(ability, 'c');
      const column = source === IndicatorSource.CASES_OPENED ? 'c.opened_at' : 'c.resolved_at';
      return withPolicy(
        policy,
        rolling(`select ${MONTH_OF(column)} as month, count(*) as n, 0 as d from cases c
                  where ${IN_SPAN(column)} and ${casePlace('c')} and ${policy.sql}
                  group by 1`),
      );
    }
    case IndicatorSource.CASE_RESOLUTION_DAYS: {
      // A median does not add up month by month: the cases resolved in the span are read once,
      // then each month takes the median of its twelve.
      const policy = readableCases(ability, 'c');
      return withPolicy(
        policy,
        `with months as (select unnest(cast(:months as date[])) as month),
              span as (select (min(month) - interval '11 months')::date as first, (max(month) + interval '1 month')::date as last from months),
              resolved as materialized (
                select ${MONTH_OF('c.resolved_at')} as month, extract(epoch from c.resolved_at - c.opened_at) / 86400 as days
                  from cases c where ${IN_SPAN('c.resolved_at')} and ${casePlace('c')} and ${policy.sql})
         select months.month, (select percentile_cont(0.5) within group (order by r.days) from resolved r
                                 where r.month > months.month - interval '12 months' and r.month <= months.month)::float8 as value
           from months order by months.month`,
      );
    }
    case IndicatorSource.ACTIONS_ON_TIME: {
      const policy = readableCases(ability, 'c');
      // Actions due in the window (and already due): the share done on or before their day.
      return withPolicy(
        policy,
        rolling(
          `select ${MONTH_OF_DAY('a.due_on')} as month,
                  count(*) filter (where a.completed_at is not null and (a.completed_at at time zone 'Europe/Paris')::date <= a.due_on) as n,
                  count(*) as d
             from case_actions a join cases c on c.id = a.case_id
            where ${IN_SPAN('a.due_on')} and a.due_on < (now() at time zone 'Europe/Paris')::date and a.status <> 'CANCELLED'
              and ${casePlace('c')} and ${policy.sql}
            group by 1`,
          '100.0 * r.n / nullif(r.d, 0)',
        ),
      );
    }
    case IndicatorSource.OPERATIONS: {
      const policy = readableOperations(ability, 'o');
      return withPolicy(
        policy,
        rolling(`select ${MONTH_OF('o.starts_at')} as month, count(*) as n, 0 as d from operations o
                  where o.status = 'DONE' and ${IN_SPAN('o.starts_at')} and ${operationPlace('o')} and ${policy.sql}
                  group by 1`),
      );
    }
    case IndicatorSource.OPERATION_OUTCOME: {
      const policy = readableOperations(ability, 'o');
      return withPolicy(
        policy,
        rolling(`select ${MONTH_OF('o.starts_at')} as month, coalesce(sum(${outcomeColumn(parameters.outcome)}), 0) as n, 0 as d
                   from operations o join operation_outcomes oo on oo.operation_id = o.id
                  where o.status = 'DONE' and ${IN_SPAN('o.starts_at')} and ${operationPlace('o')} and ${policy.sql}
                  group by 1`),
      );
    }
    // The dialogue's figures (libs/server/dialogue's tables), read here as aggregates by commune:
    // counts and delays, never a proposal or a commitment — the cabinet everywhere, others on their territory.
    case IndicatorSource.PROPOSALS_RECEIVED: {
      const policy = readableResultAggregates(ability, 'x.commune_code');
      return withPolicy(
        policy,
        rolling(`select ${MONTH_OF('x.created_at')} as month, count(*) as n, 0 as d from proposals x
                  where ${IN_SPAN('x.created_at')} and x.status <> 'REJECTED'
                    and ${filters([communes && 'x.commune_code = any(cast(:communes as varchar[]))'])} and ${policy.sql}
                  group by 1`),
      );
    }
    case IndicatorSource.PROPOSAL_ANSWER_DAYS: {
      const policy = readableResultAggregates(ability, 'x.commune_code');
      return withPolicy(
        policy,
        `with months as (select unnest(cast(:months as date[])) as month),
              span as (select (min(month) - interval '11 months')::date as first, (max(month) + interval '1 month')::date as last from months),
              answered as materialized (
                select ${MONTH_OF('x.triaged_at')} as month, extract(epoch from x.triaged_at - x.created_at) / 86400 as days
                  from proposals x
                 where ${IN_SPAN('x.triaged_at')} and x.status in ('ANSWERED', 'MERGED', 'CASE_OPENED')
                   and ${filters([communes && 'x.commune_code = any(cast(:communes as varchar[]))'])} and ${policy.sql})
         select months.month, (select percentile_cont(0.5) within group (order by a.days) from answered a
                                 where a.month > months.month - interval '12 months' and a.month <= months.month)::float8 as value
           from months order by months.month`,
      );
    }
    case IndicatorSource.COMMITMENTS_KEPT: {
      // Commitments due in the window (and already due), of signed or running contracts: the share kept by their day.
      const policy = readableResultAggregates(ability, 'cc.commune_code');
      return withPolicy(
        policy,
        rolling(
          `select ${MONTH_OF_DAY('k.due_on')} as month,
                  count(*) filter (where k.status = 'KEPT' and (k.status_changed_at at time zone 'Europe/Paris')::date <= k.due_on) as n,
                  count(*) as d
             from contract_commitments k join contracts ct on ct.id = k.contract_id
            where ${IN_SPAN('k.due_on')} and k.due_on < (now() at time zone 'Europe/Paris')::date
              and ct.status in ('SIGNED', 'IN_FORCE', 'EXPIRED')
              and exists (select 1 from contract_communes cc where cc.contract_id = ct.id
                           and ${filters([communes && 'cc.commune_code = any(cast(:communes as varchar[]))'])} and ${policy.sql})
            group by 1`,
          '100.0 * r.n / nullif(r.d, 0)',
        ),
      );
    }
    case IndicatorSource.PRESENCE_HOURS: {
      const policy = readableResultAggregates(ability, 'r.commune_code');
      return withPolicy(
        policy,
        rolling(`select ${MONTH_OF_DAY('w.week_start')} as month, sum(w.hours) as n, 0 as d
                   from (select r.week_start, sum(r.hours) as hours from presence_records r
                          where ${IN_SPAN('r.week_start')}
                            and ${filters([
                              parameters.setting && 'r.setting = cast(:setting as presence_setting)',
                              communes && 'r.commune_code = any(cast(:communes as varchar[]))',
                              parameters.zoneId && 'r.zone_id = cast(:zoneId as uuid)',
                            ])}
                            and ${policy.sql}
                          group by r.week_start) w
                  group by 1`),
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
