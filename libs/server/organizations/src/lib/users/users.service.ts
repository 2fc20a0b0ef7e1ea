import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  hasRole,
  Role,
  ROLES_A_MANAGER_MAY_GRANT,
  ROLES_NEEDING_A_SECOND_PERSON,
} from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import {
  badInput,
  clearableText,
  conflict,
  forbidden,
  notFound,
  RequestPrincipal,
} from '@continuum/server/platform';
import { likePattern } from '@continuum/server/territory';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { PasswordService } from '../accounts/password.service';
import { SessionStore } from '../auth/session.store';
import { OrganizationEntity } from '../organizations/organization.entity';
import { RoleGrantsService } from '../roles/role-grants.service';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.models';
import { UserEntity } from './user.entity';

/** The roles given at once, and those that wait for a second administrator. */
function splitRoles(roles: readonly Role[]): { now: Role[]; pending: Role[] } {
  const unique = [...new Set(roles)];
  return {
    now: unique.filter((role) => !ROLES_NEEDING_A_SECOND_PERSON.includes(role)),
    pending: unique.filter((role) => ROLES_NEEDING_A_SECOND_PERSON.includes(role)),
  };
}

/**
 * Accounts as their administrators see them. Nobody sets another person's password: a new account
 * receives an invitation to choose one. Nobody changes their own roles, grants a role they may not
 * give, or gives a high role alone (see RoleGrantsService).
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly grants: RoleGrantsService,
  ) {}

  list(filter: UserFilter, principal: RequestPrincipal): Promise<UserEntity[]> {
    const query = this.visible(principal.actor, filter.includeDisabled ?? false).orderBy(
      'u.full_name collate "fr-FR-x-icu"',
    );
    if (filter.organizationId) query.andWhere('u.organization_id = :org', { org: filter.organizationId });
    if (filter.search?.trim()) {
      query.andWhere('(unaccent(u.full_name) ilike unaccent(:pattern) or u.email ilike :pattern)', {
        pattern: likePattern(filter.search),
      });
    }
    return query.getMany();
  }

  async get(id: string, principal: RequestPrincipal): Promise<UserEntity> {
    const user = await this.visible(principal.actor, true).andWhere('u.id = :id', { id }).getOne();
    if (!user) throw notFound('Utilisateur introuvable.');
    return user;
  }

  /** The signed-in user's own row (also while their second factor is due). */
  self(userId: string): Promise<UserEntity> {
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
  }

  /** Members of each organisation, in key order; disabled accounts only for who administers them. */
  async membersOf(organizationIds: readonly string[], principal: RequestPrincipal): Promise<UserEntity[][]> {
    const rows = await this.visible(principal.actor, true)
      .andWhere('u.organization_id in (:...ids)', { ids: organizationIds })
      .orderBy('u.full_name collate "fr-FR-x-icu"')
      .getMany();
    return organizationIds.map((id) => rows.filter((row) => row.organizationId === id));
  }

  async create(
    input: CreateUserInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<UserEntity> {
    const organization = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneBy({ id: input.organizationId });
    if (!organization) throw badInput('input.organizationId', 'Organisation inconnue.');
    if (organization.disabledAt) throw badInput('input.organizationId', 'Cette organisation est désactivée.');
    if (!principal.ability.can('create', { __typename: 'User', organizationId: organization.id })) {
      throw forbidden('Vous ne pouvez créer des comptes que dans votre organisation.');
    }
    this.assertMayGrant(principal.actor, input.roles);
    const email = input.email.trim().toLowerCase();
    const roles = splitRoles(input.roles);
    const { user, mailId } = await this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email })) {
        throw conflict('input.email', `Un compte existe déjà pour ${email}.`);
      }
      const user = await manager.save(
        manager.create(UserEntity, {
          email,
          fullName: input.fullName.trim(),
          title: input.title?.trim() || null,
          phone: input.phone?.trim() || null,
          organizationId: organization.id,
          roles: roles.now,
          passwordHash: null,
        }),
      );
      await this.journal(manager, 'user.created', user, principal, origin, {
        email,
        roles: user.roles,
        pendingRoles: roles.pending,
      });
      await this.grants.request(manager, user, roles.pending, principal, origin);
      const mailId = await this.passwords.invite(manager, user, principal);
      await this.journal(manager, 'user.invited', user, principal, origin, { email });
      return { user, mailId };
    });
    await this.passwords.dispatch([mailId]);
    return user;
  }

  async update(id: string, input: UpdateUserInput, principal: RequestPrincipal, origin: RequestOrigin) {
    const user = await this.get(id, principal);
    this.assertMayAdminister(principal, user);
    const current = new Set(user.roles);
    const wanted = input.roles ? new Set(input.roles) : current;
    const added = [...wanted].filter((role) => !current.has(role));
    const removed = [...current].filter((role) => !wanted.has(role));
    if ((added.length || removed.length) && user.id === principal.actor.userId)
      throw forbidden(
        'Vous ne pouvez pas modifier vos propres rôles : demandez-le à un autre administrateur.',
      );
    this.assertMayGrant(principal.actor, added);
    const { now, pending } = splitRoles(added);
    const roles = [...user.roles.filter((role) => !removed.includes(role)), ...now];
    const rolesChanged = now.length > 0 || removed.length > 0;
    const updated = await this.dataSource.transaction(async (manager) => {
      Object.assign(user, {
        ...(input.fullName !== undefined && { fullName: input.fullName.trim() }),
        ...(input.title !== undefined && { title: clearableText(input.title) }),
        ...(input.phone !== undefined && { phone: clearableText(input.phone) }),
        ...(rolesChanged && { roles }),
      });
      await manager.save(user);
      await this.journal(manager, 'user.updated', user, principal, origin, {
        ...input,
        ...(input.roles && { roles, rolesAdded: now, rolesRemoved: removed, rolesPending: pending }),
      });
      await this.grants.request(manager, user, pending, principal, origin);
      return user;
    });
    // New roles or name take effect at the next request.
    if (rolesChanged || input.fullName !== undefined) await this.sessions.invalidateProfiles([user.id]);
    return updated;
  }

  async setDisabled(
    id: string,
    disabled: boolean,
    reason: string | undefined,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ) {
    const user = await this.get(id, principal);
    this.assertMayAdminister(principal, user);
    if (user.id === principal.actor.userId && disabled)
      throw forbidden('Vous ne pouvez pas désactiver votre propre compte.');
    await this.dataSource.transaction(async (manager) => {
      user.disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
      await manager.save(user);
      await this.journal(
        manager,
        disabled ? 'user.disabled' : 'user.enabled',
        user,
        principal,
        origin,
        {},
        reason,
      );
    });
    if (disabled) await this.sessions.destroyAllOf([user.id]);
    return user;
  }

  private visible(actor: Actor, includeDisabled: boolean): SelectQueryBuilder<UserEntity> {
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (includeDisabled && hasRole(actor, Role.ADMIN)) return query.where('true');
    if (includeDisabled && hasRole(actor, Role.MANAGER)) {
      // A manager also sees the disabled accounts of their own organisation.
      return query.where('(u.disabled_at is null or u.organization_id = :own)', {
        own: actor.organizationId,
      });
    }
    return query.where('u.disabled_at is null');
  }

  private assertMayAdminister(principal: RequestPrincipal, user: UserEntity): void {
    if (!principal.ability.can('update', { __typename: 'User', organizationId: user.organizationId })) {
      throw forbidden('Vous ne pouvez gérer que les comptes de votre organisation.');
    }
    if (
      !hasRole(principal.actor, Role.ADMIN) &&
      user.roles.some((role) => !ROLES_A_MANAGER_MAY_GRANT.includes(role))
    ) {
      throw forbidden('Ce compte a des rôles que seul un administrateur peut modifier.');
    }
  }

  /**
   * Nobody grants a role they do not hold the right to give: the administrator gives every role
   * (the high ones through a second administrator), a manager only agent and manager.
   */
  private assertMayGrant(actor: Actor, roles: readonly Role[]): void {
    if (hasRole(actor, Role.ADMIN)) return;
    const refused = roles.filter((role) => !ROLES_A_MANAGER_MAY_GRANT.includes(role));
    if (refused.length > 0) {
      throw forbidden(
        `Un responsable ne peut attribuer que les rôles agent et responsable (refusé : ${refused.join(', ')}).`,
      );
    }
  }

  private journal(
    manager: EntityManager,
    action: string,
    user: UserEntity,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    details: Record<string, unknown>,
    reason?: string,
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
        reason: reason ?? null,
        origin,
        details: { organizationId: user.organizationId, ...details },
      },
      manager,
    );
  }
}
