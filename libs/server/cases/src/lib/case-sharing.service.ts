import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLowering, isPublicAuthority, Sensitivity, SENSITIVITY_LABELS } from '@continuum/domain';
import { AuditService } from '@continuum/server/audit';
import type { RequestOrigin } from '@continuum/server/audit';
import { OrganizationEntity, UserEntity } from '@continuum/server/organizations';
import { badInput, conflict, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import {
  assertCouldRead,
  CaseCommandService,
  REASON_MAX,
  STRICT_NEEDS_PUBLIC_OWNER,
} from './case-command.service';
import { lockCase } from './case-locks';
import { CaseQueryService } from './case-query.service';
import { recordEvent } from './case-timeline';
import { CaseEntity } from './entities/case.entity';
import { CaseShareEntity } from './entities/case-share.entity';

/** Who else may read a case: shares with organisations or named people, and its sensitivity. Every change is journaled. */
@Injectable()
export class CaseSharingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly commands: CaseCommandService,
    private readonly query: CaseQueryService,
    private readonly audit: AuditService,
  ) {}

  /** Shares with an organisation (AMBER involvement) or a named user (RED reader); journaled with why. */
  async share(
    id: string,
    target: { organizationId?: string; userId?: string },
    reason: string | undefined,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CaseShareEntity> {
    const current = await this.commands.authorize(id, 'share', principal);
    if (!!target.organizationId === !!target.userId) {
      throw badInput('organizationId', 'Partagez avec une organisation ou avec une personne, pas les deux.');
    }
    if (target.userId && current.sensitivity !== Sensitivity.RED) {
      throw badInput(
        'userId',
        'Le partage avec une personne nommée concerne les dossiers TLP:RED ; à ce niveau, partagez avec son organisation.',
      );
    }
    let label: string;
    if (target.organizationId) {
      const organization = await this.commands.activeOrganization(target.organizationId, 'organizationId');
      assertCouldRead(current, organization, 'organizationId');
      label = organization.name;
    } else {
      const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: target.userId });
      if (!user || user.disabledAt) throw badInput('userId', 'Personne inconnue ou désactivée.');
      label = user.fullName;
    }
    return this.dataSource.transaction(async (manager) => {
      // Shares of one case are made one at a time, on the sensitivity they were judged by.
      assertSameSensitivity(
        await lockCase(manager, id),
        current,
        target.organizationId ? 'organizationId' : 'userId',
      );
      const exists = await manager.existsBy(CaseShareEntity, {
        caseId: id,
        ...(target.organizationId ? { organizationId: target.organizationId } : { userId: target.userId }),
      });
      if (exists)
        throw conflict(
          target.organizationId ? 'organizationId' : 'userId',
          `Le dossier est déjà partagé avec ${label}.`,
        );
      const share = await manager.save(
        manager.create(CaseShareEntity, {
          caseId: id,
          organizationId: target.organizationId ?? null,
          userId: target.userId ?? null,
          sharedByUserId: principal.actor.userId,
          reason: reason?.trim().slice(0, REASON_MAX) || null,
        }),
      );
      await recordEvent(manager, id, 'shared', principal, { with: label });
      await this.journal(manager, 'case.shared', current, principal, origin, reason, {
        with: label,
        ...target,
      });
      return share;
    });
  }

  async unshare(
    shareId: string,
    reason: string | undefined,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CaseEntity> {
    const share = await this.dataSource.getRepository(CaseShareEntity).findOneBy({ id: shareId });
    if (!share) throw notFound('Partage introuvable.');
    // A share on a case one may not read does not exist for the caller, whatever its id.
    await this.query.get(share.caseId, principal, null).catch(() => {
      throw notFound('Partage introuvable.');
    });
    const current = await this.commands.authorize(share.caseId, 'share', principal);
    const label = share.organizationId
      ? (await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: share.organizationId }))
          ?.name
      : (await this.dataSource.getRepository(UserEntity).findOneBy({ id: share.userId ?? undefined }))
          ?.fullName;
    return this.dataSource.transaction(async (manager) => {
      await lockCase(manager, current.id);
      const removed = (await manager.delete(CaseShareEntity, { id: shareId })).affected ?? 0;
      if (!removed)
        throw conflict('shareId', `Ce partage${label ? ` avec ${label}` : ''} vient d’être retiré.`);
      await recordEvent(manager, current.id, 'unshared', principal, { shareId, with: label ?? '' });
      await this.journal(manager, 'case.unshared', current, principal, origin, reason, {
        organizationId: share.organizationId,
        userId: share.userId,
      });
      return manager.findOneByOrFail(CaseEntity, { id: current.id });
    });
  }

  /** Raising is free; lowering asks for a reason. Both are journaled. */
  async changeSensitivity(
    id: string,
    to: Sensitivity,
    reason: string | undefined,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<CaseEntity> {
    const current = await this.commands.authorize(id, 'changeSensitivity', principal);
    if (current.sensitivity === to) return current;
    if (to === Sensitivity.AMBER_STRICT) {
      const owner = await this.dataSource
        .getRepository(OrganizationEntity)
        .findOneByOrFail({ id: current.ownerOrganizationId });
      if (!isPublicAuthority(owner.type)) throw badInput('sensitivity', STRICT_NEEDS_PUBLIC_OWNER);
    }
    const why = reason?.trim();
    if (isLowering(current.sensitivity, to) && !why) {
      throw badInput('reason', 'Un motif est obligatoire pour abaisser le niveau de diffusion.');
    }
    return this.dataSource.transaction(async (manager) => {
      // Raising or lowering was judged from the level read above: it stands only if no one changed it since.
      assertSameSensitivity(await lockCase(manager, id), current, 'sensitivity');
      await manager.update(CaseEntity, id, { sensitivity: to });
      if (to === Sensitivity.RED) {
        // Whoever raises a case to RED stays a named reader of it.
        await manager.query(
          `insert into case_shares (case_id, user_id, shared_by_user_id, reason) values ($1, $2, $2, $3)
           on conflict do nothing`,
          [id, principal.actor.userId, 'A relevé le dossier en TLP:RED'],
        );
      }
      await recordEvent(manager, id, 'sensitivity_changed', principal, {
        from: current.sensitivity,
        to,
        reason: why ?? null,
      });
      await this.journal(
        manager,
        isLowering(current.sensitivity, to) ? 'case.sensitivity.lowered' : 'case.sensitivity.raised',
        current,
        principal,
        origin,
        why,
        {
          from: current.sensitivity,
          to,
        },
      );
      return manager.findOneByOrFail(CaseEntity, { id });
    });
  }

  private journal(
    manager: EntityManager,
    action: string,
    current: CaseEntity,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    reason: string | undefined,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actor: {
          userId: principal.actor.userId,
          organizationId: principal.actor.organizationId,
          label: principal.label,
        },
        subjectType: 'Case',
        subjectId: current.id,
        reason: reason?.trim() || null,
        origin,
        details: { reference: current.reference, ...details },
      },
      manager,
    );
  }
}

/** The case's level changed between the read a change was judged by and the lock: the change is refused. */
function assertSameSensitivity(locked: CaseEntity, judged: CaseEntity, field: string): void {
  if (locked.sensitivity !== judged.sensitivity)
    throw conflict(
      field,
      `Le niveau de diffusion du dossier vient de changer (désormais « ${SENSITIVITY_LABELS[locked.sensitivity]} ») : rechargez-le.`,
    );
}
