import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, hasRole, Role } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { clearableText, conflict, forbidden, notFound, RequestPrincipal } from '@continuum/server/platform';
import { CommuneEntity, likePattern, TerritoryService } from '@continuum/server/territory';
import { DataSource, EntityManager, In } from 'typeorm';
import { SessionStore } from '../auth/session.store';
import { UserEntity } from '../users/user.entity';
import { CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from './organization.models';
import { OrganizationEntity } from './organization.entity';

/** Who may see disabled organisations and accounts: those who administer them. */
export function seesDisabled(actor: Actor): boolean {
  return hasRole(actor, Role.ADMIN);
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
    private readonly sessions: SessionStore,
    private readonly audit: AuditService,
  ) {}

  list(filter: OrganizationFilter, principal: RequestPrincipal): Promise<OrganizationEntity[]> {
    const query = this.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .orderBy('o.name collate "fr-FR-x-icu"');
    if (!(filter.includeDisabled && seesDisabled(principal.actor))) query.andWhere('o.disabled_at is null');
    if (filter.type) query.andWhere('o.type = :type', { type: filter.type });
    if (filter.communeCode) {
      query.andWhere(
        `(o.whole_departement or o.seat_commune_code = :code or exists (
            select 1 from organization_competence_communes oc where oc.organization_id = o.id and oc.commune_code = :code))`,
        { code: filter.communeCode },
      );
    }
    if (filter.search?.trim()) {
      query.andWhere(
        `(unaccent(o.name) ilike unaccent(:pattern) or exists (
            select 1 from users u where u.organization_id = o.id and u.disabled_at is null
               and unaccent(u.full_name) ilike unaccent(:pattern)))`,
        { pattern: likePattern(filter.search) },
      );
    }
    return query.getMany();
  }

  async get(id: string, principal: RequestPrincipal): Promise<OrganizationEntity> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
    if (!organization || (organization.disabledAt && !seesDisabled(principal.actor))) {
      throw notFound('Organisation introuvable.');
    }
    return organization;
  }

  byIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
  }

  async competenceOf(ids: readonly string[]): Promise<CommuneEntity[][]> {
    const rows: (CommuneEntity & { organizationId: string })[] = await this.dataSource.query(
      `select oc.organization_id as "organizationId", c.code, c.name, c.population, c.postcodes,
              c.epci_siren as "epciSiren", c.departement_code as "departementCode"
         from organization_competence_communes oc join communes c on c.code = oc.commune_code
        where oc.organization_id = any($1) order by c.name collate "fr-FR-x-icu"`,
      [ids],
    );
    return ids.map((id) => rows.filter((row) => row.organizationId === id));
  }

  async create(
    input: CreateOrganizationInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<OrganizationEntity> {
    const competence = await this.territory.communesOfDepartement(
      input.competenceCommuneCodes ?? [],
      'input.competenceCommuneCodes',
    );
    if (input.seatCommuneCode)
      await this.territory.communesOfDepartement([input.seatCommuneCode], 'input.seatCommuneCode');
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, input.name);
      const organization = await manager.save(
        manager.create(OrganizationEntity, {
          name: input.name.trim(),
          type: input.type,
          wholeDepartement: input.wholeDepartement,
          competenceCommunes: competence,
          seatCommuneCode: input.seatCommuneCode ?? null,
          email: input.email?.trim().toLowerCase() ?? null,
          phone: input.phone?.trim() ?? null,
        }),
      );
      await this.journal(manager, 'organization.created', organization.id, principal, origin, { ...input });
      return organization;
    });
  }

  async update(
    id: string,
    input: UpdateOrganizationInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ) {
    const organization = await this.get(id, principal);
    if (!principal.ability.can('update', { __typename: 'Organization', id: organization.id }))
      throw forbidden();
    const competence =
      input.competenceCommuneCodes === undefined
        ? undefined
        : await this.territory.communesOfDepartement(
            input.competenceCommuneCodes,
            'input.competenceCommuneCodes',
          );
    if (input.seatCommuneCode)
      await this.territory.communesOfDepartement([input.seatCommuneCode], 'input.seatCommuneCode');
    const saved = await this.dataSource.transaction(async (manager) => {
      // Read again under the row's lock: a parallel update's fields are kept, not written back stale.
      const current = await this.locked(manager, organization.id);
      if (input.name !== undefined && input.name.trim().toLowerCase() !== current.name.toLowerCase()) {
        await this.assertNameFree(manager, input.name);
      }
      const changed = Object.assign(current, {
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.wholeDepartement !== undefined && { wholeDepartement: input.wholeDepartement }),
        ...(input.seatCommuneCode !== undefined && { seatCommuneCode: input.seatCommuneCode || null }),
        ...(input.email !== undefined && { email: clearableText(input.email)?.toLowerCase() ?? null }),
        ...(input.phone !== undefined && { phone: clearableText(input.phone) }),
        ...(competence !== undefined && { competenceCommunes: competence }),
      });
      const saved = await manager.save(changed);
      await this.journal(manager, 'organization.updated', id, principal, origin, { ...input });
      return saved;
    });
    if (input.name !== undefined) {
      // Members' sessions carry the organisation's name in their label: reload it.
      const members = await this.dataSource
        .getRepository(UserEntity)
        .find({ where: { organizationId: id }, select: { id: true } });
      await this.sessions.invalidateProfiles(members.map((member) => member.id));
    }
    return saved;
  }

  async setDisabled(
    id: string,
    disabled: boolean,
    reason: string | undefined,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ) {
    const organization = await this.get(id, principal);
    if (organization.id === principal.actor.organizationId && disabled) {
      throw forbidden('Vous ne pouvez pas désactiver votre propre organisation.');
    }
    const memberIds = await this.dataSource.transaction(async (manager) => {
      const current = await this.locked(manager, organization.id);
      // Already as asked (a parallel request won): nothing to write, nothing to journal.
      if ((current.disabledAt !== null) !== disabled) {
        current.disabledAt = disabled ? new Date() : null;
        await manager.save(current);
        await this.journal(
          manager,
          disabled ? 'organization.disabled' : 'organization.enabled',
          id,
          principal,
          origin,
          {},
          reason,
        );
      }
      organization.disabledAt = current.disabledAt;
      const members = await manager.find(UserEntity, { where: { organizationId: id }, select: { id: true } });
      return members.map((member) => member.id);
    });
    if (disabled) await this.sessions.destroyAllOf(memberIds);
    return organization;
  }

  /** The organisation's row, locked for the rest of the transaction. */
  private async locked(manager: EntityManager, id: string): Promise<OrganizationEntity> {
    const row = await manager.findOne(OrganizationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw notFound('Organisation introuvable.');
    return row;
  }

  /**
   * Under a transaction lock on the name (lower-cased), so that of two transactions creating or
   * renaming to the same name, the second reads the first's committed row and is told, rather than
   * meeting the unique index (a 23505 the client would see as an internal error).
   */
  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    await manager.query(`select pg_advisory_xact_lock(hashtext('organization-name:' || lower($1)))`, [
      name.trim(),
    ]);
    const taken = await manager
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .where('lower(o.name) = lower(:name)', { name: name.trim() })
      .getExists();
    if (taken) throw conflict('input.name', `Une organisation porte déjà le nom « ${name.trim()} ».`);
  }

  private journal(
    manager: EntityManager,
    action: string,
    id: string,
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
        subjectType: 'Organization',
        subjectId: id,
        reason: reason ?? null,
        origin,
        details,
      },
      manager,
    );
  }
}
