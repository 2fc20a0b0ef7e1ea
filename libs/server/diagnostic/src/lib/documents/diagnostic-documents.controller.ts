import { Controller, Get, Inject, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, originOf } from '@continuum/server/audit';
import {
  APP_CONFIG,
  type AppConfig,
  Authenticated,
  badInput,
  CurrentPrincipal,
  HttpErrorFilter,
  type RequestPrincipal,
} from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { DiagnosticAnalysisService } from '../analysis/diagnostic-analysis.service';
import { diagnosticDocumentText } from './diagnostic-document';
import { renderDiagnosticDocx } from './diagnostic-docx';
import { renderDiagnosticPdf } from './diagnostic-pdf';
import { diagnosticSources } from './diagnostic-sources';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * `GET /exports/diagnostic/:year/diagnostic.docx|pdf[?commune=45155]`: the diagnostic as the
 * `diagnostic` query gives it to this reader — the same area, the same masking (a mayor's covers
 * their commune, « < 5 » and « secret » where the page says so) — dated, with its sources, journaled.
 * Session cookie, as GraphQL; a reader without a diagnostic is told it does not exist.
 */
@Controller('exports/diagnostic')
@UseFilters(new HttpErrorFilter())
export class DiagnosticDocumentsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly analysis: DiagnosticAnalysisService,
    private readonly audit: AuditService,
  ) {}

  @Authenticated()
  @Get(':year/:document')
  async download(
    @Param('year') yearText: string,
    @Param('document') document: string,
    @Query('commune') commune: string | undefined,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^diagnostic\.(docx|pdf)$/.exec(document);
    if (!match) throw badInput('document', 'Document inconnu : diagnostic.docx ou diagnostic.pdf.');
    if (!/^\d{4}$/.test(yearText)) throw badInput('year', 'L’année doit être comprise entre 2000 et 2100.');
    const format = match[1] as 'docx' | 'pdf';
    const year = Number(yearText);
    const diagnostic = await this.analysis.diagnostic(principal, year, commune || null);
    const [sources, [place]] = await Promise.all([
      diagnosticSources(
        this.dataSource,
        principal.ability,
        diagnostic.communeCodes,
        year,
        diagnostic.national !== null,
      ),
      this.dataSource.query(`select name from departements where code = $1`, [this.config.departementCode]),
    ]);
    const generatedAt = new Date();
    const text = diagnosticDocumentText({
      diagnostic,
      departementName: place?.name ?? this.config.departementCode,
      sources,
      namedFiles: principal.ability.can('read', 'Incident'),
      timeZone: this.config.timeZone,
      generatedAt,
    });
    const content =
      format === 'docx' ? await renderDiagnosticDocx(text) : await renderDiagnosticPdf(text, generatedAt);
    const area =
      diagnostic.communeCodes.length === 1 ? diagnostic.communeCodes[0] : this.config.departementCode;
    await this.audit.record({
      action: 'diagnostic.exported',
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      subjectType: 'Diagnostic',
      subjectId: `${area}-${year}`,
      origin: originOf(req),
      details: {
        document: `diagnostic.${format}`,
        area: diagnostic.areaLabel,
        communes: diagnostic.communeCodes.length,
        masked: diagnostic.minCell !== null,
      },
    });
    const filename = `diagnostic-${area}-${year}.${format}`;
    res.setHeader('Content-Type', TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(content);
  }
}
