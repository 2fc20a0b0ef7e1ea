import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ImportDecision } from '@continuum/domain/diagnostic';
import { Authenticated, CurrentPrincipal, LIST_COMPLEXITY } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DiagnosticImportsService } from './diagnostic-imports.service';
import { IncidentMappingInput } from './diagnostic.inputs';
import { DiagnosticImportModel, DiagnosticImportPageModel, RejectedLinePageModel } from './diagnostic.models';

/**
 * The imports of the diagnostic. Open to any signed-in user on purpose: what each reads is decided
 * inside the query by the policy, so that someone outside the cabinet gets an empty list and
 * NOT_FOUND — never a FORBIDDEN that would tell them imports exist.
 */
@Resolver(() => DiagnosticImportModel)
export class DiagnosticImportsResolver {
  constructor(private readonly imports: DiagnosticImportsService) {}

  @Authenticated()
  @Query(() => DiagnosticImportPageModel, {
    description: 'Les fichiers envoyés au diagnostic, du plus récent au plus ancien (cabinet du préfet)',
    complexity: LIST_COMPLEXITY,
  })
  diagnosticImports(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<DiagnosticImportPageModel> {
    return this.imports.list(principal, first, after);
  }

  @Authenticated()
  @Query(() => DiagnosticImportModel)
  diagnosticImport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<DiagnosticImportModel> {
    return this.imports.get(id, principal);
  }

  @Authenticated()
  @Mutation(() => DiagnosticImportModel, {
    description: 'Associe les colonnes d’un fichier de faits à leurs champs et lance sa lecture',
  })
  startIncidentImport(
    @Args('id', { type: () => ID }) id: string,
    @Args('mapping') mapping: IncidentMappingInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<DiagnosticImportModel> {
    return this.imports.start(id, mapping, principal);
  }

  @Authenticated()
  @Mutation(() => DiagnosticImportModel, {
    description:
      'Importer les lignes valides, ou ne rien importer (avant la lecture, ou quand des lignes sont refusées)',
  })
  decideDiagnosticImport(
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => ImportDecision }) decision: ImportDecision,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<DiagnosticImportModel> {
    return this.imports.decide(id, decision, principal);
  }

  @Authenticated()
  @ResolveField(() => RejectedLinePageModel, {
    description: 'Les lignes refusées, dans l’ordre du fichier, avec leur raison',
    complexity: LIST_COMPLEXITY,
  })
  rejections(
    @Parent() parent: DiagnosticImportModel,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', {
      type: () => Int,
      nullable: true,
      description: 'Le numéro de la dernière ligne déjà lue',
    })
    after?: number,
  ): Promise<RejectedLinePageModel> {
    return this.imports.rejections(parent, first, after);
  }
}
