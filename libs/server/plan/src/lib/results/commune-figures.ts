import { CASE_CATEGORIES, type CaseCategory } from '@continuum/domain';
import type { DataSource } from 'typeorm';
import { lastCompleteMonth, monthLabel, shiftMonths } from '../plans/plan-months';
import { run } from '../plans/plan-sql';

/** A category's facts in a commune over twelve months, beside the département's rate. */
export interface CommuneFactRow {
  category: CaseCategory;
  label: string;
  /** Null when masked (from 1 to the threshold − 1). */
  count: number | null;
  masked: boolean;
  /** Per 1,000 inhabitants; null when masked or the population is unknown. */
  rate: number | null;
  departementRate: number | null;
}

/** What a commune's results are made of, whoever reads them (the mayor's page, the public page). */
export interface CommuneFigures {
  code: string;
  name: string;
  population: number;
  period: string;
  facts: CommuneFactRow[];
  /** The sum of the visible figures only: a masked one cannot be found back by difference. */
  visibleFacts: number;
  partial: boolean;
  presenceHours: number;
  presencePerThousand: number | null;
  departementPresencePerThousand: number | null;
  operationsDone: number;
}

/**
 * The commune's aggregated figures over the twelve months ending with the last complete month:
 * recorded facts by category (masked below `minCell`, 0 masks nothing) with the département's
 * rates, hours of visible presence, coordinated operations done there. Never a row, a name or a
 * case: counts only. The caller has decided the reader may read this commune's aggregates.
 */
export async function communeFigures(
  dataSource: DataSource,
  code: string,
  minCell: number,
  today = new Date(),
): Promise<CommuneFigures | null> {
  const end = lastCompleteMonth(today);
  const start = shiftMonths(end, -11);
  const [commune] = await run<{
    code: string;
    name: string;
    population: number;
    departementCode: string;
    departementPopulation: number;
  }>(
    dataSource,
    `select c.code, c.name, c.population, c.departement_code as "departementCode",
            (select sum(d.population)::int from communes d where d.departement_code = c.departement_code) as "departementPopulation"
       from communes c where c.code = :code`,
    { code },
  );
  if (!commune) return null;
  const params = { code, start, end, dep: commune.departementCode };
  const facts = await run<{ category: CaseCategory; commune: number; departement: number }>(
    dataSource,
    `select i.category, coalesce(sum(i.incidents) filter (where i.commune_code = :code), 0)::int as commune,
            sum(i.incidents)::int as departement
       from incident_monthly_counts i join communes c on c.code = i.commune_code
      where c.departement_code = :dep and i.month between cast(:start as date) and cast(:end as date)
      group by i.category`,
    params,
  );
  const [presence] = await run<{ commune: number; departement: number }>(
    dataSource,
    `select coalesce(sum(r.hours) filter (where r.commune_code = :code), 0)::float8 as commune, coalesce(sum(r.hours), 0)::float8 as departement
       from presence_records r join communes c on c.code = r.commune_code
      where c.departement_code = :dep and r.week_start >= cast(:start as date) and r.week_start < cast(:end as date) + interval '1 month'`,
    params,
  );
  const [operations] = await run<{ count: number }>(
    dataSource,
    `select count(*)::int as count from operations o
      where o.status = 'DONE' and o.starts_at >= cast(:start as date) and o.starts_at < cast(:end as date) + interval '1 month'
        and (:code = any(o.commune_codes) or exists (select 1 from zone_communes zc where zc.zone_id = o.zone_id and zc.commune_code = :code))`,
    params,
  );
  const perThousand = (value: number, population: number) =>
    population > 0 ? Math.round((value * 10_000) / population) / 10 : null;
  const rows: CommuneFactRow[] = facts
    .filter((row) => row.commune > 0)
    .map((row) => {
      const masked = row.commune < minCell;
      return {
        category: row.category,
        label: CASE_CATEGORIES[row.category]?.label ?? row.category,
        count: masked ? null : row.commune,
        masked,
        rate: masked ? null : perThousand(row.commune, commune.population),
        departementRate: perThousand(row.departement, commune.departementPopulation),
      };
    })
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.label.localeCompare(b.label, 'fr'));
  return {
    code: commune.code,
    name: commune.name,
    population: commune.population,
    period: `${monthLabel(start)} – ${monthLabel(end)}`,
    facts: rows,
    visibleFacts: rows.reduce((sum, row) => sum + (row.count ?? 0), 0),
    partial: rows.some((row) => row.masked),
    presenceHours: presence.commune,
    presencePerThousand: perThousand(presence.commune, commune.population),
    departementPresencePerThousand: perThousand(presence.departement, commune.departementPopulation),
    operationsDone: operations.count,
  };
}
