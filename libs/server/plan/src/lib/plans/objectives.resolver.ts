import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Authenticated,
  CurrentPrincipal,
  type HttpRequestLike,
  type RequestPrincipal,
  requestLoader,
} from '@continuum/server/platform';
import { IndicatorReadingsService } from './indicator-readings.service';
import { ObjectivesService } from './objectives.service';
import { MeasurementInput, ObjectiveInput } from './plan.inputs';
import { IndicatorReadingModel, PlanObjectiveModel } from './plan.models';
import { toObjectiveModel } from './plan-rows';

/** The objectives of the plan: written by the cabinet on a draft; their indicators read under the reader's policy. */
@Authenticated()
@Resolver(() => PlanObjectiveModel)
export class ObjectivesResolver {
  constructor(
    private readonly objectives: ObjectivesService,
    private readonly readings: IndicatorReadingsService,
  ) {}

  @ResolveField(() => IndicatorReadingModel, { description: 'Où en est l’indicateur, calculé pour moi' })
  indicator(
    @Parent() objective: PlanObjectiveModel,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ): Promise<IndicatorReadingModel> {
    // One statement per objective, the objectives of a plan computed side by side.
    return requestLoader<PlanObjectiveModel, IndicatorReadingModel>(
      req,
      'objective.indicator',
      (objectives) =>
        Promise.all(
          objectives.map((one) =>
            this.readings.reading(principal, {
              ...one,
              indicatorParameters: {
                ...(one.categories.length ? { categories: one.categories } : {}),
                ...(one.communeCodes.length ? { communeCodes: one.communeCodes } : {}),
                ...(one.zoneId ? { zoneId: one.zoneId } : {}),
                ...(one.operationKinds.length ? { operationKinds: one.operationKinds } : {}),
                ...(one.outcome ? { outcome: one.outcome } : {}),
                ...(one.setting ? { setting: one.setting } : {}),
              },
            }),
          ),
        ),
    ).load(objective);
  }

  @Mutation(() => PlanObjectiveModel, { description: 'Ajoute un objectif à une version en projet' })
  async addObjective(
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: ObjectiveInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanObjectiveModel> {
    return toObjectiveModel(await this.objectives.add(principal, planId, input));
  }

  @Mutation(() => PlanObjectiveModel)
  async updateObjective(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ObjectiveInput,
    @Args('expectedUpdatedAt') expectedUpdatedAt: Date,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanObjectiveModel> {
    return toObjectiveModel(await this.objectives.update(principal, id, input, expectedUpdatedAt));
  }

  @Mutation(() => ID, { description: 'Retire un objectif d’une version en projet' })
  removeObjective(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<string> {
    return this.objectives.remove(principal, id);
  }

  @Mutation(() => PlanObjectiveModel, {
    description: 'Enregistre une valeur d’un indicateur saisi à la main',
  })
  async recordMeasurement(
    @Args('objectiveId', { type: () => ID }) objectiveId: string,
    @Args('input') input: MeasurementInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanObjectiveModel> {
    return toObjectiveModel(await this.objectives.measure(principal, objectiveId, input));
  }

  @Mutation(() => PlanObjectiveModel, { description: 'Supprime la valeur saisie un jour donné' })
  async removeMeasurement(
    @Args('objectiveId', { type: () => ID }) objectiveId: string,
    @Args('measuredOn', { description: 'AAAA-MM-JJ' }) measuredOn: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<PlanObjectiveModel> {
    return toObjectiveModel(await this.objectives.removeMeasurement(principal, objectiveId, measuredOn));
  }
}
