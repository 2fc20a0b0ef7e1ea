import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { Authenticated, badInput, CurrentPrincipal } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { AccessRequestModel } from './access-request.models';
import { AccessRequestsService } from './access-requests.service';

@Resolver(() => AccessRequestModel)
export class AccessRequestResolver {
  constructor(private readonly requests: AccessRequestsService) {}

  @Authenticated()
  @Query(() => [AccessRequestModel], {
    description:
      'Demandes d’accès en attente pour l’organisation du responsable connecté (vide pour les autres).',
  })
  accessRequests(@CurrentPrincipal() principal: RequestPrincipal): Promise<AccessRequestModel[]> {
    return this.requests.pending(principal);
  }

  @Authenticated()
  @Mutation(() => AccessRequestModel, {
    description:
      'Approuve une demande d’accès : le compte de l’agent est créé (rôle agent), lié à ProConnect.',
  })
  approveAccessRequest(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ): Promise<AccessRequestModel> {
    return this.requests.approve(id, principal, originOf(req));
  }

  @Authenticated()
  @Mutation(() => AccessRequestModel, {
    description: 'Refuse une demande d’accès, avec un motif facultatif.',
  })
  refuseAccessRequest(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<AccessRequestModel> {
    const motive = reason?.trim() || null;
    if (motive && motive.length > 1000)
      throw badInput('reason', 'Le motif du refus est limité à 1 000 caractères.');
    return this.requests.refuse(id, motive, principal, originOf(req));
  }
}
