import { Module } from '@nestjs/common';
import { AuditModule } from '@continuum/server/audit';
import { PlanDocumentsController } from './documents/plan-documents.controller';
import { OPERATIONS_PROVIDERS } from './operations/operations.providers';
import { DiagnosticSnapshotService } from './plans/diagnostic-snapshot.service';
import { IndicatorReadingsService } from './plans/indicator-readings.service';
import { ObjectivesResolver } from './plans/objectives.resolver';
import { ObjectivesService } from './plans/objectives.service';
import { PlansResolver } from './plans/plans.resolver';
import { PlansService } from './plans/plans.service';
import { PRESENCE_PROVIDERS } from './presence/presence.providers';
import { CommuneResultsService } from './results/commune-results.service';
import { PublicResultsController } from './results/public-results.controller';
import { PublicResultsService } from './results/public-results.service';
import { ResultsResolver } from './results/results.resolver';
import { PlanReviewProposalsService } from './review/plan-review-proposals.service';

/** The PADRSQ and its results: plan versions and objectives, coordinated operations, presence. */
@Module({
  imports: [AuditModule],
  controllers: [PlanDocumentsController, PublicResultsController],
  providers: [
    PlansService,
    ObjectivesService,
    IndicatorReadingsService,
    DiagnosticSnapshotService,
    PlansResolver,
    ObjectivesResolver,
    CommuneResultsService,
    PublicResultsService,
    ResultsResolver,
    PlanReviewProposalsService,
    ...OPERATIONS_PROVIDERS,
    ...PRESENCE_PROVIDERS,
  ],
  exports: [PlanReviewProposalsService],
})
export class PlanModule {}
