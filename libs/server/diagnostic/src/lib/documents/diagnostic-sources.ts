import type { AppAbility } from '@continuum/domain';
import type { DataSource } from 'typeorm';
import { readableAggregates } from '../diagnostic-policy.sql';

/** An import whose figures a diagnostic uses: its file, when it was imported, whether it is fictional. */
export interface DiagnosticSource {
  kind: 'INCIDENTS' | 'SSMSI';
  filename: string;
  fictional: boolean;
  importedAt: Date;
  /** For an SSMSI base: the year of its geography and the years its figures cover here. */
  geographyYear: number | null;
  firstYear: number | null;
  lastYear: number | null;
}

/**
 * The imports a diagnostic of `year` on `codes` rests on: the recorded incidents' files with a fact
 * of the year in the area (the reader's policy in the WHERE, as every read of the facts), and the
 * SSMSI bases with a figure for one of the area's communes — or a national one, for the national
 * comparison.
 */
export async function diagnosticSources(
  dataSource: DataSource,
  ability: AppAbility,
  codes: readonly string[],
  year: number,
  national: boolean,
): Promise<DiagnosticSource[]> {
  const policy = readableAggregates(ability, 'i.commune_code');
  const [sql, values] = dataSource.driver.escapeQueryWithParameters(
    `select d.kind::text as kind, d.filename, d.fictional, d.finished_at as "importedAt",
            d.geography_year as "geographyYear", y.first_year as "firstYear", y.last_year as "lastYear"
       from diagnostic_imports d
       left join lateral (select min(s.year)::int as first_year, max(s.year)::int as last_year
                            from ssmsi_statistics s where s.import_id = d.id
                             and (s.commune_code = any(:codes) or (:national and s.commune_code is null))) y
              on d.kind = 'SSMSI'
      where d.status = 'IMPORTED'
        and ((d.kind = 'INCIDENTS' and exists (
               select 1 from incidents i where i.import_id = d.id and i.commune_code = any(:codes) and ${policy.sql}
                  and i.starts_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Europe/Paris')
                  and i.starts_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Europe/Paris')))
          or (d.kind = 'SSMSI' and y.first_year is not null))
      order by d.kind, d.finished_at`,
    { ...policy.params, codes, year, national },
  );
  return dataSource.query(sql, values);
}
