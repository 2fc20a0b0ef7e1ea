import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { MeetingStatus } from '@continuum/domain';
import { AuditService, originOf } from '@continuum/server/audit';
import {
  Authenticated,
  badInput,
  conflict,
  CurrentPrincipal,
  HttpErrorFilter,
} from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { renderMeetingDocx } from './documents/meeting-docx';
import { renderMeetingPdf } from './documents/meeting-pdf';
import { MeetingDocumentService } from './meeting-document.service';
import { MeetingsService } from './meetings.service';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * `GET /exports/meetings/:id/agenda.docx|pdf` and `/minutes.docx|pdf`: the document as the person
 * who downloads it may read it (confidential items redacted), journaled. Session cookie, as GraphQL.
 */
@Controller('exports/meetings')
@UseFilters(new HttpErrorFilter())
export class MeetingDocumentsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly documents: MeetingDocumentService,
    private readonly audit: AuditService,
  ) {}

  @Authenticated()
  @Get(':id/:document')
  async download(
    @Param('id') id: string,
    @Param('document') document: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^(agenda|minutes)\.(docx|pdf)$/.exec(document);
    if (!match)
      throw badInput('document', 'Document inconnu : agenda.docx, agenda.pdf, minutes.docx ou minutes.pdf.');
    const [, kind, format] = match as unknown as [string, 'agenda' | 'minutes', 'docx' | 'pdf'];
    const meeting = await this.meetings.get(id, principal);
    if (
      kind === 'minutes' &&
      meeting.status !== MeetingStatus.HELD &&
      meeting.status !== MeetingStatus.MINUTES_APPROVED
    )
      throw conflict('document', 'Le compte rendu existe une fois la séance tenue.');
    const model = await this.documents.build(meeting, kind === 'agenda' ? 'AGENDA' : 'MINUTES', principal);
    const content = format === 'docx' ? await renderMeetingDocx(model) : await renderMeetingPdf(model);
    await this.audit.record({
      action: 'meeting.exported',
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      subjectType: 'Meeting',
      subjectId: meeting.id,
      origin: originOf(req),
      details: { document: `${kind}.${format}` },
    });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: model.timeZone }).format(meeting.startsAt);
    const filename = `${kind === 'agenda' ? 'ordre-du-jour' : 'compte-rendu'}-${day}.${format}`;
    res.setHeader('Content-Type', TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(content);
  }
}
