import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
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
import { PlanStatus } from '@continuum/domain/plan';
import { DiagnosticSnapshotService } from '../plans/diagnostic-snapshot.service';
import { IndicatorReadingsService } from '../plans/indicator-readings.service';
import { ObjectivesService } from '../plans/objectives.service';
import { toObjectiveModel } from '../plans/plan-rows';
import { run } from '../plans/plan-sql';
import { PlansService } from '../plans/plans.service';
import { planDocumentText } from './plan-document';
import { renderPlanDocx } from './plan-docx';
import { renderPlanPdf } from './plan-pdf';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * `GET /exports/plans/:id/plan.docx|pdf`: a version of the plan as its reader may read it (the
 * indicators computed under their policy, small figures masked), journaled. Session cookie, as GraphQL.
 */
@Controller('exports/plans')
@UseFilters(new HttpErrorFilter())
export class PlanDocumentsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly plans: PlansService,
    private readonly objectives: ObjectivesService,
    private readonly readings: IndicatorReadingsService,
    private readonly snapshots: DiagnosticSnapshotService,
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
    const match = /^plan\.(docx|pdf)$/.exec(document);
    if (!match) throw badInput('document', 'Document inconnu : plan.docx ou plan.pdf.');
    const format = match[1] as 'docx' | 'pdf';
    const plan = await this.plans.get(principal, id);
    const objectives = await this.objectives.ofPlans([plan.id]);
    const readings = await Promise.all(objectives.map((row) => this.readings.reading(principal, row)));
    const [place] = await run<{ departement: string; city: string }>(
      this.dataSource,
      `select d.name as departement, c.name as city from departements d left join communes c on c.code = d.chef_lieu where d.code = :code`,
      { code: plan.departementCode },
    );
    const snapshot =
      plan.status === PlanStatus.ADOPTED
        ? plan.diagnosticSnapshot && this.snapshots.present(principal, plan.diagnosticSnapshot)
        : await this.snapshots.live(principal, plan.departementCode);
    const generatedAt = new Date();
    const text = planDocumentText({
      plan,
      departementName: place?.departement ?? plan.departementCode,
      prefectureCity: place?.city ?? '',
      snapshot: snapshot ?? null,
      objectives: objectives.map((row, index) => ({
        objective: toObjectiveModel(row),
        reading: readings[index],
      })),
      timeZone: this.config.timeZone,
      generatedAt,
    });
    const content = format === 'docx' ? await renderPlanDocx(text) : await renderPlanPdf(text, generatedAt);
    await this.audit.record({
      action: 'plan.exported',
      actor: {
        userId: principal.actor.userId,
        organizationId: principal.actor.organizationId,
        label: principal.label,
      },
      subjectType: 'Plan',
      subjectId: plan.id,
      origin: originOf(req),
      details: { document: `plan.${format}` },
    });
    const filename = `padrsq-${plan.departementCode}-${plan.year}-v${plan.version}.${format}`;
    res.setHeader('Content-Type', TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(content);
  }
}
