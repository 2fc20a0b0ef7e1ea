import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@continuum/server/cases';
import { AuditModule } from '@continuum/server/audit';
import { QueuesModule } from '@continuum/server/platform';
import { CONTRACTS_CONTROLLERS, CONTRACTS_PROVIDERS } from './contracts/contracts.providers';
import { ProposalsResolver } from './api/proposals.resolver';
import { DIALOGUE_ENTITIES } from './proposal.entity';
import { ProposalReadService } from './proposal-read.service';
import { ProposalSubmissionService } from './submission/proposal-submission.service';
import { DIALOGUE_OPTIONS, dialogueOptions, SubmissionGuard } from './submission/submission-guard';
import { ProposalTriageService } from './triage/proposal-triage.service';
import { SurveyAnswersService } from './surveys/survey-answers.service';
import { SurveyJobs } from './surveys/survey.jobs';
import { SurveyResultsService } from './surveys/survey-results.service';
import { SurveySendingService } from './surveys/survey-sending.service';
import { SurveyWavesService } from './surveys/survey-waves.service';
import { SurveysResolver } from './surveys/surveys.resolver';

/**
 * Dialogue with mayors and the population: proposals (public form, moderation, triage) and the
 * satisfaction surveys of local actors (waves, single-use links, reminders, results).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(DIALOGUE_ENTITIES),
    CasesModule,
    AuditModule,
    QueuesModule.forFeature('surveys'),
  ],
  controllers: [...CONTRACTS_CONTROLLERS],
  providers: [
    ...CONTRACTS_PROVIDERS,
    { provide: DIALOGUE_OPTIONS, useFactory: () => dialogueOptions() },
    SubmissionGuard,
    ProposalSubmissionService,
    ProposalReadService,
    ProposalTriageService,
    ProposalsResolver,
    SurveyWavesService,
    SurveySendingService,
    SurveyAnswersService,
    SurveyResultsService,
    SurveyJobs,
    SurveysResolver,
  ],
  exports: [ProposalReadService, SurveySendingService],
})
export class DialogueModule {}
