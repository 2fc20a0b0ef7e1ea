import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Can, CSV_BOM, csvLine, CurrentPrincipal, HttpErrorFilter } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { Repository } from 'typeorm';
import { AuditEntryEntity } from '../audit-entry.entity';
import { AuditVisibility } from '../audit-visibility';
import { AuditService, originOf } from '../audit.service';
import { applyAuditFilter, parseAuditFilter } from './audit-filter';

const BATCH = 1000;
const HEADERS = [
  'Date et heure',
  'Action',
  'Auteur',
  'Objet',
  'Identifiant de l’objet',
  'Motif',
  'Adresse IP',
  'Détails',
];
const PARIS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'medium',
});

/**
 * `GET /exports/journal.csv?action=…&subjectId=…&actorUserId=…&actorOrganizationId=…&from=…&to=…`:
 * the journal as the DPO filtered it, every page of it, newest first, for Excel in France. The
 * export is itself journaled (who, the filter, how many rows) before the file is completed.
 */
@Controller('exports')
@UseFilters(new HttpErrorFilter())
export class JournalExportController {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    private readonly visibility: AuditVisibility,
    private readonly audit: AuditService,
  ) {}

  @Can('export', 'AuditEntry')
  @Get('journal.csv')
  async csv(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const filter = await parseAuditFilter(query);
    const base = this.entries.createQueryBuilder('e');
    applyAuditFilter(base, filter);
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="journal-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let rows = 0;
    let chunk = CSV_BOM + csvLine(HEADERS);
    for (let before: string | null = null; ;) {
      const page = base.clone();
      if (before) page.andWhere('e.id < :before', { before });
      const batch = await page.orderBy('e.id', 'DESC').take(BATCH).getMany();
      const hidden = await this.visibility.hidden(batch, principal);
      for (const row of batch)
        chunk += csvLine(cells(row, hidden.has(`${row.subjectType}:${row.subjectId}`)));
      rows += batch.length;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      chunk = '';
      if (batch.length < BATCH || res.destroyed) break;
      before = batch[batch.length - 1].id;
    }
    // Journaled before the file is completed: no export reaches its reader unjournaled.
    await this.audit.record({
      action: 'audit.exported',
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      origin: originOf(req),
      details: { format: 'csv', filter: { ...filter }, rows },
    });
    res.end();
  }
}

function cells(row: AuditEntryEntity, redacted: boolean): string[] {
  return [
    PARIS.format(row.occurredAt),
    row.action,
    row.actorLabel ?? 'Système',
    row.subjectType ?? '',
    row.subjectId ?? '',
    redacted ? '' : (row.reason ?? ''),
    row.ip ?? '',
    redacted || !row.details ? '' : JSON.stringify(row.details),
  ];
}
