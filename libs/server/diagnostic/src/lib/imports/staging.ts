import { parse } from 'csv-parse';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type CommuneCodeBook } from '@continuum/server/territory';
import { type Cell, copyRow, CSV_ERRORS_IN_FRENCH, csvOptions } from '../parsing/csv-text';
import { type IncidentContext, type IncidentMapping, parseIncidentRecord } from '../parsing/incident-record';
import { parseSsmsiRecord, type SsmsiLayout } from '../parsing/ssmsi-format';

/** Lines counted while a file is read; the job writes them on the import for the client to follow. */
export interface LineCounts {
  read: number;
  valid: number;
  rejected: number;
  ignored: number;
}

export const INCIDENT_STAGING_COLUMNS = [
  'starts_at',
  'ends_at',
  'time_known',
  'category',
  'natinf',
  'commune_code',
  'longitude',
  'latitude',
  'h3_res8',
  'h3_res9',
  'place_type',
  'counting_unit',
  'source',
  'victim_age_band',
  'victim_sex',
  'victim_minor',
  'offender_age_band',
  'offender_sex',
  'offender_minor',
  'offender_repeat',
] as const;

export const SSMSI_STAGING_COLUMNS = [
  'geography_year',
  'published_code',
  'commune_code',
  'year',
  'indicator',
  'category',
  'counting_unit',
  'published',
  'count',
  'rate_per_thousand',
  'population',
  'population_year',
  'dwellings',
  'dwellings_year',
  'complement_count',
  'complement_rate',
] as const;

/** What a line becomes: its values for the staging table, a reason to reject it, or nothing (left aside). */
type LineOutcome = { values: (string | number | boolean | null)[] } | { rejection: string } | null;

/**
 * Streams a file's lines (after its header) into a staging table through one `COPY`, in the
 * caller's transaction: each line becomes a row of values or a rejection with its reason and its
 * line number; `counts` moves as it goes.
 */
async function stage(
  client: PoolClient,
  file: Readable,
  table: string,
  columns: readonly string[],
  importId: string,
  delimiter: string,
  counts: LineCounts,
  read: (cells: Cell[]) => LineOutcome,
): Promise<void> {
  const parser = parse({ ...csvOptions(delimiter), from_line: 2, max_record_size: 64 * 1024 });
  const unreadable = new Map<number, string>();
  parser.on('skip', (error: { code?: string; lines?: number }) => {
    const line = error.lines ?? 0;
    if (!unreadable.has(line))
      unreadable.set(line, CSV_ERRORS_IN_FRENCH[error.code ?? ''] ?? `ligne illisible (${error.code})`);
  });
  const width = columns.length;
  const rejectedRow = (line: number, reason: string) =>
    copyRow([importId, line, reason, ...new Array<null>(width).fill(null)]);

  async function* rows(records: AsyncIterable<{ record: Cell[]; info: { lines: number } }>) {
    let batch = '';
    const flushUnreadable = () => {
      for (const [line, reason] of unreadable) {
        counts.read++;
        counts.rejected++;
        batch += rejectedRow(line, `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`);
      }
      unreadable.clear();
    };
    for await (const { record, info } of records) {
      if (unreadable.size) flushUnreadable();
      counts.read++;
      const outcome = read(record);
      if (outcome === null) counts.ignored++;
      else if ('rejection' in outcome) {
        counts.rejected++;
        batch += rejectedRow(info.lines, outcome.rejection);
      } else {
        counts.valid++;
        batch += copyRow([importId, info.lines, null, ...outcome.values]);
      }
      if (batch.length > 64 * 1024) {
        yield batch;
        batch = '';
      }
    }
    flushUnreadable();
    if (batch) yield batch;
  }

  const copy = client.query(
    copyFrom(`COPY ${table} (import_id, line_number, rejection, ${columns.join(', ')}) FROM STDIN`),
  );
  await pipeline(file, parser, rows, copy);
}

/** An incidents file into `incident_import_lines`. */
export function stageIncidents(
  client: PoolClient,
  file: Readable,
  importId: string,
  delimiter: string,
  width: number,
  mapping: IncidentMapping,
  context: IncidentContext,
  counts: LineCounts,
): Promise<void> {
  return stage(
    client,
    file,
    'incident_import_lines',
    INCIDENT_STAGING_COLUMNS,
    importId,
    delimiter,
    counts,
    (cells) => {
      const outcome = parseIncidentRecord(cells, width, mapping, context);
      if (!outcome.ok) return { rejection: outcome.reason };
      const row = outcome.value;
      return {
        values: [
          row.startsAt.toISOString(),
          row.endsAt?.toISOString() ?? null,
          row.timeKnown,
          row.category,
          row.natinf,
          row.communeCode,
          row.longitude,
          row.latitude,
          row.h3Res8,
          row.h3Res9,
          row.placeType,
          row.countingUnit,
          row.source,
          row.victimAgeBand,
          row.victimSex,
          row.victimMinor,
          row.offenderAgeBand,
          row.offenderSex,
          row.offenderMinor,
          row.offenderRepeat,
        ],
      };
    },
  );
}

/**
 * An SSMSI base into `ssmsi_import_lines`. The base covers all of France: the lines of other
 * départements are left aside and counted, not rejected; an unknown commune code is rejected. The
 * national figures (`FRANCE`) and the served département's are kept without a commune, the
 * other départements' left aside.
 */
export function stageSsmsi(
  client: PoolClient,
  file: Readable,
  importId: string,
  layout: SsmsiLayout,
  communes: CommuneCodeBook,
  thisYear: number,
  counts: LineCounts,
): Promise<void> {
  return stage(client, file, 'ssmsi_import_lines', SSMSI_STAGING_COLUMNS, importId, ';', counts, (cells) => {
    const outcome = parseSsmsiRecord(cells, layout, thisYear);
    if (!outcome.ok) return { rejection: outcome.reason };
    const row = outcome.value;
    let communeCode: string | null = null;
    if (row.level === 'DEPARTEMENT' && row.publishedCode !== communes.departementCode) return null;
    if (row.level === 'COMMUNE') {
      const commune = communes.lookup(row.publishedCode);
      if (commune.kind === 'elsewhere') return null;
      if (commune.kind === 'unknown')
        return { rejection: `Code commune « ${row.publishedCode} » inconnu du code officiel géographique.` };
      communeCode = commune.code;
    }
    return {
      values: [
        layout.geographyYear,
        row.publishedCode,
        communeCode,
        row.year,
        row.indicator,
        row.category,
        row.countingUnit,
        row.published,
        row.count,
        row.ratePerThousand,
        row.population,
        row.populationYear,
        row.dwellings,
        row.dwellingsYear,
        row.complementCount,
        row.complementRate,
      ],
    };
  });
}
