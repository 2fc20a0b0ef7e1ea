import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BODY_KINDS_WITH_WORKING_GROUPS } from '@continuum/domain';
import { RequestOrigin } from '@continuum/server/audit';
import { badInput, conflict, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  CoordinationBodyEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
} from '../coordination.entities';
import { BodiesService, UUID } from './bodies.service';

/**
 * The restricted working groups of a CLSPD/CISPD (article L132-5 CSI): their named members, kept
 * by the body's secretariat with the body locked, and each member's signature of the current
 * charter, without which they read nothing confidential.
 */
@Injectable()
export class WorkingGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bodies: BodiesService,
  ) {}

  async workingGroupMembers(groupIds: readonly string[]): Promise<WorkingGroupMemberEntity[][]> {
    const rows = await this.dataSource
      .getRepository(WorkingGroupMemberEntity)
      .findBy({ workingGroupId: In([...groupIds]) });
    return groupIds.map((id) => rows.filter((row) => row.workingGroupId === id));
  }

  async createWorkingGroup(
    bodyId: string,
    name: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WorkingGroupEntity> {
    return this.dataSource.transaction(async (manager) => {
      const body = await this.bodies.lockBody(manager, bodyId);
      this.bodies.assertMayUpdate(body, principal);
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
      await this.bodies.journal(manager, principal, origin, 'working-group.created', body.id, {
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
      await this.bodies.assertPeopleOfMembers(manager, body.id, [userId], 'userId');
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
      await this.bodies.journal(manager, principal, origin, 'working-group.member.added', body.id, {
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
      await this.bodies.journal(manager, principal, origin, 'working-group.member.removed', body.id, {
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
      await this.bodies.journal(manager, principal, origin, 'working-group.charter.signed', group.bodyId, {
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
      await this.bodies.journal(manager, principal, origin, 'working-group.charter.versioned', body.id, {
        workingGroupId: group.id,
        version: trimmed,
      });
      return group;
    });
  }

  /**
   * A change to a working group, by whoever keeps its body, with the body locked; the group is
   * read again under the lock, since a parallel change may have committed while this one waited.
   */
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
      const { bodyId } = await this.workingGroupIn(manager, groupId);
      const body = await this.bodies.lockBody(manager, bodyId);
      this.bodies.assertMayUpdate(body, principal);
      return change(manager, await this.workingGroupIn(manager, groupId), body);
    });
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
}
