import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BODY_KINDS_WITH_WORKING_GROUPS, BodySubject } from '@continuum/domain';
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
  WorkingGroupMemberEntity,
} from '../coordination.entities';
import { BodyInput } from './body.models';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Coordination bodies: who chairs, who keeps the secretariat, which organisations sit in them,
 * their named members and restricted working groups with each member's signed charter. The
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

  async workingGroupMembers(groupIds: readonly string[]): Promise<WorkingGroupMemberEntity[][]> {
    const rows = await this.dataSource
      .getRepository(WorkingGroupMemberEntity)
      .findBy({ workingGroupId: In([...groupIds]) });
    return groupIds.map((id) => rows.filter((row) => row.workingGroupId === id));
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

  async createWorkingGroup(
    bodyId: string,
    name: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WorkingGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const body = await this.lockBody(manager, bodyId);
      this.assertMayUpdate(body, principal);
      if (!BODY_KINDS_WITH_WORKING_GROUPS.includes(body.kind))
        throw badInput('bodyId', 'Seuls un CLSPD ou un CISPD ont des groupes de travail restreints.');
      const trimmed = name.trim();
      if (trimmed.length < 2 || trimmed.length > 120)
        throw badInput('name', 'Le nom du groupe doit compter entre 2 et 120 caractères.');
      const exists = await manager.findOneBy(WorkingGroupEntity, { bodyId: body.id, name: trimmed });
      if (exists) throw conflict('name', `Le groupe « ${trimmed} » existe déjà dans cette instance.`);
      const group = await manager.save(
        manager.create(WorkingGroupEntity, { bodyId: body.id, name: trimmed, charterVersion: '1' }),
      );
      await this.journal(manager, principal, origin, 'working-group.created', body.id, {
        workingGroupId: group.id,
        name: trimmed,
      });
      return group;
    });
  }

  /** Adds a named member; they see nothing confidential until they sign the current charter. */
  async addWorkingGroupMember(
    groupId: string,
    userId: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WorkingGroupEntity> {
    return this.changeGroup(groupId, principal, async (manager, group, body) => {
      await this.assertPeopleOfMembers(manager, body.id, [userId], 'userId');
      const existing = await manager.findOneBy(WorkingGroupMemberEntity, {
        workingGroupId: group.id,
        userId,
      });
      if (existing) throw conflict('userId', 'Cette personne est déjà membre du groupe.');
      await manager.insert(WorkingGroupMemberEntity, {
        workingGroupId: group.id,
        userId,
        charterSignedAt: null,
        charterSignedVersion: null,
      });
      await this.journal(manager, principal, origin, 'working-group.member.added', body.id, {
        workingGroupId: group.id,
        userId,
      });
      return group;
    });
  }

  /** Removing a member cuts their access at once: the policy's sets are read in SQL at each request. */
  async removeWorkingGroupMember(
    groupId: string,
    userId: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WorkingGroupEntity> {
    return this.changeGroup(groupId, principal, async (manager, group, body) => {
      const result = await manager.delete(WorkingGroupMemberEntity, { workingGroupId: group.id, userId });
      if (!result.affected) throw badInput('userId', 'Cette personne n’est pas membre du groupe.');
      await this.journal(manager, principal, origin, 'working-group.member.removed', body.id, {
        workingGroupId: group.id,
        userId,
      });
      return group;
    });
  }

  /** A member signs the group's charter in its current version. */
  async signCharter(
    groupId: string,
    version: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WorkingGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      // The group read for share: a new version of the charter waits until this signature is written.
      const group = await this.workingGroupIn(manager, groupId, 'pessimistic_read');
      if (version !== group.charterVersion)
        throw badInput('version', `La charte en vigueur est la version ${group.charterVersion}.`);
      // Written only if not signed yet: of parallel signatures, the first one counts.
      const result = await manager
        .createQueryBuilder()
        .update(WorkingGroupMemberEntity)
        .set({ charterSignedAt: new Date(), charterSignedVersion: group.charterVersion })
        .where('working_group_id = :groupId and user_id = :userId', {
          groupId: group.id,
          userId: principal.actor.userId,
        })
        .andWhere('(charter_signed_at is null or charter_signed_version is distinct from :version)', {
          version: group.charterVersion,
        })
        .execute();
      if (!result.affected) {
        const member = await manager.findOneBy(WorkingGroupMemberEntity, {
          workingGroupId: group.id,
          userId: principal.actor.userId,
        });
        if (!member) throw forbidden('Vous n’êtes pas membre de ce groupe de travail.');
        throw conflict(
          'version',
          `Vous avez déjà signé la charte en vigueur (version ${group.charterVersion}).`,
        );
      }
      await this.journal(manager, principal, origin, 'working-group.charter.signed', group.bodyId, {
        workingGroupId: group.id,
        version,
      });
      return group;
    });
  }

  /** A new charter: every member must sign it again before seeing anything confidential. */
  async newCharterVersion(
    groupId: string,
    version: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WorkingGroupEntity> {
    return this.changeGroup(groupId, principal, async (manager, group, body) => {
      const trimmed = version.trim();
      if (!trimmed || trimmed.length > 40)
        throw badInput('version', 'Version de charte invalide (1 à 40 caractères).');
      if (trimmed === group.charterVersion)
        throw badInput('version', `La charte est déjà en version ${trimmed}.`);
      group.charterVersion = trimmed;
      await manager.save(group);
      await this.journal(manager, principal, origin, 'working-group.charter.versioned', body.id, {
        workingGroupId: group.id,
        version: trimmed,
      });
      return group;
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

  private async assertPeopleOfMembers(
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

  /** A change to a working group, by whoever keeps its body, with the body locked. */
  private changeGroup(
    groupId: string,
    principal: RequestPrincipal,
    change: (
      manager: EntityManager,
      group: WorkingGroupEntity,
      body: CoordinationBodyEntity,
    ) => Promise<WorkingGroupEntity>,
  ): Promise<WorkingGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.workingGroupIn(manager, groupId);
      const body = await this.lockBody(manager, group.bodyId);
      this.assertMayUpdate(body, principal);
      return change(manager, group, body);
    });
  }

  private async lockBody(manager: EntityManager, id: string): Promise<CoordinationBodyEntity> {
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

  private async workingGroupIn(
    manager: EntityManager,
    id: string,
    lock?: 'pessimistic_read',
  ): Promise<WorkingGroupEntity> {
    const group = UUID.test(id)
      ? await manager.findOne(WorkingGroupEntity, {
          where: { id },
          ...(lock ? { lock: { mode: lock } } : {}),
        })
      : null;
    if (!group) throw notFound('Groupe de travail introuvable.');
    return group;
  }

  private assertMayUpdate(body: CoordinationBodyEntity, principal: RequestPrincipal): void {
    if (!principal.ability.can('update', this.subjectOf(body)))
      throw forbidden('Seul le secrétariat de l’instance (ou le cabinet du préfet) peut faire cela.');
  }

  private journal(
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
