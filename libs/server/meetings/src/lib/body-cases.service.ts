import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_STATUSES } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { CaseEntity, CaseQueryService, recordEvent } from '@continuum/server/cases';
import { BodiesService, CoordinationBodyEntity, WorkingGroupEntity } from '@continuum/server/coordination';
import { badInput, conflict, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CaseEscalationEntity } from './entities/meeting.entities';
import { actorOf, UUID } from './meetings.service';

/**
 * Cases and bodies: attaching a case to a body (by its owner, or by the body's secretary) makes
 * the body's member organisations involved for AMBER; attaching it to a restricted working group
 * gives its RED content to the group's members who signed the charter. A member organisation
 * may ask for a case to be discussed at the next meeting.
 */
@Injectable()
export class BodyCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly bodies: BodiesService,
    private readonly audit: AuditService,
  ) {}

  async attach(
    caseId: string,
    bodyId: string | null,
    workingGroupId: string | null,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CaseEntity> {
    const visible = await this.cases.get(caseId, principal, null);
    const owner = principal.ability.can('update', await this.cases.subject(visible.id));
    if (bodyId && !UUID.test(bodyId)) throw badInput('bodyId', 'Instance introuvable.');
    return this.dataSource.transaction(async (manager) => {
      // The attachment is read again with the case locked: a parallel attachment may have been
      // committed since, and only one of two identical requests writes the history.
      const current = await lockCase(manager, visible.id);
      const target = bodyId ? await manager.findOneBy(CoordinationBodyEntity, { id: bodyId }) : null;
      if (bodyId && !target) throw badInput('bodyId', 'Instance introuvable.');
      const previous = current.bodyId
        ? await manager.findOneBy(CoordinationBodyEntity, { id: current.bodyId })
        : null;
      const secretaryOf = (body: CoordinationBodyEntity | null) =>
        body !== null &&
        principal.ability.can('update', this.bodies.subjectOf(body)) &&
        body.secretaryUserId === principal.actor.userId;
      // The owner moves the case freely; a secretary attaches to their body, or detaches from it.
      const allowed =
        owner ||
        (target ? secretaryOf(target) && (!previous || secretaryOf(previous)) : secretaryOf(previous));
      if (!allowed)
        throw forbidden(
          'Seuls l’organisation qui porte le dossier et le secrétariat de l’instance rattachent un dossier.',
        );
      let group: WorkingGroupEntity | null = null;
      if (workingGroupId) {
        if (!target)
          throw badInput('workingGroupId', 'Un groupe restreint appartient à une instance : choisissez-la.');
        group = UUID.test(workingGroupId)
          ? await manager.findOneBy(WorkingGroupEntity, { id: workingGroupId, bodyId: target.id })
          : null;
        if (!group)
          throw badInput('workingGroupId', 'Ce groupe de travail n’appartient pas à cette instance.');
      }
      if (current.bodyId === (target?.id ?? null) && current.workingGroupId === (group?.id ?? null))
        throw conflict(
          'bodyId',
          target ? 'Le dossier est déjà rattaché ainsi.' : 'Le dossier n’est rattaché à aucune instance.',
        );
      await manager.update(
        CaseEntity,
        { id: visible.id },
        { bodyId: target?.id ?? null, workingGroupId: group?.id ?? null },
      );
      if (target) {
        await recordEvent(manager, visible.id, 'attached_to_body', principal, {
          body: target.name,
          workingGroup: group?.name ?? null,
        });
      } else if (previous) {
        await recordEvent(manager, visible.id, 'detached_from_body', principal, { body: previous.name });
      }
      await this.audit.record(
        {
          action: 'case.attached',
          actor: actorOf(principal),
          subjectType: 'Case',
          subjectId: visible.id,
          origin,
          details: { bodyId: target?.id ?? null, workingGroupId: group?.id ?? null },
        },
        manager,
      );
      return manager.findOneByOrFail(CaseEntity, { id: visible.id });
    });
  }

  /** A member organisation asks for the case at the body's next meeting. */
  async escalate(
    caseId: string,
    reason: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CaseEntity> {
    const visible = await this.cases.get(caseId, principal, null);
    const text = reason.trim();
    if (text.length < 3 || text.length > 1000)
      throw badInput('reason', 'Le motif compte entre 3 et 1 000 caractères.');
    return this.dataSource.transaction(async (manager) => {
      // Checked with the case locked: of two parallel signals by the same person, one is written.
      const current = await lockCase(manager, visible.id);
      if (!current.bodyId) throw badInput('caseId', 'Le dossier n’est rattaché à aucune instance.');
      if (!OPEN_STATUSES.includes(current.status)) throw badInput('caseId', 'Le dossier n’est plus ouvert.');
      const body = await manager.findOneByOrFail(CoordinationBodyEntity, { id: current.bodyId });
      const [member] = await manager.query(
        `select 1 from coordination_body_organizations where body_id = $1 and organization_id = $2
         union all select 1 from coordination_bodies where id = $1 and secretary_user_id = $3`,
        [body.id, principal.actor.organizationId, principal.actor.userId],
      );
      if (!member)
        throw forbidden(
          'Seules les organisations membres de l’instance signalent un dossier à sa prochaine séance.',
        );
      const waiting = await manager.countBy(CaseEscalationEntity, {
        caseId: visible.id,
        bodyId: body.id,
        byUserId: principal.actor.userId,
        takenUpByMeetingId: IsNull(),
      });
      if (waiting > 0)
        throw conflict('caseId', 'Vous avez déjà signalé ce dossier pour la prochaine séance.');
      await manager.insert(CaseEscalationEntity, {
        caseId: visible.id,
        bodyId: body.id,
        byUserId: principal.actor.userId,
        byLabel: principal.label,
        reason: text,
      });
      await recordEvent(manager, visible.id, 'escalated', principal, { body: body.name, reason: text });
      await this.audit.record(
        {
          action: 'case.escalated',
          actor: actorOf(principal),
          subjectType: 'Case',
          subjectId: visible.id,
          origin,
        },
        manager,
      );
      return manager.findOneByOrFail(CaseEntity, { id: visible.id });
    });
  }
}

/** The case's attachment and status, its row locked until the transaction ends. */
async function lockCase(
  manager: EntityManager,
  id: string,
): Promise<Pick<CaseEntity, 'bodyId' | 'workingGroupId' | 'status'>> {
  const [row] = await manager.query(
    `select body_id as "bodyId", working_group_id as "workingGroupId", status from cases where id = $1 for update`,
    [id],
  );
  if (!row) throw notFound('Dossier introuvable.');
  return row;
}
