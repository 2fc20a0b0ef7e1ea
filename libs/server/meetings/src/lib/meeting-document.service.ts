import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AGENDA_SECTION_LABELS,
  ATTENDANCE_LABELS,
  Attendance,
  CASE_CATEGORIES,
  frenchDay,
  MEETING_KIND_LABELS,
  MeetingKind,
  MeetingStatus,
  SENSITIVITY_LABELS,
} from '@continuum/domain';
import { CaseEntity } from '@continuum/server/cases';
import { CoordinationBodyEntity, WorkingGroupEntity } from '@continuum/server/coordination';
import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import { APP_CONFIG } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { AgendaService } from './agenda.service';
import type { MeetingDocument, MeetingDocumentItem } from './documents/meeting-document';
import { MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';

/**
 * Builds the agenda or the minutes of a meeting as one reader may read them, for the documents
 * and the convocation mails: the redaction is the agenda's (AgendaService.items), never redone.
 */
@Injectable()
export class MeetingDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agenda: AgendaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async build(
    meeting: MeetingEntity,
    kind: 'AGENDA' | 'MINUTES',
    principal: RequestPrincipal,
    db: EntityManager = this.dataSource.manager,
  ): Promise<MeetingDocument> {
    const body = await db.findOneByOrFail(CoordinationBodyEntity, { id: meeting.bodyId });
    const chair = await db.findOneByOrFail(OrganizationEntity, { id: body.chairOrganizationId });
    const secretary = body.secretaryUserId
      ? await db.findOneBy(UserEntity, { id: body.secretaryUserId })
      : null;
    const group = meeting.workingGroupId
      ? await db.findOneBy(WorkingGroupEntity, { id: meeting.workingGroupId })
      : null;
    const items = await this.agenda.items(meeting, principal, db);
    const caseIds = items.map((item) => item.caseId).filter((id): id is string => id !== null);
    const cases = caseIds.length ? await db.findBy(CaseEntity, { id: In(caseIds) }) : [];
    const communes: { code: string; name: string }[] = cases.length
      ? await db.query('select code, name from communes where code = any($1)', [
          [...new Set(cases.map((c) => c.communeCode))],
        ])
      : [];
    const readableIds = items.filter((item) => !item.confidential).map((item) => item.id);
    const decisions: { agenda_item_id: string; text: string; due_on: string | null; owner: string }[] =
      readableIds.length
        ? await db.query(
            `select d.agenda_item_id, d.text, to_char(d.due_on, 'YYYY-MM-DD') as due_on, o.name as owner
             from agenda_decisions d join organizations o on o.id = d.owner_organization_id
            where d.agenda_item_id = any($1::uuid[]) order by d.created_at`,
            [readableIds],
          )
        : [];
    const invitees: (MeetingInviteeEntity & { full_name: string; organization: string })[] = await db.query(
      `select i.attendance, i.represented_by as "representedBy", u.full_name, o.name as organization
         from meeting_invitees i join users u on u.id = i.user_id join organizations o on o.id = u.organization_id
        where i.meeting_id = $1 order by o.name, u.full_name`,
      [meeting.id],
    );
    const minutes = kind === 'MINUTES';
    // The agenda's own order and numbers (AgendaService.items), never regrouped by section: the
    // numbers read in the meeting are the same on the page, in the files and in the mails.
    const documentItems = items.map((item): MeetingDocumentItem => {
      if (item.confidential)
        return { confidential: true, position: item.position, durationMinutes: item.durationMinutes };
      const found = item.caseId ? cases.find((c) => c.id === item.caseId) : undefined;
      return {
        confidential: false,
        position: item.position,
        durationMinutes: item.durationMinutes,
        section: AGENDA_SECTION_LABELS[item.section] ?? null,
        reference: found?.reference ?? null,
        title: item.title ?? '',
        details: found
          ? `${CASE_CATEGORIES[found.category]?.label ?? found.category} — ${communes.find((c) => c.code === found.communeCode)?.name ?? found.communeCode} — ${SENSITIVITY_LABELS[found.sensitivity]}`
          : null,
        reason: item.reason,
        notes: minutes ? item.notes : null,
        decisions: minutes
          ? decisions
              .filter((d) => d.agenda_item_id === item.id)
              .map((d) => ({ text: d.text, owner: d.owner, dueOn: d.due_on }))
          : [],
        carriedOver: minutes && item.carryOver,
      };
    });
    const approver = meeting.minutesApprovedByUserId
      ? await db.findOneBy(UserEntity, { id: meeting.minutesApprovedByUserId })
      : null;
    const held = meeting.status === MeetingStatus.HELD || meeting.status === MeetingStatus.MINUTES_APPROVED;
    return {
      kind,
      bodyName: body.name,
      meetingLabel: group
        ? `${MEETING_KIND_LABELS[MeetingKind.GROUPE_RESTREINT]} « ${group.name} »`
        : MEETING_KIND_LABELS[meeting.kind],
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      timeZone: this.config.timeZone,
      place: meeting.place,
      visioUrl: meeting.visioUrl,
      chairOrganization: chair.name,
      secretary: secretary?.fullName ?? null,
      participants: invitees.map((row) => ({
        name: row.full_name,
        organization: row.organization,
        attendance: held && row.attendance !== Attendance.INVITED ? ATTENDANCE_LABELS[row.attendance] : null,
        representedBy: row.representedBy,
      })),
      items: documentItems,
      summary: minutes ? meeting.summary : null,
      approval:
        minutes && meeting.minutesApprovedAt
          ? `Approuvé le ${frenchDay(meeting.minutesApprovedAt, this.config.timeZone)}${approver ? ` par ${approver.fullName}` : ''}`
          : null,
      readerLabel: principal.label,
      generatedAt: new Date(),
      notice: this.config.demoMode ? 'Démonstration — données fictives' : null,
    };
  }
}
