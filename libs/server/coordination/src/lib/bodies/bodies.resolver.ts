import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import {
  OrganizationModel,
  OrganizationsService,
  organizationLoader,
  UserEntity,
  UserModel,
} from '@continuum/server/organizations';
import {
  Authenticated,
  CurrentPrincipal,
  inKeyOrder,
  LIST_COMPLEXITY,
  ListSize,
  requestLoader,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { CommuneModel, TerritoryService, ZoneModel } from '@continuum/server/territory';
import {
  CoordinationBodyEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
} from '../coordination.entities';
import { BodyInput, BodyModel, WorkingGroupMemberModel, WorkingGroupModel } from './body.models';
import { BodiesService } from './bodies.service';
import { WorkingGroupsService } from './working-groups.service';

@Authenticated()
@Resolver(() => BodyModel)
export class BodiesResolver {
  constructor(
    private readonly service: BodiesService,
    private readonly organizations: OrganizationsService,
    private readonly territory: TerritoryService,
  ) {}

  // A département has a few dozen bodies (CLSPD, CISPD, GPO…), each with a few working groups.
  @ListSize(50)
  @Query(() => [BodyModel], {
    complexity: LIST_COMPLEXITY,
    description: 'Les instances de coordination (mine : celles où je siège)',
  })
  bodies(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('mine', { nullable: true }) mine?: boolean,
  ): Promise<CoordinationBodyEntity[]> {
    return this.service.list(principal, mine ?? false);
  }

  @Query(() => BodyModel)
  body(@Args('id', { type: () => ID }) id: string): Promise<CoordinationBodyEntity> {
    return this.service.get(id);
  }

  @Mutation(() => BodyModel, { description: 'Cabinet du préfet ou administration' })
  createBody(
    @Args('input') input: BodyInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.service.create(input, principal, originOf(req));
  }

  @Mutation(() => BodyModel, { description: 'Cabinet du préfet ou administration' })
  updateBody(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: BodyInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.service.update(id, input, principal, originOf(req));
  }

  @Mutation(() => BodyModel, { description: 'Les membres nommés, convoqués par défaut (secrétariat)' })
  setBodyMembers(
    @Args('bodyId', { type: () => ID }) bodyId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.service.setMembers(bodyId, userIds, principal, originOf(req));
  }

  @ResolveField(() => OrganizationModel)
  chairOrganization(@Parent() body: CoordinationBodyEntity, @Context('req') req: object) {
    return organizationLoader(req, this.organizations).load(body.chairOrganizationId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  async secretary(
    @Parent() body: CoordinationBodyEntity,
    @Context('req') req: object,
  ): Promise<UserEntity | null> {
    if (!body.secretaryUserId) return null;
    return userLoader(req, this.service).load(body.secretaryUserId);
  }

  @ResolveField(() => [OrganizationModel], { complexity: LIST_COMPLEXITY })
  async memberOrganizations(@Parent() body: CoordinationBodyEntity, @Context('req') req: object) {
    const ids = await requestLoader<string, string[]>(req, 'body.memberOrganizationIds', (keys) =>
      this.service.memberOrganizationIds(keys),
    ).load(body.id);
    const organizations = present(await organizationLoader(req, this.organizations).loadMany(ids));
    return organizations.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  @ResolveField(() => [UserModel], { complexity: LIST_COMPLEXITY, description: 'Membres nommés' })
  async members(@Parent() body: CoordinationBodyEntity, @Context('req') req: object): Promise<UserEntity[]> {
    const ids = await requestLoader<string, string[]>(req, 'body.memberUserIds', (keys) =>
      this.service.memberUserIds(keys),
    ).load(body.id);
    return present(await userLoader(req, this.service).loadMany(ids));
  }

  @ResolveField(() => [CommuneModel], { complexity: LIST_COMPLEXITY })
  communes(@Parent() body: CoordinationBodyEntity) {
    return body.communeCodes.length ? this.territory.communesByCode(body.communeCodes) : [];
  }

  @ResolveField(() => [ZoneModel], { complexity: LIST_COMPLEXITY })
  zones(@Parent() body: CoordinationBodyEntity) {
    return body.zoneIds.length ? this.territory.zonesByIds(body.zoneIds) : [];
  }

  @ListSize(10)
  @ResolveField(() => [WorkingGroupModel], { complexity: LIST_COMPLEXITY })
  workingGroups(
    @Parent() body: CoordinationBodyEntity,
    @Context('req') req: object,
  ): Promise<WorkingGroupEntity[]> {
    return requestLoader<string, WorkingGroupEntity[]>(req, 'body.workingGroups', (keys) =>
      this.service.workingGroupsOf(keys),
    ).load(body.id);
  }
}

@Authenticated()
@Resolver(() => WorkingGroupModel)
export class WorkingGroupsResolver {
  constructor(private readonly groups: WorkingGroupsService) {}

  @Mutation(() => WorkingGroupModel, {
    description: 'Groupe de travail restreint d’un CLSPD/CISPD (secrétariat)',
  })
  createWorkingGroup(
    @Args('bodyId', { type: () => ID }) bodyId: string,
    @Args('name') name: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.groups.createWorkingGroup(bodyId, name, principal, originOf(req));
  }

  @Mutation(() => WorkingGroupModel)
  addWorkingGroupMember(
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.groups.addWorkingGroupMember(workingGroupId, userId, principal, originOf(req));
  }

  @Mutation(() => WorkingGroupModel, {
    description: 'Retire un membre : son accès aux dossiers confidentiels cesse aussitôt',
  })
  removeWorkingGroupMember(
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.groups.removeWorkingGroupMember(workingGroupId, userId, principal, originOf(req));
  }

  @Mutation(() => WorkingGroupModel, {
    description: 'Je signe la charte du groupe dans sa version en vigueur',
  })
  signCharter(
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
    @Args('version') version: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.groups.signCharter(workingGroupId, version, principal, originOf(req));
  }

  @Mutation(() => WorkingGroupModel, {
    description: 'Nouvelle version de la charte : chacun doit la signer à nouveau',
  })
  newCharterVersion(
    @Args('workingGroupId', { type: () => ID }) workingGroupId: string,
    @Args('version') version: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.groups.newCharterVersion(workingGroupId, version, principal, originOf(req));
  }

  @ResolveField(() => [WorkingGroupMemberModel], { complexity: LIST_COMPLEXITY })
  async members(
    @Parent() group: WorkingGroupEntity,
    @Context('req') req: object,
  ): Promise<WorkingGroupMemberModel[]> {
    const rows = await requestLoader<string, WorkingGroupMemberEntity[]>(
      req,
      'workingGroup.members',
      (keys) => this.groups.workingGroupMembers(keys),
    ).load(group.id);
    return rows.map((row) => ({
      workingGroupId: row.workingGroupId,
      userId: row.userId,
      charterSignedAt: row.charterSignedAt,
      charterSignedVersion: row.charterSignedVersion,
      charterCurrent: row.charterSignedAt !== null && row.charterSignedVersion === group.charterVersion,
    }));
  }
}

@Authenticated()
@Resolver(() => WorkingGroupMemberModel)
export class WorkingGroupMemberResolver {
  constructor(private readonly bodies: BodiesService) {}

  @ResolveField(() => UserModel)
  user(@Parent() member: WorkingGroupMemberModel, @Context('req') req: object): Promise<UserEntity> {
    return userLoader(req, this.bodies).load(member.userId);
  }
}

/** Working groups by id, once per request. */
export function workingGroupLoader(req: object, bodies: BodiesService) {
  return requestLoader<string, WorkingGroupEntity>(
    req,
    'coordination.workingGroupById',
    async (ids) =>
      inKeyOrder(
        ids,
        await bodies.workingGroupsByIds(ids),
        (row) => row.id,
        new Error('groupe manquant'),
      ) as WorkingGroupEntity[],
  );
}

/** People by id, once per request. */
export function userLoader(req: object, bodies: BodiesService) {
  return requestLoader<string, UserEntity>(
    req,
    'coordination.userById',
    async (ids) =>
      inKeyOrder(
        ids,
        await bodies.usersByIds(ids),
        (row) => row.id,
        new Error('personne manquante'),
      ) as UserEntity[],
  );
}

function present<T>(rows: (T | Error)[]): T[] {
  return rows.filter((row): row is T => !(row instanceof Error));
}
