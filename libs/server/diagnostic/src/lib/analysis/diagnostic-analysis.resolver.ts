import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DiagnosticHotspotsModel, DiagnosticModel } from './analysis.models';
import { DiagnosticAnalysisService } from './diagnostic-analysis.service';

/**
 * The diagnostic's analysis. Open to any signed-in user on purpose: the area each reader gets, and
 * whether its small cells are masked, is decided by the policy inside the queries; someone with no
 * territory (the technical administration) is told there is no diagnostic (NOT_FOUND).
 */
@Resolver()
export class DiagnosticAnalysisResolver {
  constructor(private readonly analysis: DiagnosticAnalysisService) {}

  @Authenticated()
  @Query(() => DiagnosticModel, {
    description:
      'Le diagnostic d’une année civile : le département ou une commune pour le cabinet, le territoire de compétence pour les autres (petits chiffres masqués)',
  })
  diagnostic(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('year', { type: () => Int }) year: number,
    @Args('communeCode', { nullable: true }) communeCode?: string,
  ): Promise<DiagnosticModel> {
    return this.analysis.diagnostic(principal, year, communeCode);
  }

  @Authenticated()
  @Query(() => DiagnosticHotspotsModel, {
    description: 'Les points chauds d’une année sur la grille H3 (Gi* de Getis-Ord), cabinet du préfet',
  })
  diagnosticHotspots(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('year', { type: () => Int }) year: number,
    @Args('resolution', { type: () => Int, description: '8 ou 9' }) resolution: number,
    @Args('communeCode', { nullable: true }) communeCode?: string,
  ): Promise<DiagnosticHotspotsModel> {
    return this.analysis.hotspots(principal, year, resolution, communeCode);
  }
}
