import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { CaseEntity, CaseModel } from '@continuum/server/cases';
import {
  BodiesService,
  BodyModel,
  CoordinationBodyEntity,
  workingGroupLoader,
  WorkingGroupModel,
} from '@continuum/server/coordination';
import {
  Authenticated,
  CurrentPrincipal,
  inKeyOrder,
  LIST_COMPLEXITY,
  requestLoader,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { BodyCasesService } from './body-cases.service';
import { MeetingModel } from './meetings.models';
import { MeetingsService } from './meetings.service';

/** What bodies and cases gain from meetings: a body's meetings, a case's body, attaching, escalating. */
@Authenticated()
@Resolver(() => BodyModel)
export class BodyMeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @ResolveField(() => [MeetingModel], {
    complexity: LIST_COMPLEXITY,
    description: 'Ses séances que je peux voir',
  })
  meetings(@Parent() body: CoordinationBodyEntity, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.service.forBody(body.id, principal);
  }
}

@Authenticated()
@Resolver(() => CaseModel)
export class CaseBodyResolver {
  constructor(
    private readonly bodies: BodiesService,
    private readonly bodyCases: BodyCasesService,
  ) {}

  @ResolveField(() => BodyModel, {
    nullable: true,
    description: 'L’instance à laquelle le dossier est rattaché',
  })
  body(@Parent() row: CaseEntity, @Context('req') req: object) {
    if (!row.bodyId) return null;
    return requestLoader<string, CoordinationBodyEntity>(req, 'case.body', async (ids) => {
      const rows = await this.bodies.byIds(ids);
      return inKeyOrder(
        ids,
        rows,
        (body) => body.id,
        new Error('instance manquante'),
      ) as CoordinationBodyEntity[];
    }).load(row.bodyId);
  }

  @ResolveField(() => WorkingGroupModel, { nullable: true, description: 'Son groupe de travail restreint' })
  workingGroup(@Parent() row: CaseEntity, @Context('req') req: object) {
    return row.workingGroupId ? workingGroupLoader(req, this.bodies).load(row.workingGroupId) : null;
  }

  @Mutation(() => CaseModel, {
    description:
      'Rattache le dossier à une instance (et à son groupe restreint), ou l’en détache (bodyId nul)',
  })
  attachCaseToBody(
    @Args('caseId', { type: () => ID }) caseId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('bodyId', { type: () => ID, nullable: true }) bodyId?: string | null,
    @Args('workingGroupId', { type: () => ID, nullable: true }) workingGroupId?: string | null,
  ) {
    return this.bodyCases.attach(caseId, bodyId ?? null, workingGroupId ?? null, principal, originOf(req));
  }

  @Mutation(() => CaseModel, { description: 'Signale le dossier pour la prochaine séance de son instance' })
  escalateCase(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('reason') reason: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.bodyCases.escalate(caseId, reason, principal, originOf(req));
  }
}
