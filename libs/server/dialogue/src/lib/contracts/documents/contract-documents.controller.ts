import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import { AuditService, originOf } from '@continuum/server/audit';
import {
  APP_CONFIG,
  type AppConfig,
  Authenticated,
  badInput,
  CurrentPrincipal,
  HttpErrorFilter,
  notFound,
  type RequestPrincipal,
} from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { ContractReadService } from '../contract-read.service';
import { contractDocumentText } from './contract-document';
import { renderContractDocx } from './contract-docx';
import { renderContractPdf } from './contract-pdf';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * `GET /exports/contracts/:id/contrat.docx|pdf`: a contract as its reader may read it (linked
 * actions and operations they may read only), journaled. Session cookie, as GraphQL.
 */
@Controller('exports/contracts')
@UseFilters(new HttpErrorFilter())
export class ContractDocumentsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contracts: ContractReadService,
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
    const match = /^contrat\.(docx|pdf)$/.exec(document);
    if (!match) throw badInput('document', 'Document inconnu : contrat.docx ou contrat.pdf.');
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
      throw notFound('Contrat introuvable.');
    const format = match[1] as 'docx' | 'pdf';
    const contract = await this.contracts.one(id, principal.ability);
    if (!contract.mayExport) throw notFound('Contrat introuvable.');
    const generatedAt = new Date();
    const text = contractDocumentText(contract, this.config.timeZone, generatedAt);
    const content =
      format === 'docx' ? await renderContractDocx(text) : await renderContractPdf(text, generatedAt);
    await this.audit.record({
      action: 'contract.exported',
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      subjectType: 'Contract',
      subjectId: contract.id,
      origin: originOf(req),
      details: { document: `contrat.${format}` },
    });
    res.setHeader('Content-Type', TYPES[format]);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${contract.reference.toLowerCase()}.${format}"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.end(content);
  }
}
