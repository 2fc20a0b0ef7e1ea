import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isPublicAuthority, ORGANIZATION_TYPES } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import {
  Authenticated,
  Can,
  CurrentPrincipal,
  requestLoader,
  LIST_COMPLEXITY,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { CommuneEntity, CommuneModel, TerritoryService } from '@continuum/server/territory';
import { UserModel } from '../users/user.models';
import { UsersService } from '../users/users.service';
import { UserEntity } from '../users/user.entity';
import {
  CreateOrganizationInput,
  OrganizationFilter,
  OrganizationModel,
  UpdateOrganizationInput,
} from './organization.models';
import { OrganizationEntity } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { technicalOrganizationSql } from './technical-organization.sql';

@Authenticated()
@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly service: OrganizationsService,
    private readonly users: UsersService,
    private readonly territory: TerritoryService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => [OrganizationModel], {
    description: 'L’annuaire des partenaires',
    complexity: LIST_COMPLEXITY,
  })
  organizations(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('filter', { nullable: true }) filter?: OrganizationFilter,
  ): Promise<OrganizationEntity[]> {
    return this.service.list(filter ?? {}, principal);
  }

  @Query(() => OrganizationModel)
  organization(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.service.get(id, principal);
  }

  @Can('create', 'Organization')
  @Mutation(() => OrganizationModel)
  createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.service.create(input, principal, originOf(req));
  }

  @Mutation(() => OrganizationModel, { description: 'Administrateur, ou responsable de cette organisation' })
  updateOrganization(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOrganizationInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.service.update(id, input, principal, originOf(req));
  }

  @Can('disable', 'Organization')
  @Mutation(() => OrganizationModel, {
    description: 'Désactiver ferme aussitôt les sessions de ses membres.',
  })
  setOrganizationDisabled(
    @Args('id', { type: () => ID }) id: string,
    @Args('disabled') disabled: boolean,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.service.setDisabled(id, disabled, reason?.slice(0, 1000), principal, originOf(req));
  }

  @ResolveField(() => String)
  typeLabel(@Parent() organization: OrganizationEntity): string {
    return ORGANIZATION_TYPES[organization.type].label;
  }

  @ResolveField(() => Boolean, { description: 'Autorité publique (services de l’État, URSSAF, communes)' })
  publicAuthority(@Parent() organization: OrganizationEntity): boolean {
    return isPublicAuthority(organization.type);
  }

  @ResolveField(() => Boolean, {
    description:
      'Partenaire : peut être saisi d’un dossier ou piloter une décision (faux pour l’administration technique de la plateforme)',
  })
  partner(@Parent() organization: OrganizationEntity, @Context('req') req: object): Promise<boolean> {
    return requestLoader<string, boolean>(req, 'organization.partner', async (ids) => {
      const rows: { id: string }[] = await this.dataSource.query(
        `select o.id from organizations o where o.id = any($1::uuid[]) and ${technicalOrganizationSql('o')}`,
        [ids],
      );
      const technical = new Set(rows.map((row) => row.id));
      return ids.map((id) => !technical.has(id));
    }).load(organization.id);
  }

  @ResolveField(() => Boolean)
  disabled(@Parent() organization: OrganizationEntity): boolean {
    return organization.disabledAt !== null;
  }

  @ResolveField(() => CommuneModel, { nullable: true, description: 'Commune du siège' })
  seat(
    @Parent() organization: OrganizationEntity,
    @Context('req') req: object,
  ): Promise<CommuneEntity | null> | null {
    if (!organization.seatCommuneCode) return null;
    return requestLoader<string, CommuneEntity | null>(req, 'organization.seat', async (codes) => {
      const rows = await this.territory.communesByCode(codes);
      return codes.map((code) => rows.find((row) => row.code === code) ?? null);
    }).load(organization.seatCommuneCode);
  }

  @ResolveField(() => [CommuneModel], { description: 'Communes de compétence (vide si tout le département)' })
  competenceCommunes(
    @Parent() organization: OrganizationEntity,
    @Context('req') req: object,
  ): Promise<CommuneEntity[]> {
    return requestLoader<string, CommuneEntity[]>(req, 'organization.competence', (ids) =>
      this.service.competenceOf(ids),
    ).load(organization.id);
  }

  @ResolveField(() => [UserModel], { description: 'Les personnes de l’organisation' })
  members(
    @Parent() organization: OrganizationEntity,
    @Context('req') req: object,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<UserEntity[]> {
    return requestLoader<string, UserEntity[]>(req, 'organization.members', (ids) =>
      this.users.membersOf(ids, principal),
    ).load(organization.id);
  }
}
