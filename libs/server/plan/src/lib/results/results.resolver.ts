import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, type RequestPrincipal } from '@continuum/server/platform';
import { CommuneResultsService } from './commune-results.service';
import { PublicResultsService } from './public-results.service';
import { CommuneResultsModel, PublicResultPageModel } from './results.models';

/** The results of a commune for its mairie and the cabinet, and the public pages the cabinet opens. */
@Authenticated()
@Resolver()
export class ResultsResolver {
  constructor(
    private readonly communes: CommuneResultsService,
    private readonly publicPages: PublicResultsService,
  ) {}

  @Query(() => CommuneResultsModel, {
    description: 'Les résultats d’une commune de mon territoire (le cabinet : toute commune du département)',
  })
  communeResults(
    @Args('communeCode') communeCode: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<CommuneResultsModel> {
    return this.communes.results(principal, communeCode);
  }

  @Query(() => [PublicResultPageModel], {
    description: 'Les communes dont la page publique est ouverte (cabinet)',
  })
  publicResultPages(@CurrentPrincipal() principal: RequestPrincipal): Promise<PublicResultPageModel[]> {
    return this.publicPages.list(principal);
  }

  @Mutation(() => Boolean, {
    description: 'Ouvre ou ferme la page publique des résultats d’une commune (cabinet)',
  })
  setPublicResultPage(
    @Args('communeCode') communeCode: string,
    @Args('enabled') enabled: boolean,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<boolean> {
    return this.publicPages.set(principal, communeCode, enabled);
  }
}
