import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import express from 'express';
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
import { InboundMailController, MAX_INBOUND_MAIL } from './replies/inbound-mail.controller';

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
  controllers: [MeetingDocumentsController, InboundMailController],
})
export class MeetingsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The calendar replies a mail server hands over arrive raw (message/rfc822), read whole.
    consumer
      .apply(express.raw({ type: 'message/rfc822', limit: MAX_INBOUND_MAIL }))
      .forRoutes({ path: 'inbound/mail', method: RequestMethod.POST });
  }
}
