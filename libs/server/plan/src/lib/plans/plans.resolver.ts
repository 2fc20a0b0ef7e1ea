import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PlanStatus } from '@continuum/domain/plan';
import {
  Authenticated,
  CurrentPrincipal,
  type HttpRequestLike,
  LIST_COMPLEXITY,
  type RequestPrincipal,
  groupedInKeyOrder,
  requestLoader,
} from '@continuum/server/platform';
import { DiagnosticSnapshotService } from './diagnostic-snapshot.service';
import { ObjectivesService } from './objectives.service';
import { CreatePlanInput, PlanTextsInput } from './plan.inputs';
import {
  PlanDiagnosticSnapshotModel,
  PlanDifferenceModel,
  PlanModel,
  PlanObjectiveModel,
} from './plan.models';
import { type PlanRow, toObjectiveModel, toPlanModel } from './plan-rows';
import { PlansService } from './plans.service';

type PlanParent = PlanModel & { diagnosticSnapshotRow?: PlanRow['diagnosticSnapshot'] };

function present(row: PlanRow): PlanParent {
  return { ...toPlanModel(row), diagnosticSnapshot: null, diagnosticSnapshotRow: row.diagnosticSnapshot };
}

/**
 * The PADRSQ's versions. Open to every signed-in user on purpose: what each reads is decided inside
 * the queries (an adopted version for everyone who works in the département, drafts for the
 * cabinet); a write by anyone but the cabinet is told the plan does not exist, as a reader of
 * nothing would be.
 */
@Authenticated()
@Resolver(() => PlanModel)
export class PlansResolver {
  constructor(
    private readonly versions: PlansService,
    private readonly objectiveRows: ObjectivesService,
    private readonly snapshots: DiagnosticSnapshotService,
  ) {}

  @Query(() => [PlanModel], {
    description: 'Les versions du plan que je peux lire, de la plus récente à la plus ancienne',
    complexity: LIST_COMPLEXITY,
  })
  async plans(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<PlanModel[]> {
    return (await this.versions.list(principal, year)).map(present);
  }

  @Query(() => PlanModel)
  async plan(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanModel> {
    return present(await this.versions.get(principal, id));
  }

  @Query(() => PlanModel, { nullable: true, description: 'La dernière version adoptée du plan d’une année' })
  async currentPlan(
    @Args('year', { type: () => Int }) year: number,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanModel | null> {
    const row = await this.versions.current(principal, year);
    return row ? present(row) : null;
  }

  @Query(() => [PlanDifferenceModel], { description: 'Ce qui a changé d’une version du plan à une autre' })
  planDifferences(
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanDifferenceModel[]> {
    return this.versions.differences(principal, fromId, toId);
  }

  @ResolveField(() => [PlanObjectiveModel], { complexity: LIST_COMPLEXITY })
  async objectives(
    @Parent() plan: PlanModel,
    @Context('req') req: HttpRequestLike,
  ): Promise<PlanObjectiveModel[]> {
    // The parent is a version the reader may read: its objectives come with it.
    const rows = await requestLoader(req, 'plan.objectives', async (ids: readonly string[]) =>
      groupedInKeyOrder(ids, await this.objectiveRows.ofPlans(ids), (row) => row.planId),
    ).load(plan.id);
    return rows.map((row) => toObjectiveModel(row));
  }

  @ResolveField(() => PlanDiagnosticSnapshotModel, { nullable: true })
  diagnosticSnapshot(
    @Parent() plan: PlanParent,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanDiagnosticSnapshotModel | null> | PlanDiagnosticSnapshotModel | null {
    if (plan.status === PlanStatus.ADOPTED)
      return plan.diagnosticSnapshotRow
        ? this.snapshots.present(principal, plan.diagnosticSnapshotRow)
        : null;
    return this.snapshots.live(principal, plan.departementCode);
  }

  @Mutation(() => PlanModel, {
    description: 'Ouvre le plan d’une année (sa première version, en projet) — cabinet',
  })
  async createPlan(
    @Args('input') input: CreatePlanInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanModel> {
    return present(await this.versions.create(principal, input));
  }

  @Mutation(() => PlanModel, { description: 'Enregistre les textes d’une version en projet' })
  async updatePlanTexts(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PlanTextsInput,
    @Args('expectedUpdatedAt', { description: 'Le `updatedAt` lu avant de modifier' })
    expectedUpdatedAt: Date,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanModel> {
    return present(await this.versions.updateTexts(principal, id, input, expectedUpdatedAt));
  }

  @Mutation(() => PlanModel, { description: 'Soumet une version en projet à l’adoption' })
  async submitPlan(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanModel> {
    return present(await this.versions.submit(principal, id));
  }

  @Mutation(() => PlanModel, { description: 'Retire une version de l’adoption : elle redevient un projet' })
  async withdrawPlan(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanModel> {
    return present(await this.versions.withdraw(principal, id));
  }

  @Mutation(() => PlanModel, {
    description: 'Adopte une version soumise : elle est figée, avec les chiffres du diagnostic du jour',
  })
  async adoptPlan(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanModel> {
    return present(await this.versions.adopt(principal, id));
  }

  @Mutation(() => PlanModel, { description: 'Ouvre la version suivante d’un plan adopté (révision)' })
  async revisePlan(
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { description: 'Pourquoi réviser' }) note: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanModel> {
    return present(await this.versions.revise(principal, id, note));
  }
}
