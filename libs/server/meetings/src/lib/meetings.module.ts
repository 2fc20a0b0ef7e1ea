import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { CasesModule } from '@continuum/server/cases';
import { CoordinationModule } from '@continuum/server/coordination';
import { OrganizationsModule } from '@continuum/server/organizations';
import { PlanModule } from '@continuum/server/plan';
import { AgendaService } from './agenda.service';
import { BodyCasesService } from './body-cases.service';
import { ConvocationService } from './convocation.service';
import { MEETING_ENTITIES } from './entities/meeting.entities';
import { MeetingDocumentService } from './meeting-document.service';
import { MeetingDocumentsController } from './meeting-documents.controller';
import { AgendaDecisionsService } from './agenda-decisions.service';
import { AgendaProposalsService } from './agenda-proposals.service';
import { AgendaDecisionResolver, AgendaItemResolver, AgendaResolver } from './agenda.resolver';
import { BodyMeetingsResolver, CaseBodyResolver } from './body-meetings.resolver';
import { MeetingMinutesService } from './meeting-minutes.service';
import { MeetingPlanningService } from './meeting-planning.service';
import { MeetingInviteeResolver, MeetingsResolver } from './meetings.resolver';
import { InviteeAnswersService } from './invitee-answers.service';
import { MeetingsService } from './meetings.service';

/** Meetings of coordination bodies: agenda, convocation, attendance, decisions, minutes, documents. */
@Module({
  imports: [
    PlanModule,
    TypeOrmModule.forFeature(MEETING_ENTITIES),
    AuditModule,
    OrganizationsModule,
    CoordinationModule,
    CasesModule,
  ],
  providers: [
    MeetingsService,
    InviteeAnswersService,
    AgendaService,
    MeetingMinutesService,
    MeetingPlanningService,
    AgendaProposalsService,
    AgendaDecisionsService,
    BodyCasesService,
    ConvocationService,
    MeetingDocumentService,
    MeetingsResolver,
    MeetingInviteeResolver,
    AgendaResolver,
    AgendaItemResolver,
    AgendaDecisionResolver,
    BodyMeetingsResolver,
    CaseBodyResolver,
  ],
  controllers: [MeetingDocumentsController],
})
export class MeetingsModule {}
