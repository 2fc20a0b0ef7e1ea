import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, badInput, CurrentPrincipal, LIST_COMPLEXITY } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { PresenceFilter, PresenceImportInput, PresenceInput } from './presence.inputs';
import {
  PresenceImportDecision,
  PresenceImportModel,
  PresenceRecordConnectionModel,
  PresenceRecordModel,
  PresenceSummaryRowModel,
} from './presence.models';
import { PresenceImportsService } from './presence-imports.service';
import { PresenceService } from './presence.service';

@Authenticated()
@Resolver()
export class PresenceResolver {
  constructor(
    private readonly presence: PresenceService,
    private readonly imports: PresenceImportsService,
  ) {}

  @Query(() => PresenceRecordConnectionModel, {
    complexity: LIST_COMPLEXITY,
    description:
      'Les heures de présence que je peux lire (celles de mon organisation ; toutes pour le cabinet)',
  })
  presenceRecords(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('filter') filter: PresenceFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.presence.list(filter, first, after, principal);
  }

  @Query(() => [PresenceSummaryRowModel], {
    complexity: LIST_COMPLEXITY,
    description: 'Heures de présence par semaine, cadre et force, sur mon territoire',
  })
  presenceSummary(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('year', { type: () => Int }) year: number,
    @Args('communeCode', { nullable: true }) communeCode?: string,
  ) {
    if (communeCode !== undefined && communeCode !== null && !/^[0-9][0-9AB][0-9]{3}$/.test(communeCode)) {
      throw badInput('communeCode', 'Un code INSEE de commune compte 5 caractères.');
    }
    return this.presence.summary(year, communeCode ?? undefined, principal);
  }

  @Query(() => PresenceImportModel, { description: 'Un import d’heures de présence de mon organisation' })
  presenceImport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.imports.get(id, principal);
  }

  @Mutation(() => PresenceRecordModel, {
    description: 'Saisit (ou remplace) les heures d’une semaine, d’un cadre et d’un lieu',
  })
  recordPresence(@Args('input') input: PresenceInput, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.presence.record(input, principal);
  }

  @Mutation(() => PresenceImportModel, {
    description: 'Envoie un fichier CSV d’heures de présence et rend son rapport',
  })
  uploadPresenceFile(
    @Args('input') input: PresenceImportInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.imports.upload(input, principal);
  }

  @Mutation(() => PresenceImportModel, { description: 'Importe les lignes valides du fichier, ou rien' })
  decidePresenceImport(
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => PresenceImportDecision }) decision: PresenceImportDecision,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.imports.decide(id, decision, principal);
  }
}
