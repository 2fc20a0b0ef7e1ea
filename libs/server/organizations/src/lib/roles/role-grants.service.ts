import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasRole, Role, ROLE_LABELS } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { conflict, forbidden, notFound, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { SessionStore } from '../auth/session.store';
import { RoleGrantEntity, RoleGrantStatus } from './role-grant.entity';

/** A pending grant as the approvers' list shows it. */
export interface PendingGrantRow extends RoleGrantEntity {
  userFullName: string;
  userEmail: string;
  requestedByFullName: string;
}

/**
 * Roles that need a second person (coordinator, admin): an administrator asks, another approves.
 * Neither the one who asked nor the person the role is for may approve; of two approvals at once,
 * one wins (a conditional update), and the other is told the request was already decided.
 */
@Injectable()
export class RoleGrantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  /**
   * Writes a pending grant per role, in the caller's transaction (the account's creation or
   * update). A role already pending for this person is left as it is.
   */
  async request(
    manager: EntityManager,
    user: { id: string; organizationId: string },
    roles: readonly Role[],
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<void> {
    for (const role of roles) {
      const inserted: { id: string }[] = await manager.query(
        `insert into role_grants (user_id, role, requested_by_user_id) values ($1, $2, $3)
         on conflict (user_id, role) where status = 'PENDING' do nothing returning id`,
        [user.id, role, principal.actor.userId],
      );
      if (inserted.length === 0) continue;
      await this.journal(manager, 'role.grant.requested', inserted[0].id, user, role, principal, origin);
    }
  }

  /** Pending grants, oldest first: for administrators only (they alone may decide them). */
  async pending(principal: RequestPrincipal, userId?: string): Promise<PendingGrantRow[]> {
    if (!hasRole(principal.actor, Role.ADMIN)) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `select g.id, g.user_id, g.role, g.status, g.requested_by_user_id, g.requested_at,
              u.full_name as user_full_name, u.email as user_email, r.full_name as requested_by_full_name
         from role_grants g join users u on u.id = g.user_id join users r on r.id = g.requested_by_user_id
        where g.status = 'PENDING' and ($1::uuid is null or g.user_id = $1)
        order by g.requested_at, g.id`,
      [userId ?? null],
    );
    return rows.map((row) => ({
      id: row['id'] as string,
      userId: row['user_id'] as string,
      role: row['role'] as Role,
      status: row['status'] as RoleGrantStatus,
      requestedByUserId: row['requested_by_user_id'] as string,
      requestedAt: row['requested_at'] as Date,
      decidedByUserId: null,
      decidedAt: null,
      reason: null,
      userFullName: row['user_full_name'] as string,
      userEmail: row['user_email'] as string,
      requestedByFullName: row['requested_by_full_name'] as string,
    }));
  }

  /** Whether this principal may decide this grant (the client shows the buttons from it). */
  mayDecide(grant: RoleGrantEntity, principal: RequestPrincipal): boolean {
    const me = principal.actor.userId;
    return hasRole(principal.actor, Role.ADMIN) && grant.requestedByUserId !== me && grant.userId !== me;
  }

  async approve(id: string, principal: RequestPrincipal, origin: RequestOrigin): Promise<RoleGrantEntity> {
    const grant = await this.dataSource.transaction(async (manager) => {
      const decided = await this.decide(manager, id, RoleGrantStatus.APPROVED, null, principal);
      const granted = await manager.query(
        `update users set roles = array_append(roles, $2::user_role), updated_at = now()
          where id = $1 and disabled_at is null and not ($2::user_role = any(roles))`,
        [decided.userId, decided.role],
      );
      if (granted[1] === 0 && !(await this.holds(manager, decided.userId, decided.role))) {
        throw conflict('id', 'Ce compte est désactivé : le rôle ne peut pas lui être attribué.');
      }
      await this.journal(
        manager,
        'role.grant.approved',
        id,
        await this.userOf(manager, decided.userId),
        decided.role,
        principal,
        origin,
      );
      return decided;
    });
    // A new high role is taken at a new login (with the second factor the role may require).
    await this.sessions.destroyAllOf([grant.userId]);
    return grant;
  }

  async reject(
    id: string,
    reason: string | null,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<RoleGrantEntity> {
    return this.dataSource.transaction(async (manager) => {
      const decided = await this.decide(manager, id, RoleGrantStatus.REJECTED, reason, principal, true);
      await this.journal(
        manager,
        'role.grant.rejected',
        id,
        await this.userOf(manager, decided.userId),
        decided.role,
        principal,
        origin,
        reason,
      );
      return decided;
    });
  }

  /**
   * Decides a pending grant, conditionally on it still being pending and on the decider being
   * neither its requester (unless `requesterMay`, to withdraw it) nor the person it is for.
   */
  private async decide(
    manager: EntityManager,
    id: string,
    status: RoleGrantStatus,
    reason: string | null,
    principal: RequestPrincipal,
    requesterMay = false,
  ): Promise<RoleGrantEntity> {
    const me = principal.actor.userId;
    if (!hasRole(principal.actor, Role.ADMIN))
      throw forbidden('Seul un administrateur décide des attributions de rôle.');
    const result = await manager
      .createQueryBuilder()
      .update(RoleGrantEntity)
      .set({ status, decidedByUserId: me, decidedAt: () => 'now()', reason })
      .where(`id = :id and status = 'PENDING' and user_id <> :me`, { id, me })
      .andWhere(requesterMay ? 'true' : 'requested_by_user_id <> :me', { me })
      .returning('*')
      .execute();
    const [row] = result.raw as Record<string, unknown>[];
    if (row)
      return manager.create(RoleGrantEntity, {
        id: row['id'] as string,
        userId: row['user_id'] as string,
        role: row['role'] as Role,
        status,
        requestedByUserId: row['requested_by_user_id'] as string,
      });
    const existing = await manager.findOneBy(RoleGrantEntity, { id });
    if (!existing) throw notFound('Demande d’attribution introuvable.');
    if (existing.status !== RoleGrantStatus.PENDING)
      throw conflict('id', 'Cette demande a déjà été traitée par une autre personne.');
    if (existing.userId === me) throw forbidden('Vous ne pouvez pas décider d’un rôle qui vous est destiné.');
    throw forbidden('Vous avez demandé cette attribution : un autre administrateur doit l’approuver.');
  }

  private async holds(manager: EntityManager, userId: string, role: Role): Promise<boolean> {
    const rows = await manager.query(`select 1 from users where id = $1 and $2::user_role = any(roles)`, [
      userId,
      role,
    ]);
    return rows.length > 0;
  }

  private async userOf(
    manager: EntityManager,
    userId: string,
  ): Promise<{ id: string; organizationId: string }> {
    const [row]: { organization_id: string }[] = await manager.query(
      `select organization_id from users where id = $1`,
      [userId],
    );
    return { id: userId, organizationId: row.organization_id };
  }

  private journal(
    manager: EntityManager,
    action: string,
    grantId: string,
    user: { id: string; organizationId: string },
    role: Role,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    reason: string | null = null,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actor: {
          userId: principal.actor.userId,
          organizationId: principal.actor.organizationId,
          label: principal.label,
        },
        subjectType: 'User',
        subjectId: user.id,
        reason,
        origin,
        details: { organizationId: user.organizationId, grantId, role, roleLabel: ROLE_LABELS[role] },
      },
      manager,
    );
  }
}
