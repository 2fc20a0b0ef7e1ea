import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOMAIN_EVENTS } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import {
  ActionStatus,
  CaseActionEntity,
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
import { badInput, emitEvent, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { frDate, itemForPreparation, readableCaseIds } from './agenda-access';
import { AgendaDecisionEntity } from './entities/meeting.entities';
import { actorOf, MeetingsService, UUID } from './meetings.service';
import { DecisionInput } from './meetings.models';

/**
 * The decisions taken on agenda items: who may pilot one (SHARING.md « Decisions »), and a decision
 * on a case item becoming an action of the case for its pilot organisation.
 */
@Injectable()
export class AgendaDecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly cases: CaseQueryService,
    private readonly audit: AuditService,
  ) {}

  /** Decisions of the readable items only (a confidential item shows none). */
  async decisionsOf(itemIds: readonly string[]): Promise<AgendaDecisionEntity[][]> {
    const rows = await this.dataSource
      .getRepository(AgendaDecisionEntity)
      .find({ where: { agendaItemId: In([...itemIds]) }, order: { createdAt: 'ASC' } });
    return itemIds.map((id) => rows.filter((row) => row.agendaItemId === id));
  }

  /** A decision on an item; on a case item it becomes an action of the case for its owner organisation. */
  async addDecision(
    itemId: string,
    input: DecisionInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<AgendaDecisionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { item, meeting } = await itemForPreparation(this.meetings, manager, itemId, principal);
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
        if (!(await readableCaseIds(this.cases, manager, [item.caseId], principal)).has(item.caseId))
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
}
