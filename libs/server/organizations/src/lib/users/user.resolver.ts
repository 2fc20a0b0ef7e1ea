import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { Authenticated, Can, CurrentPrincipal, LIST_COMPLEXITY } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { organizationLoader } from '../organizations/organization.loaders';
import { OrganizationModel } from '../organizations/organization.models';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateUserInput, MeModel, UpdateUserInput, UserFilter, UserModel } from './user.models';
import { UserEntity } from './user.entity';
import { UsersService } from './users.service';
import { SessionStore } from '../auth/session.store';

@Authenticated()
@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly service: UsersService,
    private readonly organizationsService: OrganizationsService,
  ) {}

  @Query(() => [UserModel], { description: 'Les personnes de l’annuaire', complexity: LIST_COMPLEXITY })
  users(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('filter', { nullable: true }) filter?: UserFilter,
  ) {
    return this.service.list(filter ?? {}, principal);
  }

  @Query(() => UserModel)
  user(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.service.get(id, principal);
  }

  @Can('create', 'User')
  @Mutation(() => UserModel, { description: 'Administrateur ; responsable dans sa propre organisation' })
  createUser(
    @Args('input') input: CreateUserInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.service.create(input, principal, originOf(req));
  }

  @Can('update', 'User')
  @Mutation(() => UserModel)
  updateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.service.update(id, input, principal, originOf(req));
  }

  @Can('disable', 'User')
  @Mutation(() => UserModel, { description: 'Désactiver ferme aussitôt ses sessions.' })
  setUserDisabled(
    @Args('id', { type: () => ID }) id: string,
    @Args('disabled') disabled: boolean,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.service.setDisabled(id, disabled, reason?.slice(0, 1000), principal, originOf(req));
  }

  @ResolveField(() => OrganizationModel)
  organization(@Parent() user: UserEntity, @Context('req') req: object): Promise<OrganizationEntity> {
    return organizationLoader(req, this.organizationsService).load(user.organizationId);
  }

  @ResolveField(() => Boolean)
  disabled(@Parent() user: UserEntity): boolean {
    return user.disabledAt !== null;
  }
}

/** The same relations for the signed-in user (their organisation, also while a second factor is due). */
@Authenticated({ duringSecondFactor: true })
@Resolver(() => MeModel)
export class MeFieldsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly sessions: SessionStore,
  ) {}

  @ResolveField(() => Boolean, {
    description:
      'Session ouverte avec ProConnect : la déconnexion passe par /auth/proconnect/deconnexion (fin de session chez ProConnect aussi).',
  })
  async proConnect(@CurrentPrincipal() principal: RequestPrincipal): Promise<boolean> {
    return (await this.sessions.proConnectIdToken(principal.sessionId)) !== null;
  }

  @ResolveField(() => OrganizationModel)
  organization(@Parent() me: MeModel, @Context('req') req: object): Promise<OrganizationEntity> {
    return organizationLoader(req, this.organizations).load(me.organizationId);
  }
}
