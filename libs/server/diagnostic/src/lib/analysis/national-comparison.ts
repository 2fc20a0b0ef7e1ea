import type { DataSource } from 'typeorm';
import type { DiagnosticNationalComparisonModel } from './analysis.models';

/** A figure of the SSMSI at one level, for one indicator and counting unit, as stored. */
export interface SsmsiLevelFigure {
  level: 'NATIONAL' | 'DEPARTEMENT' | 'COMMUNES';
  indicator: string;
  unit: string;
  burglaries: boolean;
  /** Every figure published (for the communes' sum: none of them secret). */
  published: boolean;
  count: number | null;
  rate: number | null;
  population: number | null;
  dwellings: number | null;
  /** For the communes' sum: how many of the département's communes have a secret figure or none. */
  unknown: number;
}

/**
 * The SSMSI's figures to set the département against France, for the latest year ≤ `year` with a
 * national figure: the national (`FRANCE`) and départemental rows of the latest edition that gives
 * them, and the sum of the département's communal rows (latest edition per commune) for a
 * département whose own row was not loaded. Published statistics: no reader's policy applies to
 * them, the caller decides who is shown the comparison.
 */
export async function ssmsiLevelFigures(
  dataSource: DataSource,
  departementCode: string,
  year: number,
): Promise<{ year: number; figures: SsmsiLevelFigure[] } | null> {
  const [found] = await dataSource.query(
    `select max(year)::int as year from ssmsi_statistics
      where commune_code is null and published_code = 'FRANCE' and year <= $1`,
    [year],
  );
  if (!found?.year) return null;
  const figures: SsmsiLevelFigure[] = await dataSource.query(
    `with supra as (
       select distinct on (s.published_code) s.import_id, s.published_code
         from ssmsi_statistics s join diagnostic_imports i on i.id = s.import_id
        where s.commune_code is null and s.published_code in ('FRANCE', $1) and s.year = $2
        order by s.published_code, i.finished_at desc, i.id desc),
     communal as (
       select distinct on (s.commune_code) s.commune_code, s.import_id
         from ssmsi_statistics s join diagnostic_imports i on i.id = s.import_id
         join communes c on c.code = s.commune_code
        where c.departement_code = $1 and s.year = $2
        order by s.commune_code, i.finished_at desc, i.id desc),
     -- counted once: as a subquery of the join, PostgreSQL counted the communes again for every row
     d as materialized (select count(*)::int as communes from communes where departement_code = $1)
     select case when s.published_code = 'FRANCE' then 'NATIONAL' else 'DEPARTEMENT' end as level,
            s.indicator, s.counting_unit as unit, coalesce(s.category::text = 'CAMBRIOLAGES', false) as burglaries,
            s.published, s.count, s.rate_per_thousand::float8 as rate, s.population, s.dwellings, 0 as unknown
       from ssmsi_statistics s join supra using (import_id, published_code)
      where s.commune_code is null and s.year = $2
     union all
     select 'COMMUNES', s.indicator, s.counting_unit, bool_or(coalesce(s.category::text = 'CAMBRIOLAGES', false)),
            bool_and(s.published and s.count is not null),
            -- a sum with a secret or missing commune in it is unknown: never the sum of the others
            case when bool_and(s.published and s.count is not null) and count(*) = max(d.communes)
                 then sum(s.count)::int end,
            null, sum(s.population)::int,
            case when count(s.dwellings) = count(*) then sum(s.dwellings)::int end,
            (count(*) filter (where not s.published or s.count is null) + max(d.communes) - count(*))::int
       from ssmsi_statistics s join communal using (commune_code, import_id)
       cross join d
      where s.year = $2
      group by s.indicator, s.counting_unit`,
    [departementCode, found.year],
  );
  return { year: found.year, figures };
}

/**
 * One row per national indicator: the national rate as published, the département's as published
 * (its own row), else computed from its communes' published figures when every commune has one
 * — a secret or missing commune makes the département's rate unknown, never a sum of the others.
 */
export function nationalComparison(
  figures: readonly SsmsiLevelFigure[],
): DiagnosticNationalComparisonModel[] {
  const key = (figure: SsmsiLevelFigure) => `${figure.indicator}\u0000${figure.unit}`;
  const at = (level: SsmsiLevelFigure['level']) =>
    new Map(figures.filter((figure) => figure.level === level).map((figure) => [key(figure), figure]));
  const departement = at('DEPARTEMENT');
  const communes = at('COMMUNES');
  return figures
    .filter((figure) => figure.level === 'NATIONAL')
    .sort((a, b) => a.indicator.localeCompare(b.indicator, 'fr'))
    .map((national) => {
      const own = departement.get(key(national));
      const summed = communes.get(key(national));
      const base = summed && (national.burglaries ? summed.dwellings : summed.population);
      const computed =
        summed && summed.count !== null && base ? Math.round((summed.count * 1e6) / base) / 1000 : null;
      return {
        indicator: national.indicator,
        countingUnit: national.unit,
        basis: national.burglaries ? 'pour 1 000 logements' : 'pour 1 000 habitants',
        nationalRate: national.published ? national.rate : null,
        departementRate: own ? (own.published ? own.rate : null) : computed,
        departementSource: own ? 'DEPARTEMENT' : summed ? 'COMMUNES' : null,
        unknownCommunes: own ? 0 : (summed?.unknown ?? 0),
      };
    });
}
