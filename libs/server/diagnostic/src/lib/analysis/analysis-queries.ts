import type { AppAbility } from '@continuum/domain';
import type { DataSource } from 'typeorm';
import { readableAggregates } from '../diagnostic-policy.sql';

/**
 * The diagnostic's SQL: each statement counts the facts of the area's communes for one calendar
 * year (Paris time), and carries the reader's policy in its WHERE as well as the area it was given
 * — an area is only ever made of communes the policy let through, and the query checks it again.
 * Category × month and the communes read the monthly aggregates kept by the imports, the hour ×
 * weekday, place, profile and H3 cell counts the yearly ones (import-sql.ts): no statement here
 * reads the incidents themselves.
 */
export class AnalysisQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ability: AppAbility,
    private readonly codes: readonly string[],
    private readonly year: number,
    /**
     * Rows per commune, for a reader whose tables are masked commune by commune; otherwise (the
     * cabinet, whose figures are the area's true sums) each row is already the area's sum, under
     * one commune of the area (`min`) standing for all — fewer rows to carry, the same totals.
     */
    private readonly perCommune = true,
  ) {}

  private async run<T>(sql: string, column: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const policy = readableAggregates(this.ability, column);
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(
      this.byCommune(sql.replace('{policy}', policy.sql), column),
      { ...policy.params, ...params, codes: this.codes, year: this.year },
    );
    return this.dataSource.query(query, values);
  }

  /** `{commune}` the row's commune (see `perCommune`), `{byCommune}` the grouping by it, if any. */
  private byCommune(sql: string, column: string): string {
    return sql
      .replace('{commune}', this.perCommune ? column : `min(${column})`)
      .replace('{byCommune}', this.perCommune ? `${column}, ` : '');
  }

  /** (category, month 1–12, count) of a year; `year` defaults to the diagnostic's. */
  categoryMonths(
    year = this.year,
  ): Promise<{ commune: string; category: string; month: number; count: number }[]> {
    return this.run(
      `select {commune} as commune, m.category::text as category, extract(month from m.month)::int as month,
              sum(m.incidents)::int as count
         from incident_monthly_counts m
        where m.commune_code = any(:codes) and {policy}
          and m.month >= make_date(:y, 1, 1) and m.month < make_date(:y + 1, 1, 1)
        group by {byCommune} m.category, extract(month from m.month)`,
      'm.commune_code',
      { y: year },
    );
  }

  /** The last month of the year with facts anywhere in the département (0 for none). */
  async lastMonth(): Promise<number> {
    const [row] = await this.dataSource.query(
      `select coalesce(extract(month from max(month)), 0)::int as month from incident_monthly_counts
        where month >= make_date($1, 1, 1) and month < make_date($1 + 1, 1, 1)`,
      [this.year],
    );
    return row.month;
  }

  hourWeekday(): Promise<{ commune: string; weekday: number; hour: number; count: number }[]> {
    return this.run(
      `select {commune} as commune, split_part(b.key, '-', 1)::int as weekday,
              split_part(b.key, '-', 2)::int as hour, sum(b.incidents)::int as count
         from incident_yearly_breakdowns b
        where b.year = :year and b.facet = 'hourWeekday' and b.commune_code = any(:codes) and {policy}
        group by {byCommune} b.key`,
      'b.commune_code',
    );
  }

  placeTypes(): Promise<{ commune: string; key: string | null; count: number }[]> {
    return this.run(
      `select {commune} as commune, nullif(b.key, '') as key, sum(b.incidents)::int as count
         from incident_yearly_breakdowns b
        where b.year = :year and b.facet = 'place' and b.commune_code = any(:codes) and {policy}
        group by {byCommune} b.key`,
      'b.commune_code',
    );
  }

  /** Victim's and offender's age band and sex, one facet each. */
  profiles(): Promise<{ commune: string; dimension: string; key: string | null; count: number }[]> {
    return this.run(
      `select {commune} as commune, b.facet as dimension, nullif(b.key, '') as key, sum(b.incidents)::int as count
         from incident_yearly_breakdowns b
        where b.year = :year and b.facet in ('victimAge', 'victimSex', 'offenderAge', 'offenderSex')
          and b.commune_code = any(:codes) and {policy}
        group by {byCommune} b.facet, b.key`,
      'b.commune_code',
    );
  }

  /** Each commune of the area: population, dwellings (SSMSI, latest), facts and burglaries of the year. */
  communes(): Promise<
    {
      code: string;
      name: string;
      population: number;
      dwellings: number | null;
      incidents: number;
      burglaries: number;
    }[]
  > {
    return this.run(
      `select c.code, c.name, c.population,
              (select s.dwellings from ssmsi_statistics s where s.commune_code = c.code and s.dwellings is not null
                order by s.year desc limit 1) as dwellings,
              coalesce(sum(m.incidents), 0)::int as incidents,
              coalesce(sum(m.incidents) filter (where m.category = 'CAMBRIOLAGES'), 0)::int as burglaries
         from communes c
         left join incident_monthly_counts m on m.commune_code = c.code
          and m.month >= make_date(:year, 1, 1) and m.month < make_date(:year + 1, 1, 1)
        where c.code = any(:codes) and {policy}
        group by c.code, c.name, c.population order by c.name`,
      'c.code',
    );
  }

  /**
   * Every commune of the département, category × month of the year, with the département's
   * population and dwellings — for the comparison point, which a masked reader gets as the sum of
   * every commune's visible cells (so it is not filtered by the reader's area: it is published).
   */
  async departement(departementCode: string): Promise<{
    months: { commune: string; category: string; month: number; count: number }[];
    population: number;
    dwellings: number | null;
  }> {
    const [months, [base]] = await Promise.all([
      this.dataSource.query(
        // a row per commune is already one per (commune, category, month): no grouping then
        this.perCommune
          ? `select m.commune_code as commune, m.category::text as category,
                    extract(month from m.month)::int as month, m.incidents as count
               from incident_monthly_counts m join communes c on c.code = m.commune_code
              where c.departement_code = $1 and m.month >= make_date($2, 1, 1) and m.month < make_date($2 + 1, 1, 1)`
          : `select min(m.commune_code) as commune, m.category::text as category,
                    extract(month from m.month)::int as month, sum(m.incidents)::int as count
               from incident_monthly_counts m join communes c on c.code = m.commune_code
              where c.departement_code = $1 and m.month >= make_date($2, 1, 1) and m.month < make_date($2 + 1, 1, 1)
              group by m.category, extract(month from m.month)`,
        [departementCode, this.year],
      ),
      this.dataSource.query(
        `with d as (select c.population, (select s.dwellings from ssmsi_statistics s where s.commune_code = c.code
                      and s.dwellings is not null order by s.year desc limit 1) as dwellings
                      from communes c where c.departement_code = $1)
         select sum(population)::int as population,
                case when count(*) = count(dwellings) then sum(dwellings)::int end as dwellings from d`,
        [departementCode],
      ),
    ]);
    return { months, population: base.population, dwellings: base.dwellings };
  }

  /** Facts per H3 cell of a year, at resolution 8 or 9, in the area. */
  cells(resolution: 8 | 9, year: number): Promise<{ h3: string; count: number }[]> {
    return this.run(cellCountsSql(resolution), 'b.commune_code', { y: year });
  }
}

/**
 * Facts per H3 cell of the year `:y` in the communes `:codes`, `{policy}` standing for the reader's
 * condition on `b.commune_code`: what the hotspots are computed from (here and by
 * `departementHotCells`), read from the yearly breakdowns the imports keep.
 */
export function cellCountsSql(resolution: 8 | 9): string {
  return `select b.key as h3, sum(b.incidents)::int as count from incident_yearly_breakdowns b
        where b.year = :y and b.facet = '${resolution === 8 ? 'h3Res8' : 'h3Res9'}'
          and b.commune_code = any(:codes) and {policy}
        group by 1`;
}
