import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { Can, CurrentPrincipal } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { RoleGrantModel } from '../accounts/account.models';
import { RoleGrantsService } from './role-grants.service';

@Resolver(() => RoleGrantModel)
export class RoleGrantResolver {
  constructor(private readonly grants: RoleGrantsService) {}

  @Can('update', 'User')
  @Query(() => [RoleGrantModel], {
    description: 'Attributions de rôle en attente (administrateurs) ; celles d’un compte avec `userId`',
  })
  async roleGrants(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
  ): Promise<RoleGrantModel[]> {
    const rows = await this.grants.pending(principal, userId);
    return rows.map((row) => ({ ...row, canDecide: this.grants.mayDecide(row, principal) }));
  }

  @Can('update', 'User')
  @Mutation(() => Boolean, {
    description: 'Approuve une attribution en attente : ni son demandeur, ni son bénéficiaire.',
  })
  async approveRoleGrant(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ): Promise<boolean> {
    await this.grants.approve(id, principal, originOf(req));
    return true;
  }

  @Can('update', 'User')
  @Mutation(() => Boolean, {
    description: 'Refuse une attribution en attente (ou la retire, pour son demandeur), avec un motif.',
  })
  async rejectRoleGrant(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<boolean> {
    await this.grants.reject(id, reason?.trim().slice(0, 1000) || null, principal, originOf(req));
    return true;
  }
}
