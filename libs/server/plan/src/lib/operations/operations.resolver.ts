import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { OperationStatus } from '@continuum/domain/plan';
import { CaseModel } from '@continuum/server/cases';
import {
  Authenticated,
  CurrentPrincipal,
  groupedInKeyOrder,
  LIST_COMPLEXITY,
  requestLoader,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { OperationFilter, OperationInput, OperationOutcomeInput } from './operation.inputs';
import {
  OperationConnectionModel,
  OperationLinkedCaseModel,
  OperationModel,
  OperationOutcomeModel,
  OperationTotalsModel,
} from './operation.models';
import { OperationCommandsService } from './operation-commands.service';
import { OperationOutcomesService } from './operation-outcomes.service';
import { OperationQueriesService, totalsOf } from './operation-queries.service';
import type { OperationOrder, OutcomeRow } from './operation-queries.service';

export enum OperationOrderBy {
  STARTS_DESC = 'STARTS_DESC',
  STARTS_ASC = 'STARTS_ASC',
}
registerEnumType(OperationOrderBy, { name: 'OperationOrderBy' });

@Authenticated()
@Resolver(() => OperationModel)
export class OperationsResolver {
  constructor(
    private readonly queries: OperationQueriesService,
    private readonly commands: OperationCommandsService,
    private readonly outcomesService: OperationOutcomesService,
  ) {}

  @Query(() => OperationConnectionModel, {
    complexity: LIST_COMPLEXITY,
    description: 'Les opérations coordonnées que je peux lire, par date de début',
  })
  operations(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('filter', { nullable: true }) filter?: OperationFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('orderBy', { type: () => OperationOrderBy, nullable: true }) orderBy?: OperationOrderBy,
  ) {
    return this.queries.list(
      filter ?? {},
      first,
      after,
      (orderBy ?? 'STARTS_DESC') as OperationOrder,
      principal,
    );
  }

  @Query(() => OperationModel, {
    description: 'Une opération ; NOT_FOUND si elle n’existe pas ou si je ne peux pas la lire',
  })
  operation(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.queries.get(id, principal);
  }

  @Mutation(() => OperationModel)
  createOperation(@Args('input') input: OperationInput, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.commands.create(input, principal);
  }

  @Mutation(() => OperationModel, { description: 'Modifie une opération prévue (son organisateur)' })
  updateOperation(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OperationInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.commands.update(id, input, principal);
  }

  @Mutation(() => OperationModel, { description: 'Marque menée une opération prévue qui a commencé' })
  markOperationDone(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.commands.close(id, OperationStatus.DONE, principal);
  }

  @Mutation(() => OperationModel, { description: 'Annule une opération prévue' })
  cancelOperation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.commands.close(id, OperationStatus.CANCELLED, principal);
  }

  @Mutation(() => OperationOutcomeModel, {
    description: 'Saisit ou modifie le bilan de mon organisation sur une opération menée',
  })
  enterOperationOutcome(
    @Args('operationId', { type: () => ID }) operationId: string,
    @Args('input') input: OperationOutcomeInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.outcomesService.enter(operationId, input, principal);
  }

  @ResolveField(() => [OperationLinkedCaseModel], { description: 'Les dossiers liés que je peux lire' })
  linkedCases(
    @Parent() operation: OperationModel,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return requestLoader<string, OperationLinkedCaseModel[]>(req, 'operation.linkedCases', async (ids) =>
      groupedInKeyOrder(ids, await this.queries.linkedCases(ids, principal), (row) => row.operationId),
    ).load(operation.id);
  }

  @ResolveField(() => [OperationOutcomeModel], {
    description: 'Le bilan de chaque organisation qui l’a saisi',
  })
  outcomes(
    @Parent() operation: OperationModel,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.outcomeLoader(req, principal).load(operation.id);
  }

  @ResolveField(() => OperationTotalsModel)
  async totals(
    @Parent() operation: OperationModel,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ): Promise<OperationTotalsModel> {
    return totalsOf(await this.outcomeLoader(req, principal).load(operation.id));
  }

  private outcomeLoader(req: HttpRequestLike, principal: RequestPrincipal) {
    return requestLoader<string, OutcomeRow[]>(req, 'operation.outcomes', async (ids) =>
      groupedInKeyOrder(ids, await this.queries.outcomes(ids, principal), (row) => row.operationId),
    );
  }
}

/** A case's coordinated operations, those the reader may read only. */
@Authenticated()
@Resolver(() => CaseModel)
export class CaseOperationsResolver {
  constructor(private readonly queries: OperationQueriesService) {}

  @ResolveField(() => [OperationModel], { description: 'Les opérations coordonnées liées que je peux lire' })
  operations(
    @Parent() parent: CaseModel,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return requestLoader<string, OperationModel[]>(req, 'case.operations', async (ids) =>
      groupedInKeyOrder(ids, await this.queries.forCases(ids, principal), (row) => row.caseId),
    ).load(parent.id);
  }
}
