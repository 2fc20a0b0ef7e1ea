import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AlertSeverity, EmailMode, nameList, Role, SubscriptionScope } from '@continuum/domain';
import { badInput, forbidden } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { TerritoryService } from '@continuum/server/territory';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { checkTerritory } from './alert-territory';
import { AlertSubscriptionEntity } from './alerts.entities';
import { AlertSubscriptionInput, AlertSubscriptionModel } from './alerts.models';

const PLATFORM_DEFAULT: Omit<AlertSubscriptionModel, 'source'> = {
  scope: SubscriptionScope.COMPETENCE,
  communeCodes: [],
  zoneIds: [],
  area: null,
  categories: [],
  minSeverity: AlertSeverity.INFO,
  inApp: true,
  emailMode: EmailMode.NONE,
};

/** Subscriptions: a user's own, or their organisation's default set by a manager. */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
  ) {}

  /** What applies to me: my own subscription, else my organisation's default, else the platform's. */
  async effective(principal: RequestPrincipal): Promise<AlertSubscriptionModel> {
    const repository = this.dataSource.getRepository(AlertSubscriptionEntity);
    const own = await repository.findOneBy({ userId: principal.actor.userId });
    if (own) return { ...model(own), source: 'USER' };
    const byOrganization = await repository.findOneBy({
      organizationId: principal.actor.organizationId,
      userId: IsNull(),
    });
    if (byOrganization) return { ...model(byOrganization), source: 'ORGANIZATION' };
    return { ...PLATFORM_DEFAULT, source: 'PLATFORM' };
  }

  async organizationDefault(
    organizationId: string,
    principal: RequestPrincipal,
  ): Promise<AlertSubscriptionModel> {
    this.assertManages(organizationId, principal);
    const row = await this.dataSource
      .getRepository(AlertSubscriptionEntity)
      .findOneBy({ organizationId, userId: IsNull() });
    return row ? { ...model(row), source: 'ORGANIZATION' } : { ...PLATFORM_DEFAULT, source: 'PLATFORM' };
  }

  async saveMine(
    input: AlertSubscriptionInput,
    principal: RequestPrincipal,
  ): Promise<AlertSubscriptionModel> {
    // Checked before the transaction: the territory service reads through a connection of its own,
    // which a transaction already holding one of the pool's must not wait for (twenty saves at once
    // held all ten and waited for an eleventh).
    const values = await this.check(this.dataSource.manager, input, principal.actor.organizationId);
    return this.dataSource.transaction(async (manager) => {
      // One save at a time per user (two tabs, a double click): each replaces the last instead of
      // both inserting and one failing on the unique index.
      await manager.query('select 1 from users where id = $1 for no key update', [principal.actor.userId]);
      await manager.delete(AlertSubscriptionEntity, { userId: principal.actor.userId });
      await manager.save(
        manager.create(AlertSubscriptionEntity, {
          ...values,
          organizationId: principal.actor.organizationId,
          userId: principal.actor.userId,
        }),
      );
      return { ...values, source: 'USER' };
    });
  }

  /** Back to the organisation's default. */
  async resetMine(principal: RequestPrincipal): Promise<AlertSubscriptionModel> {
    await this.dataSource.getRepository(AlertSubscriptionEntity).delete({ userId: principal.actor.userId });
    return this.effective(principal);
  }

  async saveOrganizationDefault(
    organizationId: string,
    input: AlertSubscriptionInput,
    principal: RequestPrincipal,
  ): Promise<AlertSubscriptionModel> {
    this.assertManages(organizationId, principal);
    const values = await this.check(this.dataSource.manager, input, organizationId);
    return this.dataSource.transaction(async (manager) => {
      // One save at a time per organisation, as for a user's own.
      await manager.query('select 1 from organizations where id = $1 for no key update', [organizationId]);
      await manager.delete(AlertSubscriptionEntity, { organizationId, userId: IsNull() });
      await manager.save(
        manager.create(AlertSubscriptionEntity, { ...values, organizationId, userId: null }),
      );
      return { ...values, source: 'ORGANIZATION' };
    });
  }

  private assertManages(organizationId: string, principal: RequestPrincipal): void {
    const manager =
      principal.actor.roles.includes(Role.MANAGER) && principal.actor.organizationId === organizationId;
    if (!manager) throw forbidden('Seul un responsable de l’organisation règle ses alertes par défaut.');
  }

  /** The territory must be one the organisation has competence over. */
  private async check(manager: EntityManager, input: AlertSubscriptionInput, organizationId: string) {
    const territory = await checkTerritory(manager, this.territory, input, 'input');
    const scope = input.scope;
    if (scope === SubscriptionScope.COMMUNES && territory.communeCodes.length === 0)
      throw badInput('input.communeCodes', 'Choisissez au moins une commune.');
    if (scope === SubscriptionScope.ZONES && territory.zoneIds.length === 0)
      throw badInput('input.zoneIds', 'Choisissez au moins une zone.');
    if (scope === SubscriptionScope.AREA && !territory.area)
      throw badInput('input.area', 'Dessinez la zone sur la carte.');
    const [organization]: { whole_departement: boolean }[] = await manager.query(
      'select whole_departement from organizations where id = $1',
      [organizationId],
    );
    if (!organization?.whole_departement) {
      const competence = new Set(
        (
          (await manager.query(
            'select commune_code from organization_competence_communes where organization_id = $1',
            [organizationId],
          )) as { commune_code: string }[]
        ).map((row) => row.commune_code),
      );
      const outside = territory.communeCodes.filter((code) => !competence.has(code));
      if (scope === SubscriptionScope.COMMUNES && outside.length)
        throw badInput(
          'input.communeCodes',
          `Commune hors de la compétence de votre organisation : ${outside.join(', ')}.`,
        );
      if (scope === SubscriptionScope.ZONES) {
        const zones: { id: string; name: string; communes: string[] }[] = await manager.query(
          `select z.id, z.name, array(select zc.commune_code from zone_communes zc where zc.zone_id = z.id) as communes
             from zones z where z.id = any($1::uuid[])`,
          [territory.zoneIds],
        );
        const foreign = zones.filter((zone) => !zone.communes.some((code) => competence.has(code)));
        if (foreign.length)
          throw badInput(
            'input.zoneIds',
            `Zone hors de la compétence de votre organisation : ${foreign.map((z) => z.name).join(', ')}.`,
          );
      }
      // As for communes: a drawn area may not reach, by the communes' outlines, a commune the
      // organisation has no competence over (one reaching into the competence would otherwise
      // bring the rest of the département).
      const beyond = territory.areaCommunes.filter((commune) => !competence.has(commune.code));
      if (scope === SubscriptionScope.AREA && beyond.length)
        throw badInput(
          'input.area',
          `La zone dessinée déborde de la compétence de votre organisation : ${nameList(beyond.map((c) => c.name))}.`,
        );
    }
    return {
      scope,
      communeCodes: scope === SubscriptionScope.COMMUNES ? territory.communeCodes : [],
      zoneIds: scope === SubscriptionScope.ZONES ? territory.zoneIds : [],
      area: scope === SubscriptionScope.AREA ? territory.area : null,
      categories: [...new Set(input.categories ?? [])],
      minSeverity: input.minSeverity,
      inApp: input.inApp,
      emailMode: input.emailMode,
    };
  }
}

function model(row: AlertSubscriptionEntity): Omit<AlertSubscriptionModel, 'source'> {
  return {
    scope: row.scope,
    communeCodes: row.communeCodes,
    zoneIds: row.zoneIds,
    area: row.area,
    categories: row.categories,
    minSeverity: row.minSeverity,
    inApp: row.inApp,
    emailMode: row.emailMode,
  };
}
