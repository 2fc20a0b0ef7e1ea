import { Args, Context, ID, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CaseCategory, CaseStatus, Sensitivity } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import { Authenticated, CurrentPrincipal, LIST_COMPLEXITY, selectsPath } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { CaseCommandService } from './case-command.service';
import { CaseQueryService } from './case-query.service';
import { CaseSharingService } from './case-sharing.service';
import { CaseWorkService } from './case-work.service';
import {
  CaseActionInput,
  CaseFilter,
  CaseOrder,
  CasePersonInput,
  CreateCaseInput,
  UpdateCaseActionInput,
  UpdateCaseInput,
} from './cases.inputs';
import {
  CaseActionModel,
  CaseAssignmentModel,
  CaseCommentModel,
  CaseConnectionModel,
  CaseModel,
  CasePersonModel,
  CaseShareModel,
  MyWorkModel,
} from './cases.models';
import { connectionOf } from './case-connection';
import type { LazyCaseConnection } from './case-connection';
import { CaseWorkQueries } from './case-work.queries';

@Authenticated()
@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    private readonly query: CaseQueryService,
    private readonly commands: CaseCommandService,
    private readonly sharing: CaseSharingService,
    private readonly work: CaseWorkService,
    private readonly workQueries: CaseWorkQueries,
  ) {}

  @Query(() => CaseConnectionModel, {
    complexity: LIST_COMPLEXITY,
    description: 'Les dossiers que je peux lire',
  })
  async cases(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('filter', { nullable: true }) filter?: CaseFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('orderBy', { type: () => CaseOrder, nullable: true }) orderBy?: CaseOrder,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<LazyCaseConnection> {
    if (info && !after && !selectsPath(info, ['edges']) && !selectsPath(info, ['pageInfo'])) {
      const counts = this.query.countsOnly(filter ?? {}, first, principal);
      return connectionOf(counts, (current) => this.query.countsByStatus(current.countQuery()));
    }
    const page = await this.query.list(
      filter ?? {},
      first,
      after,
      orderBy ?? CaseOrder.UPDATED_DESC,
      principal,
      originOf(req),
      info
        ? {
            owner: selectsPath(info, ['edges', 'node', 'owner']),
            zone: selectsPath(info, ['edges', 'node', 'zone']),
          }
        : {},
    );
    return connectionOf(page, (current) => this.query.countsByStatus(current.countQuery()));
  }

  @Query(() => CaseModel, {
    description: 'Un dossier ; NOT_FOUND s’il n’existe pas ou si je ne peux pas le lire',
  })
  case(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return this.query.get(
      id,
      principal,
      originOf(req),
      info ? { owner: selectsPath(info, ['owner']), zone: selectsPath(info, ['zone']) } : {},
    );
  }

  @Query(() => MyWorkModel, { complexity: LIST_COMPLEXITY, description: '« Mes dossiers »' })
  myWork(@CurrentPrincipal() principal: RequestPrincipal): Promise<MyWorkModel> {
    return this.workQueries.myWork(principal);
  }

  @Query(() => [CaseModel], {
    complexity: LIST_COMPLEXITY,
    description: 'Dossiers ouverts de même catégorie à proximité ou dans la même zone',
  })
  possibleDuplicates(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('category', { type: () => CaseCategory }) category: CaseCategory,
    @Args('zoneId', { type: () => ID, nullable: true }) zoneId?: string,
    @Args('longitude', { nullable: true }) longitude?: number,
    @Args('latitude', { nullable: true }) latitude?: number,
    @Args('excludeCaseId', { type: () => ID, nullable: true }) excludeId?: string,
  ) {
    return this.query.possibleDuplicates(principal, { category, zoneId, longitude, latitude, excludeId });
  }

  @Mutation(() => CaseModel)
  createCase(@Args('input') input: CreateCaseInput, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.commands.create(input, principal);
  }

  @Mutation(() => CaseModel)
  updateCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCaseInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.commands.update(id, input, principal);
  }

  @Mutation(() => CaseModel, { description: 'Fait avancer le dossier dans le cycle SARA' })
  transitionCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('to', { type: () => CaseStatus }) to: CaseStatus,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.commands.transition(id, to, reason, principal);
  }

  @Mutation(() => CaseAssignmentModel, { description: 'Saisit une organisation, qui accepte ou décline' })
  assignCase(
    @Args('id', { type: () => ID }) id: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('message', { nullable: true }) message?: string,
  ) {
    return this.commands.assign(id, organizationId, message, principal);
  }

  @Mutation(() => CaseAssignmentModel)
  answerReferral(
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('accept') accept: boolean,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('reason', { nullable: true }) reason?: string,
    @Args('redirectSuggestion', { nullable: true, description: 'Où s’adresser plutôt' })
    redirectSuggestion?: string,
  ) {
    return this.commands.answerReferral(assignmentId, accept, reason, redirectSuggestion, principal);
  }

  @Mutation(() => CaseShareModel, {
    description: 'Partage avec une organisation, ou avec une personne nommée (TLP:RED)',
  })
  shareCase(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.sharing.share(id, { organizationId, userId }, reason, principal, originOf(req));
  }

  @Mutation(() => CaseModel)
  unshareCase(
    @Args('shareId', { type: () => ID }) shareId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.sharing.unshare(shareId, reason, principal, originOf(req));
  }

  @Mutation(() => CaseModel, { description: 'Change le niveau de diffusion ; l’abaisser demande un motif' })
  changeCaseSensitivity(
    @Args('id', { type: () => ID }) id: string,
    @Args('sensitivity', { type: () => Sensitivity }) sensitivity: Sensitivity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('reason', { nullable: true }) reason?: string,
  ) {
    return this.sharing.changeSensitivity(id, sensitivity, reason, principal, originOf(req));
  }

  @Mutation(() => CaseModel)
  linkCases(
    @Args('id', { type: () => ID }) id: string,
    @Args('otherCaseId', { type: () => ID }) otherCaseId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.commands.link(id, otherCaseId, principal, true);
  }

  @Mutation(() => CaseModel)
  unlinkCases(
    @Args('id', { type: () => ID }) id: string,
    @Args('otherCaseId', { type: () => ID }) otherCaseId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.commands.link(id, otherCaseId, principal, false);
  }

  @Mutation(() => CaseActionModel)
  addCaseAction(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: CaseActionInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.work.addAction(caseId, input, principal);
  }

  @Mutation(() => CaseActionModel)
  updateCaseAction(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCaseActionInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.work.updateAction(id, input, principal);
  }

  @Mutation(() => CaseCommentModel)
  addCaseComment(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('body') body: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('addressedToOrganizationId', { type: () => ID, nullable: true }) addressedTo?: string,
  ) {
    return this.work.addComment(caseId, body, addressedTo, principal);
  }

  @Mutation(() => CasePersonModel)
  addCasePerson(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: CasePersonInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.work.addPerson(caseId, input, principal);
  }

  @Mutation(() => Boolean)
  removeCasePerson(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('reason', { nullable: true, description: 'Motif du retrait (obligatoire), journalisé' })
    reason?: string,
  ) {
    return this.work.removePerson(id, reason, principal, originOf(req));
  }
}
