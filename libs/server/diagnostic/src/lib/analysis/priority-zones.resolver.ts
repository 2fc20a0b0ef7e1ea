import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { Authenticated, Can, CurrentPrincipal } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { ZoneModel } from '@continuum/server/territory';
import { ConfirmPriorityZoneInput, PriorityZoneProposalsModel } from './priority-zones.models';
import { type ConfirmedZone, PriorityZonesService } from './priority-zones.service';

/**
 * Priority zones proposed from persistent hotspots, and their confirmation. Reading is open to any
 * signed-in user on purpose, as the hotspots are: the policy inside the query gives the cabinet
 * the proposals and anyone else NOT_FOUND, whether or not there are any. Confirming creates a zone
 * (`create Zone`) from the facts (`read Incident`, checked by the service): the cabinet's.
 */
@Resolver()
export class PriorityZonesResolver {
  constructor(private readonly priorityZones: PriorityZonesService) {}

  @Authenticated()
  @Query(() => PriorityZoneProposalsModel, {
    description:
      'Les zones prioritaires proposées à partir des points chauds persistants (cette année et la précédente), cabinet du préfet',
  })
  priorityZoneProposals(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('year', { type: () => Int }) year: number,
    @Args('resolution', { type: () => Int, description: '8 ou 9' }) resolution: number,
    @Args('communeCode', { nullable: true }) communeCode?: string,
  ): Promise<PriorityZoneProposalsModel> {
    return this.priorityZones.proposals(principal, year, resolution, communeCode);
  }

  @Can('create', 'Zone')
  @Mutation(() => ZoneModel, {
    description: 'Confirme une proposition comme zone du territoire, nommée et typée (cabinet du préfet)',
  })
  confirmPriorityZone(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('input') input: ConfirmPriorityZoneInput,
    @Context('req') req: HttpRequestLike,
  ): Promise<ConfirmedZone> {
    return this.priorityZones.confirm(principal, input, originOf(req));
  }
}
