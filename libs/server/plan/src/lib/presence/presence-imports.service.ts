import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badInput, conflict, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { DataSource } from 'typeorm';
import { rowsOf } from '../plans/plan-sql';
import { PresenceImportInput } from './presence.inputs';
import { PresenceImportDecision, PresenceImportModel, PresenceImportStatus } from './presence.models';
import { PresenceLine, readPresenceFile } from './presence-rules';
import { PresenceService } from './presence.service';

const MAX_BYTES = 64 * 1024;
const COLUMNS = `id, file_name as "fileName", status, line_count as "lineCount",
  jsonb_array_length(valid_lines) as "validCount", rejections, imported_count as "importedCount",
  created_at as "createdAt", decided_at as "decidedAt"`;

/**
 * A presence file in two steps, without a queue (small files): sent, it is read and checked at once
 * and kept with its report; without rejection its lines are imported at once, otherwise the
 * organisation decides — the valid lines or nothing. The same bytes sent again by the same
 * organisation are the same import (unique on the hash): nothing is read or written twice.
 */
@Injectable()
export class PresenceImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly presence: PresenceService,
  ) {}

  async upload(input: PresenceImportInput, principal: RequestPrincipal): Promise<PresenceImportModel> {
    this.presence.assertMayEnter(principal);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.contentBase64)) {
      throw badInput('input.contentBase64', 'Le contenu du fichier n’est pas en base 64.');
    }
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length === 0) throw badInput('input.contentBase64', 'Le fichier est vide.');
    if (bytes.length > MAX_BYTES)
      throw badInput('input.contentBase64', 'Le fichier dépasse 64 Kio : découpez-le.');
    if (!isUtf8(bytes)) {
      throw badInput(
        'input.contentBase64',
        'Le fichier n’est pas en UTF-8. Enregistrez-le en UTF-8 (dans un tableur : « CSV UTF-8 ») puis envoyez-le de nouveau.',
      );
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const existing = await this.byHash(hash, principal);
    if (existing) return existing;
    const report = readPresenceFile(
      bytes.toString('utf8'),
      await this.presence.territory(principal.actor.organizationId),
    );
    if ('problem' in report) throw badInput('input.contentBase64', report.problem);
    if (report.lineCount === 0)
      throw badInput('input.contentBase64', 'Le fichier ne contient aucune ligne de données.');
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `insert into presence_imports (organization_id, content_hash, file_name, line_count, valid_lines, rejections,
                                       created_by_label)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (organization_id, content_hash) do nothing returning id`,
        [
          principal.actor.organizationId,
          hash,
          input.fileName.trim() || 'presence.csv',
          report.lineCount,
          JSON.stringify(report.valid),
          JSON.stringify(report.rejections),
          principal.label,
        ],
      );
      if (!row) return null;
      if (report.rejections.length === 0) {
        const written = await this.presence.upsert(
          manager,
          report.valid.map((l) => l.values),
          principal,
          row.id,
        );
        await manager.query(
          `update presence_imports set status = 'IMPORTED', imported_count = $2, decided_at = now() where id = $1`,
          [row.id, written.length],
        );
      }
      return row.id as string;
    });
    // Sent twice at once: the second finds the first's import.
    return id ? this.get(id, principal) : ((await this.byHash(hash, principal)) as PresenceImportModel);
  }

  async decide(
    id: string,
    decision: PresenceImportDecision,
    principal: RequestPrincipal,
  ): Promise<PresenceImportModel> {
    this.presence.assertMayEnter(principal);
    await this.dataSource.transaction(async (manager) => {
      const [row] = rowsOf<{ valid_lines: PresenceLine[] }>(
        await manager.query(
          `update presence_imports set status = $3, decided_at = now()
          where id = $1 and organization_id = $2 and status = 'PENDING'
          returning valid_lines`,
          [
            id,
            principal.actor.organizationId,
            decision === PresenceImportDecision.IMPORT_VALID
              ? PresenceImportStatus.IMPORTED
              : PresenceImportStatus.DISCARDED,
          ],
        ),
      );
      if (!row) {
        const current = await this.get(id, principal);
        throw conflict(
          'status',
          current.status === PresenceImportStatus.IMPORTED
            ? 'Ce fichier a déjà été importé.'
            : 'Ce fichier a déjà été abandonné : envoyez-le de nouveau sous un autre contenu pour l’importer.',
        );
      }
      if (decision === PresenceImportDecision.IMPORT_VALID) {
        const lines = row.valid_lines;
        const written = await this.presence.upsert(
          manager,
          lines.map((l) => l.values),
          principal,
          id,
        );
        await manager.query('update presence_imports set imported_count = $2 where id = $1', [
          id,
          written.length,
        ]);
      }
    });
    return this.get(id, principal);
  }

  /** An import of the principal's organisation; NOT_FOUND for anyone else's. */
  async get(id: string, principal: RequestPrincipal): Promise<PresenceImportModel> {
    const [row] = await this.dataSource.query(
      `select ${COLUMNS} from presence_imports where id = $1 and organization_id = $2`,
      [id, principal.actor.organizationId],
    );
    if (!row) throw notFound('Import introuvable.');
    return row;
  }

  private async byHash(hash: string, principal: RequestPrincipal): Promise<PresenceImportModel | null> {
    const [row] = await this.dataSource.query(
      `select ${COLUMNS} from presence_imports where content_hash = $1 and organization_id = $2`,
      [hash, principal.actor.organizationId],
    );
    return row ?? null;
  }
}
