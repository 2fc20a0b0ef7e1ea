import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestOrigin } from '@continuum/server/audit';
import { AppError, badInput, groupedInKeyOrder, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, In } from 'typeorm';
import { CaseCommandService } from '../case-command.service';
import { CaseQueryService } from '../case-query.service';
import { recordEvent } from '../case-timeline';
import { CaseAttachmentEntity } from '../entities/case-attachment.entity';
import {
  ALLOWED_LABELS,
  describeType,
  MAX_ATTACHMENT_BYTES,
  safeFilename,
  sniffContent,
  TOO_LARGE_MESSAGE,
} from './attachment-content';
import { attachmentModel, CaseAttachmentModel } from './case-attachment.model';
import { FILE_STORAGE, newStorageKey } from './file-storage';
import type { FileStorage } from './file-storage';

/** What the upload route hands over (multer's memory storage). */
export interface ReceivedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MISSING = 'Pièce jointe introuvable.';

/**
 * Files on a case. Adding one is commenting (who may comment may attach); reading one is reading
 * its case, decided by the policy through `CaseQueryService`: an attachment of a case one may not
 * read does not exist for them.
 */
@Injectable()
export class CaseAttachmentService {
  private readonly logger = new Logger(CaseAttachmentService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly query: CaseQueryService,
    private readonly commands: CaseCommandService,
  ) {}

  async upload(
    caseId: string,
    file: ReceivedFile | undefined,
    principal: RequestPrincipal,
  ): Promise<CaseAttachmentModel> {
    await this.commands.authorize(caseId, 'comment', principal);
    if (!file) throw badInput('file', 'Aucun fichier reçu : envoyez-le dans le champ « file ».');
    if (file.size === 0 || file.buffer.length === 0) throw badInput('file', 'Le fichier est vide.');
    if (file.buffer.length > MAX_ATTACHMENT_BYTES) throw badInput('file', TOO_LARGE_MESSAGE);
    const type = await sniffContent(file.buffer);
    if (!type.allowed) {
      throw badInput(
        'file',
        `Type de fichier refusé : ${describeType(type)}. Types acceptés : ${ALLOWED_LABELS}.`,
      );
    }
    const filename = safeFilename(file.originalname, type);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const storageKey = newStorageKey();
    await this.storage.put(storageKey, file.buffer);
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const row = await manager.save(
          manager.create(CaseAttachmentEntity, {
            caseId,
            filename,
            contentType: type.mime,
            size: file.buffer.length,
            sha256,
            storageKey,
            uploadedByUserId: principal.actor.userId,
            uploadedByLabel: principal.label,
          }),
        );
        await recordEvent(manager, caseId, 'file_added', principal, { filename, attachmentId: row.id });
        return row;
      });
      return attachmentModel(saved);
    } catch (error) {
      // No row, no file: the bytes of a failed upload are not left behind.
      await this.storage
        .delete(storageKey)
        .catch((cleanup: unknown) =>
          this.logger.error({ err: cleanup, storageKey }, 'could not remove the file of a failed upload'),
        );
      throw error;
    }
  }

  /** The file and its bytes, for a principal who may read its case (journaled if restricted). */
  async open(
    id: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<{ attachment: CaseAttachmentEntity; content: Readable }> {
    const attachment = UUID.test(id)
      ? await this.dataSource.getRepository(CaseAttachmentEntity).findOneBy({ id })
      : null;
    if (!attachment) throw notFound(MISSING);
    try {
      await this.query.get(attachment.caseId, principal, origin);
    } catch (error) {
      // The same answer as for an id that does not exist.
      if (error instanceof AppError && error.extensions['code'] === 'NOT_FOUND') throw notFound(MISSING);
      throw error;
    }
    const content = await this.storage.get(attachment.storageKey);
    return { attachment, content };
  }

  /** Attachments of each case, oldest first, in key order (for the DataLoader of `Case.attachments`). */
  async attachmentsOf(caseIds: readonly string[]): Promise<CaseAttachmentModel[][]> {
    const rows = await this.dataSource
      .getRepository(CaseAttachmentEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    return groupedInKeyOrder(caseIds, rows, (row) => row.caseId).map((group) => group.map(attachmentModel));
  }
}
