import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BodySubject } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import { badInput, conflict, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { TerritoryService } from '@continuum/server/territory';
import { DataSource, EntityManager, In, IsNull, QueryFailedError } from 'typeorm';
import {
  BodyMemberEntity,
  BodyOrganizationEntity,
  CoordinationBodyEntity,
  WorkingGroupEntity,
} from '../coordination.entities';
import { BodyInput } from './body.models';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Coordination bodies: who chairs, who keeps the secretariat, which organisations sit in them,
 * their named members and restricted working groups (kept by WorkingGroupsService). The
 * chair and the secretary's organisation are always member organisations: attaching an AMBER
 * case to the body makes them involved (SHARING.md), so the secretary reads what they prepare.
 */
@Injectable()
export class BodiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly territory: TerritoryService,
  ) {}

  /** Every body, or those I sit in (my organisation is a member, I am named, or I keep its secretariat). */
  list(principal: RequestPrincipal, mine: boolean): Promise<CoordinationBodyEntity[]> {
    const query = this.dataSource.getRepository(CoordinationBodyEntity).createQueryBuilder('b');
    if (mine) {
      query.where(
        `(b.secretary_user_id = :user
          or b.id in (select bo.body_id from coordination_body_organizations bo where bo.organization_id = :org)
          or b.id in (select bm.body_id from coordination_body_members bm where bm.user_id = :user)
          or b.id in (select wg.body_id from working_groups wg join working_group_members m on m.working_group_id = wg.id where m.user_id = :user))`,
        { user: principal.actor.userId, org: principal.actor.organizationId },
      );
    }
    return query.orderBy('b.name', 'ASC').getMany();
  }

  async get(id: string): Promise<CoordinationBodyEntity> {
    const body = UUID.test(id)
      ? await this.dataSource.getRepository(CoordinationBodyEntity).findOneBy({ id })
      : null;
    if (!body) throw notFound('Instance introuvable.');
    return body;
  }

  byIds(ids: readonly string[]): Promise<CoordinationBodyEntity[]> {
    return this.dataSource.getRepository(CoordinationBodyEntity).findBy({ id: In([...ids]) });
  }

  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  subjectOf(body: CoordinationBodyEntity): BodySubject {
    return {
      __typename: 'Body',
      id: body.id,
      secretaryUserId: body.secretaryUserId,
      chairOrganizationId: body.chairOrganizationId,
    };
  }

  async memberOrganizationIds(bodyIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource
      .getRepository(BodyOrganizationEntity)
      .findBy({ bodyId: In([...bodyIds]) });
    return bodyIds.map((id) => rows.filter((row) => row.bodyId === id).map((row) => row.organizationId));
  }

  async memberUserIds(bodyIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource.getRepository(BodyMemberEntity).find({
      where: { bodyId: In([...bodyIds]) },
      order: { addedAt: 'ASC' },
    });
    return bodyIds.map((id) => rows.filter((row) => row.bodyId === id).map((row) => row.userId));
  }

  async workingGroupsOf(bodyIds: readonly string[]): Promise<WorkingGroupEntity[][]> {
    const rows = await this.dataSource
      .getRepository(WorkingGroupEntity)
      .find({ where: { bodyId: In([...bodyIds]) }, order: { name: 'ASC' } });
    return bodyIds.map((id) => rows.filter((row) => row.bodyId === id));
  }

  async workingGroup(id: string): Promise<WorkingGroupEntity> {
    const group = UUID.test(id)
      ? await this.dataSource.getRepository(WorkingGroupEntity).findOneBy({ id })
      : null;
    if (!group) throw notFound('Groupe de travail introuvable.');
    return group;
  }

  workingGroupsByIds(ids: readonly string[]): Promise<WorkingGroupEntity[]> {
    return this.dataSource.getRepository(WorkingGroupEntity).findBy({ id: In([...ids]) });
  }

  async create(
    input: BodyInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CoordinationBodyEntity> {
    if (!principal.ability.can('create', 'Body'))
      throw forbidden('Seul le cabinet du préfet crée une instance.');
    const place = await this.placeOf(input);
    return nameFree(
      input.name.trim(),
      this.dataSource.transaction(async (manager) => {
        await this.assertNameFree(manager, input.name.trim(), null);
        const body = manager.create(CoordinationBodyEntity, {});
        const saved = await this.write(manager, body, input, place);
        await this.journal(manager, principal, origin, 'body.created', saved.id, { name: saved.name });
        return saved;
      }),
    );
  }

  async update(
    id: string,
    input: BodyInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CoordinationBodyEntity> {
    if (!principal.ability.can('create', 'Body'))
      throw forbidden('Seul le cabinet du préfet modifie la composition d’une instance.');
    const place = await this.placeOf(input);
    return nameFree(
      input.name.trim(),
      this.dataSource.transaction(async (manager) => {
        const body = await this.lockBody(manager, id);
        await this.assertNameFree(manager, input.name.trim(), body.id);
        const saved = await this.write(manager, body, input, place);
        await this.journal(manager, principal, origin, 'body.updated', saved.id, { name: saved.name });
        return saved;
      }),
    );
  }

  /** The named members, convened by default: people of the member organisations. */
  async setMembers(
    bodyId: string,
    userIds: readonly string[],
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CoordinationBodyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const body = await this.lockBody(manager, bodyId);
      this.assertMayUpdate(body, principal);
      const unique = [...new Set(userIds)];
      await this.assertPeopleOfMembers(manager, body.id, unique, 'userIds');
      await manager.delete(BodyMemberEntity, { bodyId: body.id });
      if (unique.length)
        await manager.insert(
          BodyMemberEntity,
          unique.map((userId) => ({ bodyId: body.id, userId })),
        );
      await this.journal(manager, principal, origin, 'body.members.set', body.id, { userIds: unique });
      return body;
    });
  }

  /**
   * The communes and zones of the input, checked before the body is locked: the territory is read
   * on a connection of its own, which the requests queued behind the lock may all be holding.
   */
  private async placeOf(input: BodyInput): Promise<Place> {
    const communes = await this.territory.communesOfDepartement(input.communeCodes, 'communeCodes');
    const zoneIds = [...new Set(input.zoneIds ?? [])];
    if (zoneIds.length) {
      const zones = await this.territory.zonesByIds(zoneIds);
      if (zones.length !== zoneIds.length) throw badInput('zoneIds', 'Zone inconnue.');
    }
    return { communeCodes: communes.map((commune) => commune.code).sort(), zoneIds };
  }

  private async write(
    manager: EntityManager,
    body: CoordinationBodyEntity,
    input: BodyInput,
    place: Place,
  ): Promise<CoordinationBodyEntity> {
    const chair = await manager.findOneBy(OrganizationEntity, {
      id: input.chairOrganizationId,
      disabledAt: IsNull(),
    });
    if (!chair) throw badInput('chairOrganizationId', 'Organisation présidente inconnue ou désactivée.');
    let secretary: UserEntity | null = null;
    if (input.secretaryUserId) {
      secretary = await manager.findOneBy(UserEntity, { id: input.secretaryUserId, disabledAt: IsNull() });
      if (!secretary) throw badInput('secretaryUserId', 'Secrétaire inconnu ou désactivé.');
    }
    const memberIds = [
      ...new Set([
        ...input.memberOrganizationIds,
        chair.id,
        ...(secretary ? [secretary.organizationId] : []),
      ]),
    ];
    const found = await manager.findBy(OrganizationEntity, { id: In(memberIds), disabledAt: IsNull() });
    const missing = memberIds.filter((id) => !found.some((org) => org.id === id));
    if (missing.length)
      throw badInput('memberOrganizationIds', `Organisation inconnue ou désactivée : ${missing.join(', ')}.`);
    Object.assign(body, {
      name: input.name.trim(),
      kind: input.kind,
      theme: input.theme?.trim() || null,
      chairOrganizationId: chair.id,
      secretaryUserId: secretary?.id ?? null,
      communeCodes: place.communeCodes,
      zoneIds: place.zoneIds,
    });
    const saved = await manager.save(body);
    await manager.delete(BodyOrganizationEntity, { bodyId: saved.id });
    await manager.insert(
      BodyOrganizationEntity,
      memberIds.map((organizationId) => ({ bodyId: saved.id, organizationId })),
    );
    // Named members and working-group members must still belong to a member organisation.
    await manager.query(
      `delete from coordination_body_members bm using users u
        where bm.body_id = $1 and u.id = bm.user_id and u.organization_id <> all($2::uuid[])`,
      [saved.id, memberIds],
    );
    await manager.query(
      `delete from working_group_members m using working_groups wg, users u
        where wg.id = m.working_group_id and wg.body_id = $1 and u.id = m.user_id
          and u.organization_id <> all($2::uuid[])`,
      [saved.id, memberIds],
    );
    return saved;
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId: string | null): Promise<void> {
    const other = await manager.findOneBy(CoordinationBodyEntity, { name });
    if (other && other.id !== exceptId) throw conflict('name', `Une instance s’appelle déjà « ${name} ».`);
  }

  /** People of the body's member organisations, enabled; the working groups check theirs here too. */
  async assertPeopleOfMembers(
    manager: EntityManager,
    bodyId: string,
    userIds: string[],
    field: string,
  ): Promise<void> {
    if (userIds.length === 0) return;
    if (userIds.some((id) => !UUID.test(id))) throw badInput(field, 'Identifiant de personne invalide.');
    const rows: { id: string }[] = await manager.query(
      `select u.id from users u
         join coordination_body_organizations bo on bo.organization_id = u.organization_id and bo.body_id = $1
        where u.id = any($2::uuid[]) and u.disabled_at is null`,
      [bodyId, userIds],
    );
    const missing = userIds.filter((id) => !rows.some((row) => row.id === id));
    if (missing.length)
      throw badInput(field, 'Personne inconnue, désactivée ou hors des organisations membres de l’instance.');
  }

  /** The body, locked until the transaction ends: its composition and its groups change one at a time. */
  async lockBody(manager: EntityManager, id: string): Promise<CoordinationBodyEntity> {
    const body = UUID.test(id)
      ? await manager
          .getRepository(CoordinationBodyEntity)
          .createQueryBuilder('b')
          .setLock('pessimistic_write')
          .where('b.id = :id', { id })
          .getOne()
      : null;
    if (!body) throw notFound('Instance introuvable.');
    return body;
  }

  assertMayUpdate(body: CoordinationBodyEntity, principal: RequestPrincipal): void {
    if (!principal.ability.can('update', this.subjectOf(body)))
      throw forbidden('Seul le secrétariat de l’instance (ou le cabinet du préfet) peut faire cela.');
  }

  journal(
    manager: EntityManager,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    action: string,
    bodyId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      { action, actor: this.actorOf(principal), subjectType: 'Body', subjectId: bodyId, origin, details },
      manager,
    );
  }

  private actorOf(principal: RequestPrincipal) {
    return {
      userId: principal.actor.userId,
      organizationId: principal.actor.organizationId,
      label: principal.label,
    };
  }
}

/**
 * Two requests giving a body the same name at once both pass the check; the unique index refuses
 * the second, which is told as the check would have told it.
 */
async function nameFree<T>(name: string, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const driver = error instanceof QueryFailedError ? (error.driverError as PgError) : null;
    if (driver?.code === '23505' && driver.table === 'coordination_bodies')
      throw conflict('name', `Une instance s’appelle déjà « ${name} ».`);
    throw error;
  }
}

interface Place {
  communeCodes: string[];
  zoneIds: string[];
}

interface PgError {
  code?: string;
  table?: string;
}
