import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { Authenticated, Can, CurrentPrincipal } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { SafetyReferentsService } from '../safety-referents.service';
import { VideoProjectReadService } from '../video-project-read.service';
import { VideoProjectWorkflowService } from '../video-project-workflow.service';
import { AdvanceVideoProjectInput, SubmitVideoProjectInput, VideoProjectFilter } from './video.inputs';
import {
  SafetyReferentModel,
  VideoCommuneModel,
  VideoHotspotsModel,
  VideoProjectModel,
} from './video.models';

/** Video-protection projects: the list, one, the mairie's request, each step, the referents. */
@Resolver(() => VideoProjectModel)
export class VideoProjectsResolver {
  constructor(
    private readonly read: VideoProjectReadService,
    private readonly workflow: VideoProjectWorkflowService,
    private readonly referents: SafetyReferentsService,
  ) {}

  @Authenticated()
  @Query(() => [VideoProjectModel], { description: 'Les projets de vidéoprotection que l’on peut lire' })
  videoProjects(
    @Args('filter', { type: () => VideoProjectFilter, nullable: true }) filter: VideoProjectFilter | null,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<VideoProjectModel[]> {
    return this.read.list(filter ?? {}, principal.ability);
  }

  @Authenticated()
  @Query(() => VideoProjectModel)
  videoProject(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<VideoProjectModel> {
    return this.read.one(id, principal.ability);
  }

  @Authenticated()
  @Query(() => VideoHotspotsModel, {
    description: 'Les points chauds autour des sites d’un projet (cabinet)',
  })
  videoProjectHotspots(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<VideoHotspotsModel> {
    return this.read.hotspots(id, principal.ability);
  }

  @Can('create', 'VideoProject')
  @Query(() => [VideoCommuneModel], {
    description: 'Les communes de la mairie, pour lesquelles elle porte un projet',
  })
  videoProjectCommunes(@CurrentPrincipal() principal: RequestPrincipal): Promise<VideoCommuneModel[]> {
    return this.read.communesOf(principal.actor.organizationId);
  }

  @Can('create', 'VideoProject')
  @Mutation(() => VideoProjectModel, {
    description: 'La demande d’une mairie, ses sites tracés sur la carte',
  })
  async submitVideoProject(
    @Args('input') input: SubmitVideoProjectInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<VideoProjectModel> {
    const id = await this.workflow.submit(input, principal);
    return this.read.one(id, principal.ability);
  }

  @Authenticated()
  @Mutation(() => VideoProjectModel, {
    description:
      'Franchit l’étape suivante (avis, financement demandé, décidé, installation, mise en service) ou abandonne',
  })
  async advanceVideoProject(
    @Args('input') input: AdvanceVideoProjectInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<VideoProjectModel> {
    await this.workflow.advance(input, principal);
    return this.read.one(input.projectId, principal.ability);
  }

  @Can('create', 'SafetyReferent')
  @Query(() => [SafetyReferentModel], {
    description: 'Les référents sûreté désignés (administration technique)',
  })
  safetyReferents(): Promise<SafetyReferentModel[]> {
    return this.referents.list();
  }

  @Can('create', 'SafetyReferent')
  @Mutation(() => [SafetyReferentModel], { description: 'Désigne ou retire un référent sûreté' })
  async setSafetyReferent(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('referent') referent: boolean,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ): Promise<SafetyReferentModel[]> {
    await this.referents.set(userId, referent, principal, originOf(req));
    return this.referents.list();
  }
}
