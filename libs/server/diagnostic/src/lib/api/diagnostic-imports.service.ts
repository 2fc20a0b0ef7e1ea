import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DIAGNOSTIC_IMPORT_KIND_LABELS,
  DIAGNOSTIC_IMPORT_STATUS_LABELS,
  DiagnosticImportKind,
  DiagnosticImportStatus as Status,
  ImportDecision,
  IncidentField,
  RUNNING_IMPORT_STATUSES,
  suggestIncidentMapping,
} from '@continuum/domain/diagnostic';
import {
  badInput,
  conflict,
  decodeCursor,
  encodeCursor,
  isUuid,
  notFound,
  pageSize,
  type RequestPrincipal,
} from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { importableIncidents, readableIncidents } from '../diagnostic-policy.sql';
import { DiagnosticImportEntity } from '../entities/diagnostic-import.entity';
import { DiagnosticQueue } from '../imports/diagnostic-queue';
import { IMPORT_FILE_STORE, type ImportFileStore } from '../imports/import-files';
import { STAGING_TABLE } from '../imports/import-sql';
import { type IncidentMapping, mappingProblems } from '../parsing/incident-record';
import type {
  DiagnosticImportModel,
  DiagnosticImportPageModel,
  RejectedLinePageModel,
} from './diagnostic.models';
import type { IncidentMappingInput } from './diagnostic.inputs';

const MISSING = 'Import introuvable.';

/**
 * The imports as the cabinet follows and steers them: the list, one import, its rejected lines, the
 * mapping that starts it, the decision when lines were rejected. Every read carries the policy in
 * its SQL (`read Incident`), every write checks `import Incident` on the row it changes: for anyone
 * else an import does not exist. Two writes at once on one import: one wins, the other is told.
 */
@Injectable()
export class DiagnosticImportsService {
  private readonly logger = new Logger(DiagnosticImportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: DiagnosticQueue,
    @Inject(IMPORT_FILE_STORE) private readonly files: ImportFileStore,
  ) {}

  async list(
    principal: RequestPrincipal,
    first?: number | null,
    after?: string | null,
  ): Promise<DiagnosticImportPageModel> {
    const size = pageSize(first, 20);
    const policy = readableIncidents(principal.ability);
    const query = this.dataSource
      .getRepository(DiagnosticImportEntity)
      .createQueryBuilder('i')
      .where(policy.sql, policy.params);
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) {
      const [createdAt, id] = cursor.split('|');
      if (!id || !isUuid(id) || Number.isNaN(Date.parse(createdAt)))
        throw badInput('after', 'Curseur « after » invalide.');
      query.andWhere('(i.created_at, i.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await query
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .take(size + 1)
      .getMany();
    const items = rows.slice(0, size);
    const last = items[items.length - 1];
    return {
      items: items.map(importModel),
      nextCursor:
        rows.length > size && last ? encodeCursor(`${last.createdAt.toISOString()}|${last.id}`) : null,
      totalCount,
    };
  }

  async get(id: string, principal: RequestPrincipal): Promise<DiagnosticImportModel> {
    return importModel(await this.load(id, principal));
  }

  /** The rejected lines, in file order, `first` at a time after line `after`. */
  async rejections(
    importRow: DiagnosticImportModel,
    first?: number | null,
    after?: number | null,
  ): Promise<RejectedLinePageModel> {
    const size = pageSize(first, 50);
    const table = STAGING_TABLE[importRow.kind];
    const rows: { line_number: number; rejection: string }[] = await this.dataSource.query(
      `select line_number, rejection from ${table}
        where import_id = $1 and rejection is not null and line_number > $2
        order by line_number limit $3`,
      [importRow.id, after ?? 0, size + 1],
    );
    const items = rows.slice(0, size).map((row) => ({ line: row.line_number, reason: row.rejection }));
    return {
      items,
      nextAfter: rows.length > size ? items[items.length - 1].line : null,
      totalCount: importRow.lines.rejected,
    };
  }

  /** Starts the reading of an incidents file with its columns mapped; refused with every problem of the mapping. */
  async start(
    id: string,
    input: IncidentMappingInput,
    principal: RequestPrincipal,
  ): Promise<DiagnosticImportModel> {
    const current = await this.load(id, principal, 'import');
    if (current.kind !== DiagnosticImportKind.INCIDENTS)
      throw badInput('id', 'Une base du SSMSI se lit sans association de colonnes.');
    const columns: Partial<Record<IncidentField, number>> = {};
    for (const { field, column } of input.columns) {
      if (columns[field] !== undefined)
        throw badInput('mapping.columns', 'Un champ ne s’associe qu’à une colonne.');
      columns[field] = column;
    }
    const mapping: IncidentMapping = {
      columns,
      source: input.source ?? null,
      countingUnit: input.countingUnit ?? null,
    };
    const problems = mappingProblems(mapping, current.headers.length);
    if (problems.length > 0) throw badInput('mapping', problems.join(' '));
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      // The preview (first lines, all columns: names may be among them) was for the mapping: it goes.
      `update diagnostic_imports set status = 'QUEUED', mapping = $2, preview = '[]', progress_at = now()
        where id = $1 and status = 'RECEIVED' returning id`,
      [id, JSON.stringify(mapping)],
    );
    if (rows.length === 0) throw this.stale(current.status, 'lancé');
    await this.queue
      .add('read', id)
      .catch((error: Error) => this.logger.warn(`Import ${id} : mise en file différée (${error.message}).`));
    return this.get(id, principal);
  }

  /**
   * « Importer les lignes valides » (once the file is read with rejections) or « ne rien importer »
   * (then, or before the reading starts). Nothing already imported is touched either way.
   */
  async decide(
    id: string,
    decision: ImportDecision,
    principal: RequestPrincipal,
  ): Promise<DiagnosticImportModel> {
    const current = await this.load(id, principal, 'import');
    if (decision === ImportDecision.IMPORT_VALID) {
      const [rows]: [{ id: string }[], number] = await this.dataSource.query(
        `update diagnostic_imports set status = 'COMMITTING', decision = 'IMPORT_VALID', decided_by_label = $2, progress_at = now()
          where id = $1 and status = 'AWAITING_DECISION' returning id`,
        [id, principal.label],
      );
      if (rows.length === 0) throw this.stale(current.status, 'décidé');
      await this.queue
        .add('commit', id)
        .catch((error: Error) =>
          this.logger.warn(`Import ${id} : mise en file différée (${error.message}).`),
        );
      return this.get(id, principal);
    }
    const storageKey = await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ storage_key: string | null }[], number] = await manager.query(
        `with before as (select id, storage_key from diagnostic_imports
                          where id = $1 and status in ('RECEIVED', 'AWAITING_DECISION') for update)
         update diagnostic_imports i set status = 'ABANDONED', decision = 'IMPORT_NOTHING', decided_by_label = $2,
                storage_key = null, preview = '[]', finished_at = now()
           from before where i.id = before.id and i.status in ('RECEIVED', 'AWAITING_DECISION')
         returning before.storage_key`,
        [id, principal.label],
      );
      // An UPDATE answers [rows, count] through TypeORM.
      if (rows.length === 0) throw this.stale(current.status, 'décidé');
      await manager.query(
        `delete from ${STAGING_TABLE[current.kind]} where import_id = $1 and rejection is null`,
        [id],
      );
      return rows[0].storage_key;
    });
    await this.files.remove(storageKey);
    return this.get(id, principal);
  }

  /** The import, if the principal may read it (and, for `import`, act on it); NOT_FOUND otherwise. */
  private async load(id: string, principal: RequestPrincipal, action: 'read' | 'import' = 'read') {
    if (!isUuid(id)) throw notFound(MISSING);
    const policy =
      action === 'read' ? readableIncidents(principal.ability) : importableIncidents(principal.ability);
    const row = await this.dataSource
      .getRepository(DiagnosticImportEntity)
      .createQueryBuilder('i')
      .where('i.id = :id', { id })
      .andWhere(policy.sql, policy.params)
      .getOne();
    if (!row) throw notFound(MISSING);
    return row;
  }

  private stale(status: Status, verb: string) {
    return conflict(
      'id',
      `Cet import a déjà été ${verb} (état : ${DIAGNOSTIC_IMPORT_STATUS_LABELS[status].toLowerCase()}) : rechargez la page.`,
    );
  }
}

export function importModel(row: DiagnosticImportEntity): DiagnosticImportModel {
  const mapping = row.mapping as IncidentMapping | null;
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: DIAGNOSTIC_IMPORT_KIND_LABELS[row.kind],
    status: row.status,
    statusLabel: DIAGNOSTIC_IMPORT_STATUS_LABELS[row.status],
    running: RUNNING_IMPORT_STATUSES.includes(row.status),
    filename: row.filename,
    size: row.size,
    fictional: row.fictional,
    uploadedByLabel: row.uploadedByLabel,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    formatLabel:
      row.kind === DiagnosticImportKind.SSMSI
        ? `Base communale du SSMSI, génération ${row.ssmsiGeneration === 'LEGACY' ? 'précédente (« classe »)' : 'actuelle (« indicateur »)'}, géographie ${row.geographyYear}`
        : null,
    geographyYear: row.geographyYear,
    delimiter: row.delimiter,
    headers: row.headers,
    preview: row.preview,
    suggestedColumns:
      row.kind === DiagnosticImportKind.INCIDENTS
        ? Object.entries(suggestIncidentMapping(row.headers)).map(([field, column]) => ({
            field: field as IncidentField,
            column: column!,
          }))
        : [],
    mapping: mapping
      ? {
          columns: Object.entries(mapping.columns).map(([field, column]) => ({
            field: field as IncidentField,
            column: column!,
          })),
          source: mapping.source,
          countingUnit: mapping.countingUnit,
        }
      : null,
    lines: {
      read: row.linesRead,
      valid: row.linesValid,
      rejected: row.linesRejected,
      ignored: row.linesIgnored,
      imported: row.linesImported,
    },
    refusal: row.refusal,
    decision: row.decision,
    decidedByLabel: row.decidedByLabel,
  };
}
