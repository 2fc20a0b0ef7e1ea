import { DiagnosticImportKind } from '@continuum/domain/diagnostic';
import { communeCodeBook } from '@continuum/server/territory';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { PoolClient } from 'pg';
import { readFileHead } from '../parsing/file-head';
import type { IncidentMapping } from '../parsing/incident-record';
import { ssmsiLayout } from '../parsing/ssmsi-format';
import {
  commitIncidents,
  commitSsmsi,
  rejectPointsOutsideCommune,
  rejectSsmsiDuplicates,
  STAGING_TABLE,
  stagedCounts,
} from './import-sql';
import { type LineCounts, stageIncidents, stageSsmsi } from './staging';

export interface DirectImport {
  kind: DiagnosticImportKind;
  filename: string;
  content: Buffer;
  /** Said « fictif » wherever the import is shown. */
  fictional: boolean;
  uploadedByLabel: string;
  mapping?: IncidentMapping;
  departementCode: string;
  timeZone: string;
}

/**
 * Imports a file in one go, without the queue nor anyone's decision: through the same parsers,
 * staging, checks and insertion as an import sent by the cabinet, in one transaction. For the demo
 * seed, whose files must be entirely valid: a rejected line fails it, and nothing is kept. A file
 * already imported (same bytes) is left as it is: `null`.
 */
export async function importDirectly(
  dataSource: DataSource,
  file: DirectImport,
): Promise<{ id: string; imported: number } | null> {
  const head = readFileHead(file.content, true, file.kind);
  if (!head.ok) throw new Error(`${file.filename} : ${head.reason}`);
  const hash = createHash('sha256').update(file.content).digest('hex');
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  try {
    await client.query('begin');
    const { rows } = await client.query<{ id: string }>(
      `insert into diagnostic_imports (kind, status, filename, size, content_hash, fictional, delimiter, headers, preview,
              ssmsi_generation, geography_year, mapping, uploaded_by_label)
       values ($1, 'VALIDATING', $2, $3, $4, $5, $6, $7, '[]', $8, $9, $10, $11)
       on conflict (kind, content_hash) where status not in ('ABANDONED', 'REFUSED', 'FAILED') do nothing
       returning id`,
      [
        file.kind,
        file.filename,
        file.content.length,
        hash,
        file.fictional,
        head.head.delimiter,
        head.head.headers,
        head.head.ssmsiGeneration,
        head.head.geographyYear,
        file.mapping ? JSON.stringify(file.mapping) : null,
        file.uploadedByLabel,
      ],
    );
    if (rows.length === 0) {
      await client.query('rollback');
      return null;
    }
    const id = rows[0].id;
    const counts: LineCounts = { read: 0, valid: 0, rejected: 0, ignored: 0 };
    const communes = communeCodeBook(file.departementCode);
    const stream = Readable.from([file.content]);
    if (file.kind === DiagnosticImportKind.INCIDENTS) {
      if (!file.mapping) throw new Error(`${file.filename} : sans association de colonnes.`);
      const context = {
        lookupCommune: (code: string) => communes.lookup(code),
        timeZone: file.timeZone,
        now: new Date(),
      };
      await stageIncidents(
        client,
        stream,
        id,
        head.head.delimiter,
        head.head.headers.length,
        file.mapping,
        context,
        counts,
      );
      await rejectPointsOutsideCommune(client, id);
    } else {
      const layout = ssmsiLayout(head.head.headers);
      if (!layout.ok) throw new Error(`${file.filename} : ${layout.reason}`);
      await stageSsmsi(client, stream, id, layout.value, communes, new Date().getFullYear(), counts);
      await rejectSsmsiDuplicates(client, id);
    }
    const { valid, rejected } = await stagedCounts(client, STAGING_TABLE[file.kind], id);
    if (rejected > 0) {
      const {
        rows: [first],
      } = await client.query<{ line_number: number; rejection: string }>(
        `select line_number, rejection from ${STAGING_TABLE[file.kind]} where import_id = $1 and rejection is not null
          order by line_number limit 1`,
        [id],
      );
      throw new Error(
        `${file.filename}, ligne ${first.line_number} : ${first.rejection} (${rejected} ligne(s) refusée(s))`,
      );
    }
    const imported =
      file.kind === DiagnosticImportKind.INCIDENTS
        ? await commitIncidents(client, id, file.timeZone)
        : await commitSsmsi(client, id);
    await client.query(
      `update diagnostic_imports set status = 'IMPORTED', lines_read = $2, lines_valid = $3, lines_ignored = $4,
              lines_imported = $5, finished_at = now(), progress_at = now()
        where id = $1`,
      [id, counts.read, valid, counts.ignored, imported],
    );
    await client.query('commit');
    return { id, imported };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
