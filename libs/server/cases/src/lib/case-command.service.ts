import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CASE_TRANSITIONS,
  CASE_STATUS_LABELS,
  canTransition,
  CaseStatus,
  DOMAIN_EVENTS,
  isPublicAuthority,
  Sensitivity,
  transitionNeedsReason,
} from '@continuum/domain';
import type { Action } from '@continuum/domain';
import { isTechnicalOrganization, OrganizationEntity } from '@continuum/server/organizations';
import { APP_CONFIG, badInput, conflict, emitEvent, forbidden, notFound } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import {
  COMMUNE_BORDER_TOLERANCE_M,
  pointInCommune,
  pointNearZone,
  TerritoryService,
} from '@continuum/server/territory';
import { DataSource, EntityManager } from 'typeorm';
import { CaseQueryService } from './case-query.service';
import { refusePastDate } from './case-dates';
import { lockCase, lockCases } from './case-locks';
import { recordEvent } from './case-timeline';
import { CreateCaseInput, UpdateCaseInput } from './cases.inputs';
import { AssignmentStatus, CaseAssignmentEntity } from './entities/case-assignment.entity';
import { CaseEntity } from './entities/case.entity';
import { CaseLinkEntity } from './entities/case-link.entity';
import { CaseShareEntity } from './entities/case-share.entity';

export const REASON_MAX = 1000;
export const STRICT_NEEDS_PUBLIC_OWNER =
  'Le niveau TLP:AMBER+STRICT est réservé aux dossiers portés par une autorité publique : votre organisation ne pourrait plus le lire.';

/** Changes to a case itself: creation, edits, the SARA cycle, referrals, sharing, sensitivity, links. */
@Injectable()
export class CaseCommandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly query: CaseQueryService,
    private readonly territory: TerritoryService,
  ) {}

  /**
   * `options.within` runs in the creation's transaction, after the case and its events are written:
   * another context's change that must stand or fall with the case (a proposal turned into a case).
   */
  async create(
    input: CreateCaseInput,
    principal: RequestPrincipal,
    options: { within?: (manager: EntityManager, created: CaseEntity) => Promise<void> } = {},
  ): Promise<CaseEntity> {
    if (!principal.ability.can('create', 'Case')) throw forbidden();
    if (input.sensitivity === Sensitivity.AMBER_STRICT && !principal.actor.publicAuthority) {
      throw badInput('input.sensitivity', STRICT_NEEDS_PUBLIC_OWNER);
    }
    refusePastDate('input.assessmentDueOn', 'La date d’évaluation', input.assessmentDueOn);
    const place = await this.checkPlace(input.communeCode, input.zoneId || null, input.point ?? null);
    return this.dataSource.transaction(async (manager) => {
      const reference = await this.nextReference(manager);
      const created = await manager.save(
        manager.create(CaseEntity, {
          reference,
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          category: input.category,
          communeCode: place.communeCode,
          zoneId: place.zoneId,
          longitude: place.longitude,
          latitude: place.latitude,
          sensitivity: input.sensitivity,
          priority: input.priority,
          ownerOrganizationId: principal.actor.organizationId,
          createdByUserId: principal.actor.userId,
          assessmentDueOn: input.assessmentDueOn ?? null,
        }),
      );
      if (input.sensitivity === Sensitivity.RED) {
        // The author of a RED case is its first named reader.
        await manager.insert(CaseShareEntity, {
          caseId: created.id,
          userId: principal.actor.userId,
          sharedByUserId: principal.actor.userId,
          reason: 'Auteur du dossier',
        });
      }
      await recordEvent(manager, created.id, 'created', principal, {
        category: created.category,
        sensitivity: created.sensitivity,
      });
      await emitEvent(manager, DOMAIN_EVENTS.CASE_OPENED, {
        caseId: created.id,
        actorUserId: principal.actor.userId,
      });
      if (options.within) await options.within(manager, created);
      return manager.findOneByOrFail(CaseEntity, { id: created.id });
    });
  }

  async update(id: string, input: UpdateCaseInput, principal: RequestPrincipal): Promise<CaseEntity> {
    const current = await this.authorize(id, 'update', principal);
    refusePastDate(
      'input.assessmentDueOn',
      'La date d’évaluation',
      input.assessmentDueOn,
      current.assessmentDueOn,
    );
    const place =
      input.communeCode !== undefined || input.zoneId !== undefined || input.point !== undefined
        ? await this.checkPlace(
            input.communeCode ?? current.communeCode,
            input.zoneId === undefined ? current.zoneId : input.zoneId || null,
            input.point === undefined
              ? current.longitude === null || current.latitude === null
                ? null
                : { longitude: current.longitude, latitude: current.latitude }
              : input.point,
          )
        : null;
    const changes: Partial<CaseEntity> = {
      ...(input.title !== undefined && { title: input.title.trim() }),
      ...(input.description !== undefined && { description: input.description?.trim() ?? '' }),
      ...(input.category !== undefined && { category: input.category }),
      ...(input.priority !== undefined && { priority: input.priority }),
      ...(input.assessmentDueOn !== undefined && { assessmentDueOn: input.assessmentDueOn }),
      ...(place ?? {}),
    };
    const fields = Object.keys(changes);
    if (fields.length === 0) return current;
    return this.dataSource.transaction(async (manager) => {
      await manager.update(CaseEntity, id, changes);
      await recordEvent(manager, id, 'updated', principal, { fields });
      return manager.findOneByOrFail(CaseEntity, { id });
    });
  }

  async transition(
    id: string,
    to: CaseStatus,
    reason: string | undefined,
    principal: RequestPrincipal,
  ): Promise<CaseEntity> {
    const current = await this.authorize(id, 'transition', principal);
    if (!canTransition(current.status, to)) {
      const allowed = CASE_TRANSITIONS[current.status].map((status) => CASE_STATUS_LABELS[status]);
      throw badInput(
        'to',
        `Passage impossible de « ${CASE_STATUS_LABELS[current.status]} » à « ${CASE_STATUS_LABELS[to]} ». ` +
          (allowed.length ? `Possibles : ${allowed.join(', ')}.` : 'Ce dossier est clos.'),
      );
    }
    const why = reason?.trim();
    if (transitionNeedsReason(current.status, to) && !why) {
      throw badInput('reason', `Un motif est obligatoire pour passer à « ${CASE_STATUS_LABELS[to]} ».`);
    }
    return this.dataSource.transaction(async (manager) => {
      // The move was judged from the status read above: it stands only if no one moved the case since.
      const locked = await lockCase(manager, id);
      if (locked.status !== current.status)
        throw conflict(
          'to',
          `Le dossier vient de changer de statut (désormais « ${CASE_STATUS_LABELS[locked.status]} ») : rechargez-le.`,
        );
      await manager.update(CaseEntity, id, {
        status: to,
        statusReason: why ? why.slice(0, REASON_MAX) : null,
        resolvedAt:
          to === CaseStatus.RESOLVED ? new Date() : to === CaseStatus.CLOSED ? locked.resolvedAt : null,
      });
      await recordEvent(manager, id, 'status_changed', principal, {
        from: current.status,
        to,
        reason: why ?? null,
      });
      await emitEvent(manager, DOMAIN_EVENTS.CASE_STATUS_CHANGED, {
        caseId: id,
        from: current.status,
        to,
        actorUserId: principal.actor.userId,
      });
      return manager.findOneByOrFail(CaseEntity, { id });
    });
  }

  /** Refers the case to an organisation, which accepts or declines. */
  async assign(id: string, organizationId: string, message: string | undefined, principal: RequestPrincipal) {
    const current = await this.authorize(id, 'assign', principal);
    const organization = await this.activeOrganization(organizationId, 'organizationId');
    if (await isTechnicalOrganization(this.dataSource, organization.id))
      throw badInput(
        'organizationId',
        `${organization.name} administre la plateforme : elle ne traite pas de dossier.`,
      );
    assertCouldRead(current, organization, 'organizationId');
    if (organization.id === principal.actor.organizationId) {
      throw badInput('organizationId', 'Votre organisation porte déjà ce dossier.');
    }
    return this.dataSource.transaction(async (manager) => {
      // Referrals of one case are made one at a time: the second finds the first.
      await lockCase(manager, id);
      const existing = await manager.findOne(CaseAssignmentEntity, {
        where: { caseId: id, organizationId },
        lock: { mode: 'for_no_key_update' },
      });
      if (existing && existing.status !== AssignmentStatus.DECLINED) {
        throw conflict('organizationId', `${organization.name} est déjà saisie de ce dossier.`);
      }
      const assignment = existing ?? manager.create(CaseAssignmentEntity, { caseId: id, organizationId });
      Object.assign(assignment, {
        status: AssignmentStatus.PENDING,
        message: message?.trim().slice(0, REASON_MAX) || null,
        requestedByUserId: principal.actor.userId,
        requestedAt: new Date(),
        answeredByUserId: null,
        answeredAt: null,
        declineReason: null,
        redirectSuggestion: null,
      });
      const saved = await manager.save(assignment);
      await recordEvent(manager, id, 'assigned', principal, {
        organization: organization.name,
        organizationId,
      });
      await emitEvent(manager, DOMAIN_EVENTS.CASE_REFERRED, {
        caseId: id,
        organizationId,
        actorUserId: principal.actor.userId,
      });
      return saved;
    });
  }

  /** The referred organisation answers; declining needs a reason (« pas de notre compétence »…). */
  async answerReferral(
    assignmentId: string,
    accept: boolean,
    reason: string | undefined,
    redirectSuggestion: string | undefined,
    principal: RequestPrincipal,
  ): Promise<CaseAssignmentEntity> {
    const assignment = await this.dataSource
      .getRepository(CaseAssignmentEntity)
      .findOneBy({ id: assignmentId });
    // A referral to another organisation, or on a case one may not read, does not exist for the caller.
    if (!assignment || assignment.organizationId !== principal.actor.organizationId)
      throw notFound('Saisine introuvable.');
    await this.query.get(assignment.caseId, principal, null).catch(() => {
      throw notFound('Saisine introuvable.');
    });
    if (assignment.status !== AssignmentStatus.PENDING) throw answered(assignment);
    const why = reason?.trim();
    if (!accept && !why) throw badInput('reason', 'Indiquez pourquoi vous déclinez la saisine.');
    const organization = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneByOrFail({ id: assignment.organizationId });
    return this.dataSource.transaction(async (manager) => {
      // Answered once: a second answer sent at the same instant finds the first one here. The case is
      // locked first, as every change of a case does, so that a re-referral never deadlocks with it.
      await lockCase(manager, assignment.caseId);
      const locked = await manager.findOne(CaseAssignmentEntity, {
        where: { id: assignment.id },
        lock: { mode: 'for_no_key_update' },
      });
      if (!locked) throw notFound('Saisine introuvable.');
      if (locked.status !== AssignmentStatus.PENDING) throw answered(locked);
      Object.assign(locked, {
        status: accept ? AssignmentStatus.ACCEPTED : AssignmentStatus.DECLINED,
        answeredByUserId: principal.actor.userId,
        answeredAt: new Date(),
        declineReason: accept ? null : why!.slice(0, REASON_MAX),
        redirectSuggestion: accept ? null : redirectSuggestion?.trim().slice(0, 500) || null,
      });
      const saved = await manager.save(locked);
      await recordEvent(
        manager,
        locked.caseId,
        accept ? 'referral_accepted' : 'referral_declined',
        principal,
        {
          organization: organization.name,
          reason: saved.declineReason,
          redirect: saved.redirectSuggestion,
        },
      );
      return saved;
    });
  }

  /** Links two cases the principal may both read, and may edit at least one of. */
  async link(id: string, otherId: string, principal: RequestPrincipal, linked: boolean): Promise<CaseEntity> {
    if (id === otherId) throw badInput('otherCaseId', 'Un dossier ne peut pas être lié à lui-même.');
    const current = await this.authorize(id, 'update', principal);
    await this.query.get(otherId, principal, null);
    const [caseAId, caseBId] = [id, otherId].sort();
    return this.dataSource.transaction(async (manager) => {
      // Both timelines are written: both rows are locked first, in one order, so that A→B and B→A never deadlock.
      await lockCases(manager, [caseAId, caseBId]);
      const changed = linked
        ? (
            await manager.query(
              `insert into case_links (case_a_id, case_b_id, linked_by_user_id) values ($1, $2, $3)
               on conflict do nothing returning case_a_id`,
              [caseAId, caseBId, principal.actor.userId],
            )
          ).length
        : ((await manager.delete(CaseLinkEntity, { caseAId, caseBId })).affected ?? 0);
      if (!changed)
        throw conflict(
          'otherCaseId',
          linked ? 'Ces dossiers sont déjà liés.' : 'Ces dossiers ne sont pas (ou plus) liés.',
        );
      for (const caseId of [id, otherId])
        await recordEvent(manager, caseId, linked ? 'linked' : 'unlinked', principal, {
          caseId: caseId === id ? otherId : id,
        });
      return manager.findOneByOrFail(CaseEntity, { id: current.id });
    });
  }

  /** Loads a readable case and checks the action on it; unreadable is NOT_FOUND, readable but not allowed is FORBIDDEN. */
  async authorize(id: string, action: Action, principal: RequestPrincipal): Promise<CaseEntity> {
    const current = await this.query.get(id, principal, null);
    const subject = await this.query.subject(id);
    if (!principal.ability.can(action, subject)) throw forbidden();
    return current;
  }

  private async nextReference(manager: EntityManager): Promise<string> {
    const year = Number(
      new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()),
    );
    const [{ last }] = await manager.query(
      `insert into case_reference_counters (departement_code, year, last) values ($1, $2, 1)
       on conflict (departement_code, year) do update set last = case_reference_counters.last + 1
       returning last`,
      [this.config.departementCode, year],
    );
    return `${this.config.departementCode}-${year}-${String(last).padStart(6, '0')}`;
  }

  /** An organisation that exists and is not disabled, or bad input on `field`. */
  async activeOrganization(id: string, field: string): Promise<OrganizationEntity> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
    if (!organization) throw badInput(field, 'Organisation inconnue.');
    if (organization.disabledAt) throw badInput(field, `${organization.name} est désactivée.`);
    return organization;
  }

  /**
   * The commune must be in the département; the zone must cover that commune; a point must lie in
   * its commune (by its outline, with the tolerance its simplification needs) and, given with a
   * zone, within 500 m of the zone.
   */
  private async checkPlace(
    communeCode: string,
    zoneId: string | null,
    point: { longitude: number; latitude: number } | null,
  ): Promise<Pick<CaseEntity, 'communeCode' | 'zoneId' | 'longitude' | 'latitude'>> {
    const [commune] = await this.territory.communesOfDepartement([communeCode], 'input.communeCode');
    if (point && !(await pointInCommune(this.dataSource, communeCode, point)))
      throw badInput(
        'input.point',
        `Le point est hors de la commune choisie (${commune.name}) : à plus de ${COMMUNE_BORDER_TOLERANCE_M} m de ses limites.`,
      );
    if (zoneId) {
      const zone = await this.territory.zone(zoneId).catch(() => {
        throw badInput('input.zoneId', 'Zone inconnue.');
      });
      const covers = (await this.territory.communesOfZones([zone.id]))[0].some(
        (commune) => commune.code === communeCode,
      );
      if (!covers) throw badInput('input.zoneId', `La zone « ${zone.name} » ne couvre pas cette commune.`);
      if (point && !(await pointNearZone(this.dataSource, zone.id, point, 500)))
        throw badInput('input.point', `Le point est hors de la zone « ${zone.name} » (à plus de 500 m).`);
    }
    return { communeCode, zoneId, longitude: point?.longitude ?? null, latitude: point?.latitude ?? null };
  }
}

/** The answer to a referral that already has one. */
function answered(assignment: CaseAssignmentEntity) {
  return conflict(
    'assignmentId',
    `Cette saisine a déjà reçu une réponse : elle a été ${assignment.status === AssignmentStatus.ACCEPTED ? 'acceptée' : 'déclinée'}.`,
  );
}

/**
 * An organisation a case is referred or shared to must be able to read it: AMBER+STRICT is for
 * public authorities only, and RED for named people only — never for an organisation as such.
 */
export function assertCouldRead(current: CaseEntity, organization: OrganizationEntity, field: string): void {
  if (current.sensitivity === Sensitivity.RED) {
    throw badInput(
      field,
      `Un dossier TLP:RED n’est lu que par des personnes nommées : partagez-le avec elles plutôt que de l’adresser à ${organization.name}.`,
    );
  }
  if (current.sensitivity === Sensitivity.AMBER_STRICT && !isPublicAuthority(organization.type)) {
    throw badInput(
      field,
      `${organization.name} est un partenaire privé : un dossier TLP:AMBER+STRICT ne peut lui être ni adressé ni partagé.`,
    );
  }
}
