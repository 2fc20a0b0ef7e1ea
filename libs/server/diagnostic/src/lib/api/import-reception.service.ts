import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DiagnosticImportKind, DiagnosticImportStatus } from '@continuum/domain/diagnostic';
import { badInput } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { IMPORT_FILE_STORE, type ImportFileStore, type ReceivedImportFile } from '../imports/import-files';
import { DiagnosticQueue } from '../imports/diagnostic-queue';
import { readFileHead } from '../parsing/file-head';

/** What the upload route answers: the import to follow, and whether it is one received before. */
export interface ReceivedImport {
  id: string;
  kind: DiagnosticImportKind;
  status: DiagnosticImportStatus;
  filename: string;
  /** The same file (same bytes) was already received and is not closed: nothing new was created. */
  duplicate: boolean;
}

const MAX_NAME = 200;

/**
 * Receives a file for the diagnostic. Refused at once, with its line and reason in French: a file
 * of 0 bytes, one not in UTF-8, a header no mapping could use, an SSMSI file of neither generation.
 * Otherwise the import is created — waiting for its column mapping (incidents) or queued (SSMSI,
 * whose columns are known) — unless the same bytes were received before and are not closed: then
 * that import is answered, and nothing changes (two uploads of one file at once make one import,
 * through the unique index on the content's hash).
 */
@Injectable()
export class ImportReceptionService {
  private readonly logger = new Logger(ImportReceptionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IMPORT_FILE_STORE) private readonly files: ImportFileStore,
    private readonly queue: DiagnosticQueue,
  ) {}

  async receive(
    kind: DiagnosticImportKind,
    file: ReceivedImportFile | undefined,
    principal: RequestPrincipal,
  ): Promise<ReceivedImport> {
    if (!file) throw badInput('file', 'Aucun fichier reçu : envoyez-le dans le champ « file ».');
    try {
      return await this.create(kind, file, principal);
    } catch (error) {
      await this.files.remove(file.key);
      throw error;
    }
  }

  private async create(
    kind: DiagnosticImportKind,
    file: ReceivedImportFile,
    principal: RequestPrincipal,
  ): Promise<ReceivedImport> {
    if (file.encoding) throw badInput('file', file.encoding.message);
    const head = readFileHead(file.head, file.head.length === file.size, kind);
    if (!head.ok) throw badInput('file', head.reason);
    const filename = safeName(file.originalname ?? 'fichier.csv');
    const status =
      kind === DiagnosticImportKind.SSMSI ? DiagnosticImportStatus.QUEUED : DiagnosticImportStatus.RECEIVED;
    const inserted: { id: string }[] = await this.dataSource.query(
      `insert into diagnostic_imports
              (kind, status, filename, size, content_hash, storage_key, delimiter, headers, preview,
               ssmsi_generation, geography_year, uploaded_by_user_id, uploaded_by_label)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       on conflict (kind, content_hash) where status not in ('ABANDONED', 'REFUSED', 'FAILED') do nothing
       returning id`,
      [
        kind,
        status,
        filename,
        file.size,
        file.sha256,
        file.key,
        head.head.delimiter,
        head.head.headers,
        // Kept only while the columns are to be mapped: an SSMSI base's are known.
        JSON.stringify(kind === DiagnosticImportKind.SSMSI ? [] : head.head.preview),
        head.head.ssmsiGeneration,
        head.head.geographyYear,
        principal.actor.userId,
        principal.label,
      ],
    );
    if (inserted.length === 0) {
      await this.files.remove(file.key);
      const [existing]: { id: string; status: DiagnosticImportStatus; filename: string }[] =
        await this.dataSource.query(
          `select id, status, filename from diagnostic_imports
          where kind = $1 and content_hash = $2 and status not in ('ABANDONED', 'REFUSED', 'FAILED')`,
          [kind, file.sha256],
        );
      // Closed between the insert and this read: the file may be sent again.
      if (!existing)
        throw badInput('file', 'Ce fichier vient d’être clos par un autre envoi : envoyez-le de nouveau.');
      return { ...existing, kind, duplicate: true };
    }
    const id = inserted[0].id;
    if (status === DiagnosticImportStatus.QUEUED)
      await this.queue
        .add('read', id)
        .catch((error: Error) =>
          this.logger.warn(`Import ${id} : mise en file différée (${error.message}).`),
        );
    return { id, kind, status, filename, duplicate: false };
  }
}

/** The name as sent, without folders nor control characters, at most 200 characters. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'fichier.csv').slice(0, MAX_NAME);
}
