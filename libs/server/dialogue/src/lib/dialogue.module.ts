import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@continuum/server/cases';
import { AuditModule } from '@continuum/server/audit';
import { CONTRACTS_CONTROLLERS, CONTRACTS_PROVIDERS } from './contracts/contracts.providers';
import { ProposalsResolver } from './api/proposals.resolver';
import { DIALOGUE_ENTITIES } from './proposal.entity';
import { ProposalReadService } from './proposal-read.service';
import { ProposalSubmissionService } from './submission/proposal-submission.service';
import { DIALOGUE_OPTIONS, dialogueOptions, SubmissionGuard } from './submission/submission-guard';
import { ProposalTriageService } from './triage/proposal-triage.service';

/** Dialogue with mayors and the population: proposals (public form, moderation, triage). */
@Module({
  imports: [TypeOrmModule.forFeature(DIALOGUE_ENTITIES), CasesModule, AuditModule],
  controllers: [...CONTRACTS_CONTROLLERS],
  providers: [
    ...CONTRACTS_PROVIDERS,
    { provide: DIALOGUE_OPTIONS, useFactory: () => dialogueOptions() },
    SubmissionGuard,
    ProposalSubmissionService,
    ProposalReadService,
    ProposalTriageService,
    ProposalsResolver,
  ],
  exports: [ProposalReadService],
})
export class DialogueModule {}
