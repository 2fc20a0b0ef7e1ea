import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgendaSection, BodyKind, CaseStatus, OPEN_STATUSES, Sensitivity } from '@continuum/domain';
import { CaseEntity, CaseQueryService } from '@continuum/server/cases';
import { CoordinationBodyEntity } from '@continuum/server/coordination';
import { PlanReviewProposalsService } from '@continuum/server/plan';
import { badInput } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { frDate, readableCaseIds } from './agenda-access';
import { overdueReason } from './agenda-reasons';
import { AgendaBacklogEntity, AgendaItemEntity, MeetingEntity } from './entities/meeting.entities';
import { MeetingsService, UUID } from './meetings.service';

export interface Proposal {
  key: string;
  section: AgendaSection;
  reason: string;
  title: string | null;
  caseId: string | null;
  /** Within a section, the more urgent first (overdue actions); otherwise the newest first. */
  urgency?: number;
}

interface CandidateRow {
  id: string;
  status: CaseStatus;
  opened_at: Date;
  is_new: boolean;
  overdue: number;
  /** Of those, the ones already late today (the others fall due before the meeting). */
  late: number;
  oldest_due: string | null;
  assessment_due: boolean;
  assessment_due_on: string | null;
  escalation: string | null;
  carried: boolean;
  decided: number;
  decided_done: number;
  backlog_reason: string | null;
}

/**
 * What the platform proposes for a meeting's agenda, with the reason, among the cases attached to
 * its body that the reader may read — and, for a key that is not proposed, why.
 */
@Injectable()
export class AgendaProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly cases: CaseQueryService,
    private readonly planReview: PlanReviewProposalsService,
  ) {}

  /**
   * What the platform proposes for the meeting, by section, among the cases attached to the body
   * that the principal may read and that are not on the agenda yet — in one query.
   */
  async proposals(
    meeting: MeetingEntity,
    principal: RequestPrincipal,
    manager?: EntityManager,
  ): Promise<Proposal[]> {
    const db = manager ?? this.dataSource.manager;
    const previous: { id: string; starts_at: Date } | undefined = (
      await db.query(
        `select id, starts_at from meetings
          where body_id = $1 and id <> $2 and starts_at < $3 and status <> 'DRAFT'
            and working_group_id is not distinct from $4
          order by starts_at desc limit 1`,
        [meeting.bodyId, meeting.id, meeting.startsAt, meeting.workingGroupId],
      )
    )[0];
    const body = await db.findOneByOrFail(CoordinationBodyEntity, { id: meeting.bodyId });
    const since = previous?.starts_at ?? body.createdAt;
    const day = this.meetings.dayOf(meeting.startsAt);
    // The candidates under the policy, then each source grouped once (not once per case): the
    // previous meeting's items and decisions, overdue actions, escalations, the backlog.
    const candidates = this.cases
      .readable(principal, 'c')
      .select('c.id', 'id')
      .addSelect('c.status', 'status')
      .addSelect('c.opened_at', 'opened_at')
      .addSelect('c.assessment_due_on', 'assessment_due_on')
      .andWhere('c.body_id = :bodyId')
      .andWhere(
        `c.id not in (select ai.case_id from agenda_items ai where ai.meeting_id = :meetingId and ai.case_id is not null)`,
      )
      .andWhere(meeting.workingGroupId ? 'c.working_group_id = :group' : `c.sensitivity <> 'RED'`)
      .setParameters({ bodyId: meeting.bodyId, meetingId: meeting.id, group: meeting.workingGroupId });
    const [candidateSql, candidateParams] = candidates.getQueryAndParameters();
    const offset = candidateParams.length;
    const rows: CandidateRow[] = await db.query(
      `with candidates as (${candidateSql}),
       overdue as (
         select a.case_id, count(*)::int as overdue, count(*) filter (where a.due_on < $${offset + 5}::date)::int as late,
                to_char(min(a.due_on), 'YYYY-MM-DD') as oldest_due
           from case_actions a join candidates k on k.id = a.case_id
          where a.status in ('TODO', 'IN_PROGRESS') and a.due_on < $${offset + 1}::date
          group by a.case_id),
       escalations as (
         select e.case_id, string_agg(e.by_label || ' : ' || e.reason, ' ; ' order by e.created_at) as escalation
           from case_escalations e
          where e.body_id = $${offset + 2} and e.taken_up_by_meeting_id is null
          group by e.case_id),
       previous as (
         select i.case_id, bool_or(i.carry_over) as carried, count(d.id)::int as decided,
                (count(d.id) filter (where a.status = 'DONE'))::int as decided_done
           from agenda_items i
           left join agenda_decisions d on d.agenda_item_id = i.id
           left join case_actions a on a.id = d.case_action_id
          where i.meeting_id = $${offset + 3} and i.case_id is not null
          group by i.case_id)
       select k.id, k.status, k.opened_at, k.opened_at > $${offset + 4} as is_new,
              coalesce(o.overdue, 0) as overdue, coalesce(o.late, 0) as late, o.oldest_due,
              coalesce(k.assessment_due_on <= $${offset + 1}::date and k.status in ('NEW', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT'), false) as assessment_due,
              to_char(k.assessment_due_on, 'YYYY-MM-DD') as assessment_due_on,
              e.escalation, coalesce(p.carried, false) as carried, coalesce(p.decided, 0) as decided,
              coalesce(p.decided_done, 0) as decided_done, b.reason as backlog_reason
         from candidates k
         left join overdue o on o.case_id = k.id
         left join escalations e on e.case_id = k.id
         left join previous p on p.case_id = k.id
         left join agenda_backlog b on b.body_id = $${offset + 2} and b.case_id = k.id
        where p.case_id is not null
           or (k.status in ('NEW', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT', 'ON_HOLD')
               and (k.opened_at > $${offset + 4} or o.case_id is not null or e.case_id is not null or b.case_id is not null
                    or k.assessment_due_on <= $${offset + 1}::date))
        order by k.opened_at desc, k.id`,
      [...candidateParams, day, meeting.bodyId, previous?.id ?? null, since, this.meetings.dayOf(new Date())],
    );
    const proposals: Proposal[] = [];
    for (const row of rows) {
      const reasons: { section: AgendaSection; reason: string }[] = [];
      const open = OPEN_STATUSES.includes(row.status);
      if (row.carried)
        reasons.push({ section: AgendaSection.CARRIED_OVER, reason: 'Reporté lors de la dernière séance' });
      if (row.decided > 0)
        reasons.push({
          section: AgendaSection.FOLLOW_UP,
          reason: `${row.decided} décision${row.decided > 1 ? 's' : ''} de la dernière séance, ${row.decided_done} réalisée${row.decided_done > 1 ? 's' : ''}`,
        });
      if (open && row.is_new)
        reasons.push({
          section: AgendaSection.NEW_CASES,
          reason: 'Nouveau dossier depuis la dernière séance',
        });
      if (open && row.overdue > 0)
        reasons.push({
          section: AgendaSection.OVERDUE_ACTIONS,
          reason: overdueReason(row.late, row.overdue - row.late, frDate(row.oldest_due!)),
        });
      if (open && row.assessment_due)
        reasons.push({
          section: AgendaSection.ASSESSMENT_DUE,
          reason: `Évaluation prévue le ${frDate(row.assessment_due_on!)}`,
        });
      if (open && row.escalation)
        reasons.push({ section: AgendaSection.ESCALATED, reason: `Signalé par ${row.escalation}` });
      if (open && row.backlog_reason)
        reasons.push({ section: AgendaSection.BACKLOG, reason: row.backlog_reason });
      if (reasons.length === 0) continue;
      proposals.push({
        key: `case:${row.id}`,
        section: reasons[0].section,
        reason: reasons.map((r) => r.reason).join(' · '),
        title: null,
        caseId: row.id,
        urgency: reasons[0].section === AgendaSection.OVERDUE_ACTIONS ? row.overdue : 0,
      });
    }
    // Free items: carried over from the last meeting, or waiting in the backlog.
    if (previous) {
      const carried: { id: string; title: string }[] = await db.query(
        `select id, title from agenda_items where meeting_id = $1 and case_id is null and carry_over
            and title not in (select title from agenda_items where meeting_id = $2 and case_id is null)
          order by position`,
        [previous.id, meeting.id],
      );
      for (const item of carried)
        proposals.push({
          key: `item:${item.id}`,
          section: AgendaSection.CARRIED_OVER,
          reason: 'Point divers reporté lors de la dernière séance',
          title: item.title,
          caseId: null,
        });
    }
    // A free item left by a restricted group's meeting stays with that group (L132-5): it is never
    // offered to a plenary, nor to another group; one whose meeting is gone, only to a plenary.
    const backlog: Pick<AgendaBacklogEntity, 'id' | 'title' | 'reason'>[] = await db.query(
      `select b.id, b.title, b.reason from agenda_backlog b left join meetings f on f.id = b.from_meeting_id
        where b.body_id = $1 and b.case_id is null and f.working_group_id is not distinct from $2
        order by b.created_at`,
      [meeting.bodyId, meeting.workingGroupId],
    );
    for (const entry of backlog)
      proposals.push({
        key: `backlog:${entry.id}`,
        section: AgendaSection.BACKLOG,
        reason: entry.reason ?? 'Point non retenu précédemment',
        title: entry.title,
        caseId: null,
      });
    // A PADRSQ review also follows the plan: its objectives (off track first) and the period's operations.
    if (body.kind === BodyKind.REVUE_PADRSQ)
      for (const proposal of await this.planReview.proposals(
        principal,
        meeting,
        previous?.starts_at ?? null,
        manager,
      ))
        proposals.push({ ...proposal, caseId: null });
    const order = Object.values(AgendaSection);
    return proposals.sort(
      (a, b) => order.indexOf(a.section) - order.indexOf(b.section) || (b.urgency ?? 0) - (a.urgency ?? 0),
    );
  }

  /** Why a key is not among the proposals, said on its field (always throws). */
  async explainRefusal(
    manager: EntityManager,
    meeting: MeetingEntity,
    key: string,
    field: string,
    principal: RequestPrincipal,
  ): Promise<never> {
    const [kind, id] = key.split(':');
    if (kind === 'case' && id && UUID.test(id)) {
      const readable = await readableCaseIds(this.cases, manager, [id], principal);
      if (!readable.has(id)) throw badInput(field, 'Dossier introuvable.');
      const row = await manager.findOne(CaseEntity, {
        where: { id },
        select: { id: true, bodyId: true, workingGroupId: true, sensitivity: true },
      });
      if (row?.bodyId !== meeting.bodyId)
        throw badInput(field, 'Ce dossier n’est pas rattaché à cette instance.');
      if (!meeting.workingGroupId && row.sensitivity === Sensitivity.RED)
        throw badInput(
          field,
          'Un dossier confidentiel (TLP:RED) ne peut figurer qu’à l’ordre du jour du groupe restreint.',
        );
      if (meeting.workingGroupId && row.workingGroupId !== meeting.workingGroupId)
        throw badInput(field, 'Ce dossier n’est pas rattaché à ce groupe restreint.');
      const already = await manager.countBy(AgendaItemEntity, { meetingId: meeting.id, caseId: id });
      if (already) throw badInput(field, 'Ce dossier est déjà à l’ordre du jour.');
      throw badInput(
        field,
        'Ce dossier n’a aucune raison d’être proposé (clos, sans échéance ni signalement) : signalez-le d’abord.',
      );
    }
    throw badInput(field, 'Proposition inconnue ou déjà retenue.');
  }
}
