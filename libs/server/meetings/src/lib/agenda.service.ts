import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AGENDA_SECTION_LABELS,
  AgendaSection,
  CaseStatus,
  DOMAIN_EVENTS,
  MeetingKind,
  MeetingStatus,
  OPEN_STATUSES,
  Sensitivity,
} from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import {
  ActionStatus,
  CaseActionEntity,
  CaseEntity,
  caseReadersCondition,
  CaseQueryService,
  recordEvent,
} from '@continuum/server/cases';
import { CoordinationBodyEntity } from '@continuum/server/coordination';
import {
  isTechnicalOrganization,
  OrganizationEntity,
  technicalOrganizationSql,
} from '@continuum/server/organizations';
import { badInput, conflict, emitEvent, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { overdueReason } from './agenda-reasons';
import {
  AgendaBacklogEntity,
  AgendaDecisionEntity,
  AgendaItemEntity,
  CaseEscalationEntity,
  MeetingEntity,
} from './entities/meeting.entities';
import { actorOf, MeetingsService, UUID } from './meetings.service';
import { AgendaItemModel, AgendaItemUpdate, DecisionInput } from './meetings.models';

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

const frDate = (day: string) => day.split('-').reverse().join('/');

/** What a request on an item withdrawn while it waited for the meeting is told. */
export const WITHDRAWN = 'Ce point vient d’être retiré de l’ordre du jour.';

/**
 * The agenda of a meeting: what the platform proposes from the cases attached to the body (with
 * the reason), what the secretary keeps, orders and times, and what each reader sees of it — an
 * item whose case they may not read is a « point confidentiel »; a plenary carries no RED item.
 */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly cases: CaseQueryService,
    private readonly audit: AuditService,
  ) {}

  /** The agenda as the principal may read it, in order. */
  async items(
    meeting: MeetingEntity,
    principal: RequestPrincipal,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AgendaItemModel[]> {
    const rows: (AgendaItemEntity & {
      sensitivity: Sensitivity | null;
      caseTitle: string | null;
      reference: string | null;
    })[] = await manager
      .getRepository(AgendaItemEntity)
      .createQueryBuilder('i')
      .leftJoin(CaseEntity, 'c', 'c.id = i.case_id')
      .select('i')
      .addSelect('c.sensitivity', 'sensitivity')
      .where('i.meeting_id = :id', { id: meeting.id })
      .orderBy('i.position', 'ASC')
      .getRawAndEntities()
      .then(({ entities, raw }) =>
        entities.map((entity) => {
          const match = raw.find((row) => row.i_id === entity.id);
          return Object.assign(entity, {
            sensitivity: match?.sensitivity ?? null,
            caseTitle: null,
            reference: null,
          });
        }),
      );
    const plenary = meeting.kind !== MeetingKind.GROUPE_RESTREINT;
    const kept = rows.filter((row) => !(plenary && row.sensitivity === Sensitivity.RED));
    const caseIds = kept.map((row) => row.caseId).filter((id): id is string => id !== null);
    const readable = await this.readableCaseIds(manager, caseIds, principal);
    const titles = readable.size
      ? new Map(
          (
            await manager
              .getRepository(CaseEntity)
              .find({ select: { id: true, title: true }, where: { id: In([...readable]) } })
          ).map((row) => [row.id, row.title]),
        )
      : new Map<string, string>();
    return kept.map((row, index) => {
      const confidential = row.caseId !== null && !readable.has(row.caseId);
      return {
        id: row.id,
        meetingId: row.meetingId,
        position: index + 1,
        section: row.section,
        durationMinutes: row.durationMinutes,
        confidential,
        title: confidential ? null : row.caseId ? (titles.get(row.caseId) ?? null) : row.title,
        reason: confidential ? null : row.reason,
        notes: confidential ? null : row.notes,
        carryOver: confidential ? false : row.carryOver,
        caseId: confidential ? null : row.caseId,
      };
    });
  }

  /** Decisions of the readable items only (a confidential item shows none). */
  async decisionsOf(itemIds: readonly string[]): Promise<AgendaDecisionEntity[][]> {
    const rows = await this.dataSource
      .getRepository(AgendaDecisionEntity)
      .find({ where: { agendaItemId: In([...itemIds]) }, order: { createdAt: 'ASC' } });
    return itemIds.map((id) => rows.filter((row) => row.agendaItemId === id));
  }

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
    const order = Object.values(AgendaSection);
    return proposals.sort(
      (a, b) => order.indexOf(a.section) - order.indexOf(b.section) || (b.urgency ?? 0) - (a.urgency ?? 0),
    );
  }

  /** Takes proposals into the agenda, at its end, with their section and reason. */
  async accept(
    meetingId: string,
    keys: readonly string[],
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<MeetingEntity> {
    if (keys.length === 0) throw badInput('keys', 'Choisissez au moins un point.');
    if (keys.length > 500) throw badInput('keys', 'Au plus 500 points à la fois.');
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, meetingId, principal);
      this.assertAgendaOpen(meeting);
      const proposals = new Map((await this.proposals(meeting, principal, manager)).map((p) => [p.key, p]));
      let position = await this.lastPosition(manager, meeting.id);
      for (const [index, key] of keys.entries()) {
        const proposal = proposals.get(key);
        if (!proposal) {
          await this.explainRefusal(manager, meeting, key, `keys.${index}`, principal);
          continue;
        }
        position += 1;
        const title = proposal.caseId ? null : proposal.title;
        await manager.insert(AgendaItemEntity, {
          meetingId: meeting.id,
          position,
          section: proposal.section,
          caseId: proposal.caseId,
          title,
          reason: proposal.reason,
          durationMinutes: 10,
        });
        if (proposal.caseId) {
          await manager.delete(AgendaBacklogEntity, { bodyId: meeting.bodyId, caseId: proposal.caseId });
          await manager.update(
            CaseEscalationEntity,
            { caseId: proposal.caseId, bodyId: meeting.bodyId, takenUpByMeetingId: IsNull() },
            { takenUpByMeetingId: meeting.id },
          );
        } else if (key.startsWith('backlog:')) {
          await manager.delete(AgendaBacklogEntity, { id: key.slice('backlog:'.length) });
        }
        proposals.delete(key);
      }
      await this.meetings.assertCharterForRedItems(manager, meeting);
      await this.audit.record(
        {
          action: 'meeting.agenda.accepted',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
          details: { keys },
        },
        manager,
      );
      return meeting;
    });
  }

  async addFreeItem(
    meetingId: string,
    title: string,
    durationMinutes: number | null,
    principal: RequestPrincipal,
  ): Promise<MeetingEntity> {
    const text = title.trim();
    if (text.length < 3 || text.length > 300)
      throw badInput('title', 'Le titre d’un point divers compte entre 3 et 300 caractères.');
    if (
      durationMinutes !== null &&
      (!Number.isInteger(durationMinutes) || durationMinutes < 1 || durationMinutes > 240)
    )
      throw badInput('durationMinutes', 'La durée d’un point est comprise entre 1 et 240 minutes.');
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, meetingId, principal);
      this.assertAgendaOpen(meeting);
      const position = (await this.lastPosition(manager, meeting.id)) + 1;
      await manager.insert(AgendaItemEntity, {
        meetingId: meeting.id,
        position,
        section: AgendaSection.FREE,
        caseId: null,
        title: text,
        reason: null,
        durationMinutes,
      });
      return meeting;
    });
  }

  /** Removes an item from the agenda; the backlog keeps it for a later meeting. */
  async removeItem(
    itemId: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.itemForPreparation(manager, itemId, principal);
      this.assertAgendaOpen(meeting);
      const decisions = await manager.countBy(AgendaDecisionEntity, { agendaItemId: item.id });
      if (decisions > 0)
        throw conflict('itemId', 'Ce point porte des décisions : il ne peut plus être retiré.');
      await manager.delete(AgendaItemEntity, { id: item.id });
      const reason = `Retiré de l’ordre du jour de la séance du ${frDate(this.meetings.dayOf(meeting.startsAt))}`;
      if (item.caseId) {
        await manager.query(
          `insert into agenda_backlog (body_id, case_id, reason, from_meeting_id) values ($1, $2, $3, $4)
           on conflict (body_id, case_id) where case_id is not null do update set reason = excluded.reason, from_meeting_id = excluded.from_meeting_id`,
          [meeting.bodyId, item.caseId, reason, meeting.id],
        );
      } else if (item.section !== AgendaSection.FREE || item.title) {
        await manager.insert(AgendaBacklogEntity, {
          bodyId: meeting.bodyId,
          caseId: null,
          title: item.title,
          reason,
          fromMeetingId: meeting.id,
        });
      }
      await this.renumber(manager, meeting.id);
      await this.audit.record(
        {
          action: 'meeting.agenda.removed',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
          details: { itemId },
        },
        manager,
      );
      return meeting;
    });
  }

  /** Puts the items in the given order; every item of the agenda must be listed once. */
  async reorder(
    meetingId: string,
    itemIds: readonly string[],
    principal: RequestPrincipal,
  ): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, meetingId, principal);
      this.assertAgendaOpen(meeting);
      // The items the agenda shows: a plenary never shows a RED case's item (it stays, last).
      const current: { id: string }[] = await manager.query(
        `select i.id from agenda_items i left join cases c on c.id = i.case_id
          where i.meeting_id = $1 and ($2 or c.sensitivity is distinct from 'RED')`,
        [meeting.id, meeting.kind === MeetingKind.GROUPE_RESTREINT],
      );
      const known = new Set(current.map((row) => row.id));
      if (
        itemIds.length !== known.size ||
        new Set(itemIds).size !== itemIds.length ||
        itemIds.some((id) => !known.has(id))
      )
        throw badInput('itemIds', 'L’ordre doit lister chaque point de l’ordre du jour une fois.');
      await manager.query(
        `update agenda_items i set position = o.ordinality from unnest($1::uuid[]) with ordinality as o(id, ordinality) where i.id = o.id`,
        [itemIds],
      );
      await manager.query(
        `update agenda_items i set position = $3 + r.n
           from (select id, row_number() over (order by position) as n from agenda_items
                  where meeting_id = $1 and id <> all($2::uuid[])) r
          where i.id = r.id`,
        [meeting.id, itemIds, itemIds.length],
      );
      return meeting;
    });
  }

  /** Duration, notes, carry-over and a free item's title. */
  async updateItem(
    itemId: string,
    input: AgendaItemUpdate,
    principal: RequestPrincipal,
  ): Promise<MeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.itemForPreparation(manager, itemId, principal);
      if (input.title !== undefined) {
        if (item.caseId)
          throw badInput('input.title', 'Le titre d’un point sur un dossier est celui du dossier.');
        item.title = input.title.trim();
      }
      if (input.durationMinutes !== undefined) item.durationMinutes = input.durationMinutes;
      if (input.notes !== undefined) {
        this.meetings.assertRecording(meeting, 'input.notes');
        item.notes = input.notes?.trim() || null;
      }
      if (input.carryOver !== undefined) {
        this.meetings.assertRecording(meeting, 'input.carryOver');
        item.carryOver = input.carryOver;
      }
      await manager.save(item);
      return meeting;
    });
  }

  /** A decision on an item; on a case item it becomes an action of the case for its owner organisation. */
  async addDecision(
    itemId: string,
    input: DecisionInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<AgendaDecisionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await this.itemForPreparation(manager, itemId, principal);
      this.meetings.assertRecording(meeting, 'itemId');
      const owner = await manager.findOneBy(OrganizationEntity, {
        id: input.ownerOrganizationId,
        disabledAt: IsNull(),
      });
      if (!owner) throw badInput('input.ownerOrganizationId', 'Organisation pilote inconnue ou désactivée.');
      const refusal = await this.pilotRefusal(manager, owner, item.caseId);
      if (refusal) throw badInput('input.ownerOrganizationId', refusal);
      const text = input.text.trim();
      let actionId: string | null = null;
      if (item.caseId) {
        if (!(await this.readableCaseIds(manager, [item.caseId], principal)).has(item.caseId))
          throw notFound('Point introuvable.');
        const body = await manager.findOneByOrFail(CoordinationBodyEntity, { id: meeting.bodyId });
        const action = await manager.save(
          manager.create(CaseActionEntity, {
            caseId: item.caseId,
            title: text.length > 200 ? `${text.slice(0, 197)}…` : text,
            description: `Décision de ${body.name}, séance du ${frDate(this.meetings.dayOf(meeting.startsAt))}.`,
            organizationId: owner.id,
            assigneeUserId: null,
            dueOn: input.dueOn ?? null,
            status: ActionStatus.TODO,
            createdByUserId: principal.actor.userId,
          }),
        );
        actionId = action.id;
        await recordEvent(manager, item.caseId, 'decided', principal, {
          body: body.name,
          date: frDate(this.meetings.dayOf(meeting.startsAt)),
          text,
          organization: owner.name,
        });
      }
      const decision = await manager.save(
        manager.create(AgendaDecisionEntity, {
          agendaItemId: item.id,
          text,
          ownerOrganizationId: owner.id,
          dueOn: input.dueOn ?? null,
          caseActionId: actionId,
          createdByUserId: principal.actor.userId,
        }),
      );
      await emitEvent(manager, DOMAIN_EVENTS.DECISION_ASSIGNED, {
        decisionId: decision.id,
        actorUserId: principal.actor.userId,
      });
      await this.audit.record(
        {
          action: 'meeting.decision.added',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
          details: { itemId: item.id, decisionId: decision.id },
        },
        manager,
      );
      return decision;
    });
  }

  /**
   * Convenes the meeting: its agenda is published. What the platform proposed and was not taken
   * goes to the body's backlog, offered again next time.
   */
  async convene(
    meetingId: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    outbox: (manager: EntityManager, meeting: MeetingEntity) => Promise<string[]>,
  ): Promise<{ meeting: MeetingEntity; mailIds: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.forPreparation(manager, meetingId, principal);
      if (meeting.status !== MeetingStatus.DRAFT)
        throw conflict('meetingId', 'La séance est déjà convoquée.');
      if (meeting.startsAt.getTime() < Date.now())
        throw badInput('startsAt', 'Une séance ne peut pas être convoquée dans le passé : changez sa date.');
      const invited = await manager.query(
        'select count(*)::int as n from meeting_invitees where meeting_id = $1',
        [meeting.id],
      );
      if (invited[0].n === 0) throw badInput('inviteeUserIds', 'Personne n’est convoqué à cette séance.');
      const items = await manager.countBy(AgendaItemEntity, { meetingId: meeting.id });
      if (items === 0) throw badInput('agenda', 'L’ordre du jour est vide.');
      await this.meetings.assertCharterForRedItems(manager, meeting);
      const left = (await this.proposals(meeting, principal, manager)).filter(
        (p) => p.caseId && p.section !== AgendaSection.BACKLOG,
      );
      for (const proposal of left) {
        await manager.query(
          `insert into agenda_backlog (body_id, case_id, reason, from_meeting_id) values ($1, $2, $3, $4)
           on conflict (body_id, case_id) where case_id is not null do nothing`,
          [
            meeting.bodyId,
            proposal.caseId,
            `Proposé pour la séance du ${frDate(this.meetings.dayOf(meeting.startsAt))} (${AGENDA_SECTION_LABELS[proposal.section].toLowerCase()}), non retenu`,
            meeting.id,
          ],
        );
      }
      meeting.status = MeetingStatus.CONVENED;
      meeting.convenedAt = new Date();
      meeting.sequence += 1;
      await manager.save(meeting);
      const mailIds = await outbox(manager, meeting);
      await emitEvent(manager, DOMAIN_EVENTS.MEETING_CONVENED, {
        meetingId: meeting.id,
        actorUserId: principal.actor.userId,
      });
      await this.audit.record(
        {
          action: 'meeting.convened',
          actor: actorOf(principal),
          subjectType: 'Meeting',
          subjectId: meeting.id,
          origin,
          details: { mails: mailIds.length },
        },
        manager,
      );
      return { meeting, mailIds };
    });
  }

  /**
   * The organisations that may pilot a decision on an item (SHARING.md « Decisions »): a partner —
   * not the platform's technical administration — with an active member who may read the item's
   * case, as for a case's actions. Offered to the secretary and checked again on each decision.
   */
  async pilotCandidates(
    caseId: string | null,
    db: EntityManager = this.dataSource.manager,
  ): Promise<OrganizationEntity[]> {
    return (await this.pilotCandidatesOf([caseId], db))[0];
  }

  /** `pilotCandidates` for many items at once (one query per call), in the order of `caseIds`. */
  async pilotCandidatesOf(
    caseIds: readonly (string | null)[],
    db: EntityManager = this.dataSource.manager,
  ): Promise<OrganizationEntity[][]> {
    const partners = await db
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .where('o.disabled_at is null')
      .andWhere(`not ${technicalOrganizationSql('o')}`)
      .getMany();
    partners.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    const ids = [...new Set(caseIds.filter((id): id is string => id !== null && UUID.test(id)))];
    const readers: { case_id: string; organization_id: string }[] = ids.length
      ? await db.query(
          `select distinct c.id as case_id, o.id as organization_id
             from cases c, users u join organizations o on o.id = u.organization_id
            where c.id = any($1::uuid[]) and u.disabled_at is null and o.disabled_at is null
              and (${caseReadersCondition('c', 'u', 'o')})`,
          [ids],
        )
      : [];
    return caseIds.map((caseId) =>
      caseId === null
        ? partners
        : partners.filter((o) => readers.some((r) => r.case_id === caseId && r.organization_id === o.id)),
    );
  }

  private async pilotRefusal(
    manager: EntityManager,
    owner: OrganizationEntity,
    caseId: string | null,
  ): Promise<string | null> {
    if (await isTechnicalOrganization(manager, owner.id))
      return `${owner.name} administre la plateforme : elle ne pilote pas de décision.`;
    if (caseId && !(await this.pilotCandidates(caseId, manager)).some((o) => o.id === owner.id))
      return `Personne de ${owner.name} ne peut lire ce dossier : choisissez un pilote qui le lit, ou partagez-le d’abord.`;
    return null;
  }

  private assertAgendaOpen(meeting: MeetingEntity): void {
    if (meeting.status === MeetingStatus.HELD)
      throw conflict('meetingId', 'La séance a eu lieu : son ordre du jour ne change plus.');
  }

  private async explainRefusal(
    manager: EntityManager,
    meeting: MeetingEntity,
    key: string,
    field: string,
    principal: RequestPrincipal,
  ): Promise<never> {
    const [kind, id] = key.split(':');
    if (kind === 'case' && id && UUID.test(id)) {
      const readable = await this.readableCaseIds(manager, [id], principal);
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

  /**
   * The item and its meeting, the meeting locked; the item is read again under the lock, since a
   * parallel withdrawal may have committed while this request waited for it.
   */
  private async itemForPreparation(manager: EntityManager, itemId: string, principal: RequestPrincipal) {
    const found = UUID.test(itemId) ? await manager.findOneBy(AgendaItemEntity, { id: itemId }) : null;
    if (!found) throw notFound('Point introuvable.');
    const meeting = await this.meetings.forPreparation(manager, found.meetingId, principal);
    const item = await manager.findOneBy(AgendaItemEntity, { id: found.id, meetingId: meeting.id });
    if (!item) throw conflict('itemId', WITHDRAWN);
    return { item, meeting };
  }

  /**
   * Which of the cases the principal may read, asked on the caller's connection: a request that
   * holds the meeting's lock must not wait for a second connection of the pool, which the requests
   * queued behind that lock may all be holding.
   */
  private async readableCaseIds(
    manager: EntityManager,
    ids: readonly string[],
    principal: RequestPrincipal,
  ): Promise<Set<string>> {
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Set();
    const [sql, params] = this.cases
      .readable(principal, 'c')
      .select('c.id', 'id')
      .andWhere('c.id in (:...ids)', { ids: valid })
      .getQueryAndParameters();
    const rows: { id: string }[] = await manager.query(sql, params);
    return new Set(rows.map((row) => row.id));
  }

  private async lastPosition(manager: EntityManager, meetingId: string): Promise<number> {
    const [row] = await manager.query(
      'select coalesce(max(position), 0)::int as last from agenda_items where meeting_id = $1',
      [meetingId],
    );
    return row.last;
  }

  private async renumber(manager: EntityManager, meetingId: string): Promise<void> {
    await manager.query(
      `update agenda_items i set position = r.n
         from (select id, row_number() over (order by position) as n from agenda_items where meeting_id = $1) r
        where i.id = r.id`,
      [meetingId],
    );
  }
}
