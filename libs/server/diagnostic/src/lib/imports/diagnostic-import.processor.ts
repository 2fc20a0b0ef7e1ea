import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DiagnosticImportKind, DiagnosticImportStatus as Status } from '@continuum/domain/diagnostic';
import { APP_CONFIG, type AppConfig } from '@continuum/server/platform';
import { communeCodeBook } from '@continuum/server/territory';
import type { PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { IncidentMapping } from '../parsing/incident-record';
import { ssmsiLayout } from '../parsing/ssmsi-format';
import { announceIncidentsImported } from './import-events';
import { IMPORT_FILE_STORE, type ImportFileStore } from './import-files';
import {
  commitIncidents,
  commitSsmsi,
  rejectPointsOutsideCommune,
  rejectSsmsiDuplicates,
  STAGING_TABLE,
  stagedCounts,
} from './import-sql';
import { type LineCounts, stageIncidents, stageSsmsi } from './staging';

interface ClaimedImport {
  kind: DiagnosticImportKind;
  storage_key: string | null;
  delimiter: string;
  headers: string[];
  mapping: IncidentMapping | null;
}

/** How often the counts of lines read are written while a file is read, for the client's progress. */
const PROGRESS_EVERY_MS = 400;

/**
 * The job of an import, whatever runs it (the BullMQ worker of `diagnostic-queue.ts` today): `process`
 * takes an import's id and does what its status says is due — read its file into the staging
 * table (QUEUED), or insert the lines the user chose to keep (COMMITTING). Each step is one
 * transaction, under an advisory lock on the import: a step run twice at once runs once, a step
 * interrupted leaves nothing behind and is run again from the start. Nothing of the data already
 * there is touched until the step's last statement.
 */
@Injectable()
export class DiagnosticImportProcessor {
  private readonly logger = new Logger(DiagnosticImportProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(IMPORT_FILE_STORE) private readonly files: ImportFileStore,
  ) {}

  async process(importId: string): Promise<void> {
    const [row]: { status: Status }[] = await this.dataSource.query(
      'select status from diagnostic_imports where id = $1',
      [importId],
    );
    if (row?.status === Status.QUEUED || row?.status === Status.VALIDATING) return this.read(importId);
    if (row?.status === Status.COMMITTING) return this.commit(importId);
  }

  /** After the last attempt failed: the import is FAILED, its valid lines dropped; nothing was imported. */
  async markFailed(importId: string, reason: string): Promise<void> {
    const [rows]: [{ storage_key: string | null }[], number] = await this.dataSource.query(
      `update diagnostic_imports set status = 'FAILED', refusal = $2, preview = '[]', finished_at = now()
        where id = $1 and status in ('QUEUED', 'VALIDATING', 'COMMITTING') returning storage_key`,
      [importId, `Échec technique : ${reason} Rien n’a été importé ; envoyez le fichier de nouveau.`],
    );
    if (rows.length === 0) return;
    for (const table of Object.values(STAGING_TABLE))
      await this.dataSource.query(`delete from ${table} where import_id = $1 and rejection is null`, [
        importId,
      ]);
    await this.files.remove(rows[0].storage_key);
  }

  private async read(importId: string): Promise<void> {
    const [claimed]: [ClaimedImport[], number] = await this.dataSource.query(
      `update diagnostic_imports
          set status = 'VALIDATING', progress_at = now(), lines_read = 0, lines_valid = 0, lines_rejected = 0, lines_ignored = 0
        where id = $1 and status in ('QUEUED', 'VALIDATING')
        returning kind, storage_key, delimiter, headers, mapping`,
      [importId],
    );
    const job = claimed[0];
    if (!job) return;
    if (!job.storage_key) {
      await this.markFailed(importId, 'le fichier reçu est introuvable.');
      return;
    }
    const table = STAGING_TABLE[job.kind];
    const counts: LineCounts = { read: 0, valid: 0, rejected: 0, ignored: 0 };
    const done = await this.inTransaction(importId, async (client) => {
      await client.query(`delete from ${table} where import_id = $1`, [importId]);
      const progress = this.followProgress(importId, counts);
      try {
        await this.stage(client, importId, job, counts);
      } finally {
        await progress.stop();
      }
      if (job.kind === DiagnosticImportKind.INCIDENTS) await rejectPointsOutsideCommune(client, importId);
      else await rejectSsmsiDuplicates(client, importId);
      const { valid, rejected } = await stagedCounts(client, table, importId);
      let status = Status.AWAITING_DECISION;
      let imported = 0;
      let refusal: string | null = null;
      if (valid === 0) {
        status = Status.REFUSED;
        refusal =
          counts.read === counts.ignored
            ? 'Aucune ligne de ce fichier ne concerne le département : rien n’a été importé.'
            : 'Aucune ligne valide : rien n’a été importé. Les raisons sont données ligne par ligne.';
      } else if (rejected === 0) {
        status = Status.IMPORTED;
        imported = await this.insertValid(client, importId, job.kind);
      }
      await client.query(
        `update diagnostic_imports
            set status = $2::diagnostic_import_status, lines_read = $3, lines_valid = $4, lines_rejected = $5,
                lines_ignored = $6, lines_imported = $7, refusal = $8, storage_key = null, progress_at = now(),
                finished_at = case when $2::diagnostic_import_status in ('IMPORTED', 'REFUSED') then now() end
          where id = $1`,
        [importId, status, counts.read, valid, rejected, counts.ignored, imported, refusal],
      );
      return status;
    });
    if (done === null) return;
    // Read, and its lines staged or imported: the file (which may hold columns never imported) goes.
    await this.files.remove(job.storage_key);
    this.logger.log(`Import ${importId} lu : ${counts.read} lignes, état ${done}.`);
  }

  private async stage(
    client: PoolClient,
    importId: string,
    job: ClaimedImport,
    counts: LineCounts,
  ): Promise<void> {
    const file = this.files.open(job.storage_key!);
    const communes = communeCodeBook(this.config.departementCode);
    const now = new Date();
    if (job.kind === DiagnosticImportKind.INCIDENTS) {
      if (!job.mapping) throw new Error(`import ${importId} without a mapping`);
      await stageIncidents(
        client,
        file,
        importId,
        job.delimiter,
        job.headers.length,
        job.mapping,
        {
          lookupCommune: (code) => communes.lookup(code),
          timeZone: this.config.timeZone,
          now,
        },
        counts,
      );
      return;
    }
    const layout = ssmsiLayout(job.headers);
    if (!layout.ok) throw new Error(`import ${importId}: ${layout.reason}`);
    const thisYear = Number(
      new Intl.DateTimeFormat('en', { timeZone: this.config.timeZone, year: 'numeric' }).format(now),
    );
    await stageSsmsi(client, file, importId, layout.value, communes, thisYear, counts);
  }

  private async commit(importId: string): Promise<void> {
    await this.inTransaction(importId, async (client) => {
      const {
        rows: [row],
      } = await client.query<{ kind: DiagnosticImportKind }>(
        `select kind from diagnostic_imports where id = $1 and status = 'COMMITTING' for update`,
        [importId],
      );
      if (!row) return null;
      const imported = await this.insertValid(client, importId, row.kind);
      await client.query(
        `update diagnostic_imports set status = 'IMPORTED', lines_imported = $2, finished_at = now(), progress_at = now()
          where id = $1`,
        [importId, imported],
      );
      this.logger.log(`Import ${importId} enregistré : ${imported} lignes.`);
      return Status.IMPORTED;
    });
  }

  /** Inserts the valid lines; incidents also announce themselves to the spike detection. */
  private async insertValid(
    client: PoolClient,
    importId: string,
    kind: DiagnosticImportKind,
  ): Promise<number> {
    if (kind !== DiagnosticImportKind.INCIDENTS) return commitSsmsi(client, importId);
    const imported = await commitIncidents(client, importId, this.config.timeZone);
    if (imported > 0) await announceIncidentsImported(client, importId);
    return imported;
  }

  /**
   * Runs `work` in one transaction on a connection of its own, under the import's advisory lock;
   * null without running it when another process holds the lock (the same step, at work).
   */
  private async inTransaction<T>(
    importId: string,
    work: (client: PoolClient) => Promise<T>,
  ): Promise<T | null> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await client.query('begin');
      const {
        rows: [lock],
      } = await client.query<{ locked: boolean }>(
        `select pg_try_advisory_xact_lock(hashtext('diagnostic-import'), hashtext($1)) as locked`,
        [importId],
      );
      if (!lock.locked) {
        await client.query('rollback');
        return null;
      }
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Writes `counts` on the import every few hundred milliseconds until stopped (and once more then). */
  private followProgress(importId: string, counts: LineCounts): { stop(): Promise<void> } {
    let writing: Promise<void> = Promise.resolve();
    const write = () => {
      writing = writing
        .then(() =>
          this.dataSource.query(
            `update diagnostic_imports set lines_read = $2, lines_valid = $3, lines_rejected = $4, lines_ignored = $5,
                    progress_at = now()
              where id = $1 and status = 'VALIDATING'`,
            [importId, counts.read, counts.valid, counts.rejected, counts.ignored],
          ),
        )
        .then(
          () => undefined,
          (error: Error) => this.logger.warn(`Progression de l’import ${importId} : ${error.message}`),
        );
    };
    const timer = setInterval(write, PROGRESS_EVERY_MS);
    return {
      stop: async () => {
        clearInterval(timer);
        await writing;
      },
    };
  }
}
