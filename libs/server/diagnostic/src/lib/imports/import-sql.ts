import { COMMUNE_BORDER_TOLERANCE_M, pointInCommuneSql } from '@continuum/server/territory';
import type { PoolClient } from 'pg';
import { INCIDENT_STAGING_COLUMNS, SSMSI_STAGING_COLUMNS } from './staging';

/**
 * The statements of an import past the reading of its lines, each run in the caller's transaction
 * (a pg client: the job's, or the seed's): the checks that need the database, the counts, and the
 * insertion of the valid lines.
 */
type Queryable = Pick<PoolClient, 'query'>;

export const STAGING_TABLE = { INCIDENTS: 'incident_import_lines', SSMSI: 'ssmsi_import_lines' } as const;

/**
 * Rejects the staged incidents whose point lies outside their commune (the territory's rule, with
 * its tolerance at the border), all at once.
 */
export async function rejectPointsOutsideCommune(db: Queryable, importId: string): Promise<void> {
  await db.query(
    `update incident_import_lines l
        set rejection = 'Point (' || replace(round(l.longitude::numeric, 5)::float8::text, '.', ',') || ' ; '
                        || replace(round(l.latitude::numeric, 5)::float8::text, '.', ',') || ') hors de la commune '
                        || c.code || ' (' || c.name || '), au-delà de la tolérance de ${COMMUNE_BORDER_TOLERANCE_M} m à la limite.'
       from communes c
      where l.import_id = $1 and l.rejection is null and l.longitude is not null
        and c.code = l.commune_code
        and not ${pointInCommuneSql('c.outline', 'ST_SetSRID(ST_MakePoint(l.longitude, l.latitude), 4326)')}`,
    [importId],
  );
}

/** Rejects a second figure for the same commune, year, indicator and counting unit in one SSMSI file. */
export async function rejectSsmsiDuplicates(db: Queryable, importId: string): Promise<void> {
  await db.query(
    `update ssmsi_import_lines l
        set rejection = 'Même commune, année, indicateur et unité de compte qu’à la ligne ' || d.first_line || '.'
       from (select line_number, min(line_number) over (partition by published_code, year, indicator, counting_unit) as first_line
               from ssmsi_import_lines where import_id = $1 and rejection is null) d
      where l.import_id = $1 and l.line_number = d.line_number and d.line_number > d.first_line`,
    [importId],
  );
}

export async function stagedCounts(
  db: Queryable,
  table: string,
  importId: string,
): Promise<{ valid: number; rejected: number }> {
  const {
    rows: [row],
  } = await db.query<{ valid: string; rejected: string }>(
    `select count(*) filter (where rejection is null) as valid, count(*) filter (where rejection is not null) as rejected
       from ${table} where import_id = $1`,
    [importId],
  );
  return { valid: Number(row.valid), rejected: Number(row.rejected) };
}

/**
 * Inserts the import's valid incidents, adds them to the monthly counts and empties the staging of
 * them (the rejected lines stay, for the report). Returns how many were inserted.
 */
export async function commitIncidents(db: Queryable, importId: string, timeZone: string): Promise<number> {
  const columns = INCIDENT_STAGING_COLUMNS.join(', ');
  const { rowCount: inserted } = await db.query(
    `insert into incidents (import_id, line_number, ${columns})
     select import_id, line_number, ${columns} from incident_import_lines where import_id = $1 and rejection is null`,
    [importId],
  );
  await addToMonthlyCounts(db, importId, timeZone);
  await addToYearlyBreakdowns(db, importId, timeZone);
  await db.query('delete from incident_import_lines where import_id = $1 and rejection is null', [importId]);
  return inserted ?? 0;
}

/**
 * Adds an import's incidents to `incident_monthly_counts` (by commune, category and month of their
 * start, in `timeZone`): the incremental refresh of the aggregate, in the import's transaction.
 */
export async function addToMonthlyCounts(db: Queryable, importId: string, timeZone: string): Promise<void> {
  await db.query(
    `insert into incident_monthly_counts (commune_code, category, month, incidents)
     select commune_code, category, date_trunc('month', starts_at at time zone $2)::date, count(*)
       from incidents where import_id = $1
      group by 1, 2, 3
     on conflict (commune_code, category, month)
     do update set incidents = incident_monthly_counts.incidents + excluded.incidents`,
    [importId, timeZone],
  );
}

/**
 * The hour × weekday (facts whose time is known, key `isodow-hour`), place, profile and H3 cell
 * (resolutions 8 and 9, located facts) breakdowns of
 * the incidents matching `where`, counted per commune and year of their start in the time zone
 * `timeZone` (SQL placeholders, both): one pass, one grouping set per facet; an unknown value's key
 * is ''. The migration that created `incident_yearly_breakdowns` filled it with the same statement.
 */
export function breakdownsOf(where: string, timeZone: string): string {
  return `select commune_code, year,
            case when grouping(time_known) = 0 then 'hourWeekday' when grouping(place_type) = 0 then 'place'
                 when grouping(victim_age_band) = 0 then 'victimAge' when grouping(victim_sex) = 0 then 'victimSex'
                 when grouping(offender_age_band) = 0 then 'offenderAge' when grouping(offender_sex) = 0 then 'offenderSex'
                 when grouping(h3_res8) = 0 then 'h3Res8' else 'h3Res9' end as facet,
            case when grouping(time_known) = 0 then weekday || '-' || hour
                 else coalesce(place_type::text, victim_age_band::text, victim_sex::text, offender_age_band::text,
                               offender_sex::text, h3_res8, h3_res9, '') end as key,
            count(*)::int as incidents
       from (select i.commune_code, extract(year from t.local)::int as year, i.time_known,
                    extract(isodow from t.local)::int as weekday, extract(hour from t.local)::int as hour,
                    i.place_type, i.victim_age_band, i.victim_sex, i.offender_age_band, i.offender_sex,
                    i.h3_res8, i.h3_res9
               from incidents i cross join lateral (select i.starts_at at time zone ${timeZone} as local) t
              where ${where}) f
      group by grouping sets ((commune_code, year, time_known, weekday, hour), (commune_code, year, place_type),
                              (commune_code, year, victim_age_band), (commune_code, year, victim_sex),
                              (commune_code, year, offender_age_band), (commune_code, year, offender_sex),
                              (commune_code, year, h3_res8), (commune_code, year, h3_res9))
     having (grouping(time_known) = 1 or time_known) and (grouping(h3_res8) = 1 or h3_res8 is not null)
        and (grouping(h3_res9) = 1 or h3_res9 is not null)`;
}

/**
 * Adds an import's incidents to `incident_yearly_breakdowns`, in the import's transaction as the
 * monthly counts: what the diagnostic's other tables read instead of a year of incidents.
 */
export async function addToYearlyBreakdowns(
  db: Queryable,
  importId: string,
  timeZone: string,
): Promise<void> {
  await db.query(
    `insert into incident_yearly_breakdowns (commune_code, year, facet, key, incidents)
     ${breakdownsOf('i.import_id = $1', '$2')}
     on conflict (year, facet, commune_code, key)
     do update set incidents = incident_yearly_breakdowns.incidents + excluded.incidents`,
    [importId, timeZone],
  );
}

/** Inserts the import's valid SSMSI figures; the same as `commitIncidents` otherwise. */
export async function commitSsmsi(db: Queryable, importId: string): Promise<number> {
  const columns = SSMSI_STAGING_COLUMNS.join(', ');
  const { rowCount: inserted } = await db.query(
    `insert into ssmsi_statistics (import_id, line_number, ${columns})
     select import_id, line_number, ${columns} from ssmsi_import_lines where import_id = $1 and rejection is null`,
    [importId],
  );
  await db.query('delete from ssmsi_import_lines where import_id = $1 and rejection is null', [importId]);
  return inserted ?? 0;
}
