import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@continuum/server/audit';
import type { RequestOrigin } from '@continuum/server/audit';
import { DOMAIN_EVENTS } from '@continuum/domain';
import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import { badInput, conflict, emitEvent, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { CaseCommandService } from './case-command.service';
import { refuseFutureBirthYear, refusePastDate } from './case-dates';
import { lockCase } from './case-locks';
import { CaseQueryService } from './case-query.service';
import { recordEvent } from './case-timeline';
import { caseReadersCondition } from './policy/case-policy.sql';
import { CaseActionInput, CasePersonInput, UpdateCaseActionInput } from './cases.inputs';
import { ActionStatus, CaseActionEntity } from './entities/case-action.entity';
import { AssignmentStatus, CaseAssignmentEntity } from './entities/case-assignment.entity';
import { CaseCommentEntity } from './entities/case-comment.entity';
import { CasePersonEntity } from './entities/case-person.entity';

/** How the timeline words an action's status (« statut « Terminée » »). */
const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  [ActionStatus.TODO]: 'À faire',
  [ActionStatus.IN_PROGRESS]: 'En cours',
  [ActionStatus.DONE]: 'Terminée',
  [ActionStatus.CANCELLED]: 'Annulée',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The work on a case: actions, comments and the nominative block. */
@Injectable()
export class CaseWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: CaseQueryService,
    private readonly commands: CaseCommandService,
    private readonly audit: AuditService,
  ) {}

  /** The owner plans actions for anyone working the case; an accepted assignee, for itself. */
  async addAction(
    caseId: string,
    input: CaseActionInput,
    principal: RequestPrincipal,
  ): Promise<CaseActionEntity> {
    const current = await this.query.get(caseId, principal, null);
    const subject = await this.query.subject(caseId);
    const own = input.organizationId === principal.actor.organizationId;
    const acceptedHere = await this.isAcceptedAssignee(caseId, principal.actor.organizationId);
    if (!principal.ability.can('update', subject) && !(own && acceptedHere))
      throw forbidden('Seule l’organisation qui porte le dossier planifie ses actions.');
    refusePastDate('input.dueOn', 'L’échéance de l’action', input.dueOn);
    const organization = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneBy({ id: input.organizationId });
    if (!organization || organization.disabledAt)
      throw badInput('input.organizationId', 'Organisation inconnue ou désactivée.');
    if (input.assigneeUserId) {
      const assignee = await this.dataSource
        .getRepository(UserEntity)
        .findOneBy({ id: input.assigneeUserId });
      if (!assignee || assignee.disabledAt || assignee.organizationId !== organization.id) {
        throw badInput(
          'input.assigneeUserId',
          `La personne désignée doit appartenir à ${organization.name}.`,
        );
      }
      if (!(await this.readersAmong(current.id, { userId: assignee.id })))
        throw badInput('input.assigneeUserId', `${assignee.fullName} ne peut pas lire ce dossier.`);
    } else if (!(await this.readersAmong(current.id, { organizationId: organization.id }))) {
      throw badInput(
        'input.organizationId',
        `Personne de ${organization.name} ne peut lire ce dossier : adressez-le ou partagez-le d’abord.`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const action = await manager.save(
        manager.create(CaseActionEntity, {
          caseId: current.id,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          organizationId: organization.id,
          assigneeUserId: input.assigneeUserId ?? null,
          dueOn: input.dueOn ?? null,
          createdByUserId: principal.actor.userId,
        }),
      );
      await recordEvent(manager, current.id, 'action_added', principal, {
        title: action.title,
        organization: organization.name,
      });
      return action;
    });
  }

  /** Whether this person, or someone active in this organisation, may read the case (the policy's SQL). */
  private async readersAmong(
    caseId: string,
    who: { userId: string } | { organizationId: string },
  ): Promise<boolean> {
    const [column, id] = 'userId' in who ? ['u.id', who.userId] : ['u.organization_id', who.organizationId];
    const rows: unknown[] = await this.dataSource.query(
      `select 1 from cases c, users u join organizations o on o.id = u.organization_id
        where c.id = $1 and ${column} = $2 and u.disabled_at is null and (${caseReadersCondition('c', 'u', 'o')})
        limit 1`,
      [caseId, id],
    );
    return rows.length > 0;
  }

  /** The organisation in charge of an action updates it (and the case owner). */
  async updateAction(
    actionId: string,
    input: UpdateCaseActionInput,
    principal: RequestPrincipal,
  ): Promise<CaseActionEntity> {
    const action = UUID.test(actionId)
      ? await this.dataSource.getRepository(CaseActionEntity).findOneBy({ id: actionId })
      : null;
    if (!action) throw notFound('Action introuvable.');
    await this.query.get(action.caseId, principal, null).catch(() => {
      throw notFound('Action introuvable.');
    });
    const subject = await this.query.subject(action.caseId);
    if (
      action.organizationId !== principal.actor.organizationId &&
      !principal.ability.can('update', subject)
    ) {
      throw forbidden(
        'Seule l’organisation chargée de l’action, ou celle qui porte le dossier, la met à jour.',
      );
    }
    refusePastDate('input.dueOn', 'L’échéance de l’action', input.dueOn, action.dueOn);
    return this.dataSource.transaction(async (manager) => {
      // Judged on the row as it is now: a status change sent from an older reading is refused, and a
      // change of another field does not write back a status someone else has just set. The case
      // first, then the action: the order every change of a case locks in.
      await lockCase(manager, action.caseId);
      const locked = await manager.findOne(CaseActionEntity, {
        where: { id: action.id },
        lock: { mode: 'for_no_key_update' },
      });
      if (!locked) throw notFound('Action introuvable.');
      if (input.status !== undefined && locked.status !== action.status)
        throw conflict(
          'input.status',
          `L’action vient de passer au statut « ${ACTION_STATUS_LABELS[locked.status]} » : rechargez-la.`,
        );
      const changes = applyActionChanges(locked, input);
      if (locked.status === ActionStatus.DONE && !locked.outcome) {
        throw badInput('input.outcome', 'Indiquez le résultat de l’action pour la terminer.');
      }
      if (changes.length === 0) return locked;
      const saved = await manager.save(locked);
      await recordEvent(manager, locked.caseId, 'action_updated', principal, {
        title: locked.title,
        change: changes.join(', '),
      });
      return saved;
    });
  }

  async addComment(
    caseId: string,
    body: string,
    addressedTo: string | undefined,
    principal: RequestPrincipal,
  ): Promise<CaseCommentEntity> {
    await this.commands.authorize(caseId, 'comment', principal);
    const text = body.trim();
    if (!text) throw badInput('body', 'Le commentaire est vide.');
    if (text.length > 10000) throw badInput('body', 'Le commentaire est limité à 10 000 caractères.');
    if (addressedTo) {
      const subject = await this.query.subject(caseId);
      if (!subject.involvedOrganizationIds.includes(addressedTo)) {
        throw badInput(
          'addressedToOrganizationId',
          'Le commentaire ne peut s’adresser qu’à une organisation impliquée dans le dossier.',
        );
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const comment = await manager.save(
        manager.create(CaseCommentEntity, {
          caseId,
          authorUserId: principal.actor.userId,
          authorOrganizationId: principal.actor.organizationId,
          authorLabel: principal.label,
          addressedToOrganizationId: addressedTo ?? null,
          body: text,
        }),
      );
      await recordEvent(manager, caseId, 'comment_added', principal, { commentId: comment.id });
      if (comment.addressedToOrganizationId)
        await emitEvent(manager, DOMAIN_EVENTS.CASE_COMMENT_ADDRESSED, {
          caseId,
          organizationId: comment.addressedToOrganizationId,
          commentId: comment.id,
          actorUserId: principal.actor.userId,
        });
      return comment;
    });
  }

  /**
   * Nominative data is written only by who may read it (public authorities involved in the case), and
   * of those only by the owner organisation, which edits the case (SHARING.md): assignees comment and
   * work their actions.
   */
  async addPerson(
    caseId: string,
    input: CasePersonInput,
    principal: RequestPrincipal,
  ): Promise<CasePersonEntity> {
    await this.query.get(caseId, principal, null);
    await this.mayEditPersons(caseId, principal);
    refuseFutureBirthYear('input.birthYear', input.birthYear);
    return this.dataSource.transaction(async (manager) => {
      const person = await manager.save(
        manager.create(CasePersonEntity, {
          caseId,
          role: input.role,
          fullName: input.fullName.trim(),
          birthYear: input.birthYear ?? null,
          address: input.address?.trim() || null,
          notes: input.notes?.trim() || null,
        }),
      );
      await recordEvent(manager, caseId, 'person_added', principal);
      return person;
    });
  }

  /** The owner organisation removes a person, saying why; the removal is journaled with the reason. */
  async removePerson(
    personId: string,
    reason: string | undefined,
    principal: RequestPrincipal,
    origin: RequestOrigin | null = null,
  ): Promise<boolean> {
    const person = UUID.test(personId)
      ? await this.dataSource.getRepository(CasePersonEntity).findOneBy({ id: personId })
      : null;
    const readable =
      person && (await this.query.personsReadable([person.caseId], principal)).has(person.caseId);
    if (!person || !readable) throw notFound('Personne introuvable.');
    await this.mayEditPersons(person.caseId, principal);
    const why = reason?.trim() ?? '';
    if (!why) throw badInput('reason', 'Indiquez le motif du retrait de cette personne.');
    if (why.length > 500) throw badInput('reason', 'Le motif est limité à 500 caractères.');
    await this.dataSource.transaction(async (manager) => {
      // Removed once: a second removal sent at the same instant deletes nothing and says so.
      const removed = (await manager.delete(CasePersonEntity, { id: personId })).affected ?? 0;
      if (!removed) throw notFound('Personne introuvable : elle vient d’être retirée.');
      await recordEvent(manager, person.caseId, 'person_removed', principal);
      // The journal keeps the reason and the role, not the name: who reads it need not know who it was.
      await this.audit.record(
        {
          action: 'case.person_removed',
          actor: {
            userId: principal.actor.userId,
            organizationId: principal.actor.organizationId,
            label: principal.label,
          },
          subjectType: 'Case',
          subjectId: person.caseId,
          reason: why,
          ...(origin && { origin }),
          details: { personId: person.id, role: person.role },
        },
        manager,
      );
    });
    return true;
  }

  /** Persons are edited by the owner organisation only, when it may read them. */
  private async mayEditPersons(caseId: string, principal: RequestPrincipal): Promise<void> {
    if (!(await this.query.personsReadable([caseId], principal)).has(caseId)) {
      throw forbidden(
        'Les données nominatives sont réservées aux autorités publiques impliquées dans le dossier.',
      );
    }
    if (!principal.ability.can('update', await this.query.subject(caseId)))
      throw forbidden(
        'Seule l’organisation qui porte le dossier ajoute ou retire des personnes ; commentez pour lui en proposer.',
      );
  }

  private isAcceptedAssignee(caseId: string, organizationId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(CaseAssignmentEntity)
      .existsBy({ caseId, organizationId, status: AssignmentStatus.ACCEPTED });
  }
}

/** Applies the input to the action; what changed, as the timeline words it. */
function applyActionChanges(action: CaseActionEntity, input: UpdateCaseActionInput): string[] {
  const changes: string[] = [];
  if (input.status !== undefined && input.status !== action.status) {
    changes.push(`statut « ${ACTION_STATUS_LABELS[input.status]} »`);
    action.status = input.status;
    action.completedAt = input.status === ActionStatus.DONE ? new Date() : null;
  }
  if (input.outcome !== undefined) {
    changes.push('résultat renseigné');
    action.outcome = input.outcome.trim() || null;
  }
  if (input.dueOn !== undefined) {
    changes.push(`échéance ${input.dueOn ? input.dueOn.split('-').reverse().join('/') : 'retirée'}`);
    action.dueOn = input.dueOn;
  }
  return changes;
}
