import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AGENDA_SECTION_LABELS,
  AgendaSection,
  DOMAIN_EVENTS,
  MeetingKind,
  MeetingStatus,
  Sensitivity,
} from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { CaseEntity, CaseQueryService } from '@continuum/server/cases';
import { badInput, conflict, emitEvent } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  AgendaBacklogEntity,
  AgendaDecisionEntity,
  AgendaItemEntity,
  CaseEscalationEntity,
  MeetingEntity,
} from './entities/meeting.entities';
import { actorOf, MeetingsService } from './meetings.service';
import { AgendaItemModel, AgendaItemUpdate } from './meetings.models';
import { frDate, itemForPreparation, readableCaseIds } from './agenda-access';
import { AgendaProposalsService } from './agenda-proposals.service';

/**
 * The agenda of a meeting: what the secretary keeps (from the proposals), orders and times, and what
 * each reader sees of it — an item whose case they may not read is a « point confidentiel »; a
 * plenary carries no RED item. Convening publishes it.
 */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly cases: CaseQueryService,
    private readonly audit: AuditService,
    private readonly proposer: AgendaProposalsService,
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
    const readable = await readableCaseIds(this.cases, manager, caseIds, principal);
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
      const proposals = new Map(
        (await this.proposer.proposals(meeting, principal, manager)).map((p) => [p.key, p]),
      );
      let position = await this.lastPosition(manager, meeting.id);
      for (const [index, key] of keys.entries()) {
        const proposal = proposals.get(key);
        if (!proposal) {
          await this.proposer.explainRefusal(manager, meeting, key, `keys.${index}`, principal);
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
      const { item, meeting } = await itemForPreparation(this.meetings, manager, itemId, principal);
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
      const { item, meeting } = await itemForPreparation(this.meetings, manager, itemId, principal);
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
      const left = (await this.proposer.proposals(meeting, principal, manager)).filter(
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

  private assertAgendaOpen(meeting: MeetingEntity): void {
    if (meeting.status === MeetingStatus.HELD)
      throw conflict('meetingId', 'La séance a eu lieu : son ordre du jour ne change plus.');
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
