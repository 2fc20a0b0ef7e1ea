import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { CaseQueryService } from '@continuum/server/cases';
import {
  BodiesService,
  BodyModel,
  CoordinationBodyEntity,
  userLoader,
  workingGroupLoader,
  WorkingGroupEntity,
  WorkingGroupModel,
} from '@continuum/server/coordination';
import { UserEntity, UserModel } from '@continuum/server/organizations';
import {
  Authenticated,
  CurrentPrincipal,
  forbidden,
  notFound,
  inKeyOrder,
  LIST_COMPLEXITY,
  requestLoader,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { AgendaService } from './agenda.service';
import { assertPrepares, meetingSubject } from './meeting-subject';
import { ConvocationService } from './convocation.service';
import { MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';
import {
  AgendaItemModel,
  AttendanceInput,
  InvitationAnswerInput,
  MeetingInput,
  MeetingInviteeModel,
  MeetingMailModel,
  MeetingModel,
} from './meetings.models';
import { InviteeAnswersService } from './invitee-answers.service';
import { MeetingMinutesService } from './meeting-minutes.service';
import { MeetingPlanningService } from './meeting-planning.service';
import { MeetingsService } from './meetings.service';

@Authenticated()
@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly minutes: MeetingMinutesService,
    private readonly planning: MeetingPlanningService,
    private readonly agendaService: AgendaService,
    private readonly convocations: ConvocationService,
    private readonly bodies: BodiesService,
    private readonly cases: CaseQueryService,
    private readonly answers: InviteeAnswersService,
  ) {}

  @Query(() => MeetingModel, { description: 'Une séance ; NOT_FOUND si je ne peux pas la voir' })
  meeting(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.meetings.get(id, principal);
  }

  @Query(() => [MeetingModel], { complexity: LIST_COMPLEXITY, description: 'Mes prochaines séances' })
  upcomingMeetings(@CurrentPrincipal() principal: RequestPrincipal) {
    return this.meetings.upcoming(principal);
  }

  @Mutation(() => MeetingModel, { description: 'Nouvelle séance (secrétariat de l’instance)' })
  createMeeting(
    @Args('bodyId', { type: () => ID }) bodyId: string,
    @Args('input') input: MeetingInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.planning.create(bodyId, input, principal, originOf(req));
  }

  @Mutation(() => MeetingModel, {
    description: 'Modifie une séance ; si elle est convoquée, un changement de date envoie une mise à jour',
  })
  async updateMeeting(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MeetingInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    const change = await this.planning.update(id, input, principal, originOf(req), (manager, meeting) =>
      this.convocations.queue(manager, meeting, 'update'),
    );
    await this.convocations.dispatch(change.mailIds);
    return change.meeting;
  }

  @Mutation(() => MeetingModel, {
    description: 'Convoque d’autres personnes ; une séance déjà convoquée leur envoie la convocation',
  })
  async inviteToMeeting(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    const { meeting, mailIds } = await this.planning.invite(
      meetingId,
      userIds,
      principal,
      originOf(req),
      (manager, current, newcomers) => this.convocations.queue(manager, current, 'convocation', newcomers),
    );
    await this.convocations.dispatch(mailIds);
    return meeting;
  }

  @Mutation(() => MeetingModel, {
    description: 'Publie l’ordre du jour et convoque chaque personne par courriel',
  })
  async conveneMeeting(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    const { meeting, mailIds } = await this.agendaService.convene(
      id,
      principal,
      originOf(req),
      (manager, current) => this.convocations.queue(manager, current, 'convocation'),
    );
    await this.convocations.dispatch(mailIds);
    return meeting;
  }

  @Mutation(() => MeetingModel)
  recordAttendance(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('entries', { type: () => [AttendanceInput] }) entries: AttendanceInput[],
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.minutes.recordAttendance(meetingId, entries, principal);
  }

  @Mutation(() => MeetingModel)
  markMeetingHeld(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.minutes.markHeld(id, principal, originOf(req));
  }

  @Mutation(() => MeetingModel, { description: 'Le texte général du compte rendu' })
  setMinutesSummary(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('summary', { type: () => String, nullable: true }) summary?: string | null,
  ) {
    return this.minutes.setSummary(id, summary ?? null, principal);
  }

  @Mutation(() => MeetingModel, { description: 'La présidence approuve le compte rendu, qui est alors figé' })
  async approveMinutes(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    const { meeting, mailIds } = await this.minutes.approveMinutes(
      id,
      principal,
      originOf(req),
      (manager, current) => this.convocations.queueMinutes(manager, current),
    );
    await this.convocations.dispatch(mailIds);
    return meeting;
  }

  @Mutation(() => MeetingModel, {
    description:
      'Ma réponse à la convocation (présent·e, excusé·e, représenté·e), tant que la séance n’est pas tenue',
  })
  answerInvitation(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: InvitationAnswerInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.answers.answer(meetingId, input, principal, originOf(req));
  }

  @Mutation(() => MeetingMailModel, { description: 'Renvoie une convocation en échec' })
  async retryConvocation(
    @Args('mailId', { type: () => ID }) mailId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    const mail = await this.convocations.findMail(mailId);
    if (!mail?.referenceId) throw notFound('Courriel introuvable.');
    const meeting = await this.meetings.get(mail.referenceId, principal);
    if (!principal.ability.can('prepare', await this.meetings.subject(meeting.id)))
      throw forbidden('Seul le secrétariat de l’instance relance une convocation.');
    return this.convocations.retry(mailId);
  }

  @ResolveField(() => BodyModel)
  body(@Parent() meeting: MeetingEntity, @Context('req') req: object) {
    return requestLoader<string, CoordinationBodyEntity>(req, 'meeting.body', async (ids) => {
      const rows = await this.bodies.byIds(ids);
      return inKeyOrder(
        ids,
        rows,
        (row) => row.id,
        new Error('instance manquante'),
      ) as CoordinationBodyEntity[];
    }).load(meeting.bodyId);
  }

  @ResolveField(() => WorkingGroupModel, { nullable: true })
  workingGroup(
    @Parent() meeting: MeetingEntity,
    @Context('req') req: object,
  ): Promise<WorkingGroupEntity> | null {
    return meeting.workingGroupId ? workingGroupLoader(req, this.bodies).load(meeting.workingGroupId) : null;
  }

  @ResolveField(() => [AgendaItemModel], {
    complexity: LIST_COMPLEXITY,
    description: 'L’ordre du jour tel que je peux le lire',
  })
  agenda(
    @Parent() meeting: MeetingEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: object,
  ) {
    return this.itemsOf(meeting, principal, req);
  }

  @ResolveField(() => Int, { description: 'Durée prévue des points que je vois, en minutes' })
  async plannedMinutes(
    @Parent() meeting: MeetingEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: object,
  ) {
    return (await this.itemsOf(meeting, principal, req)).reduce(
      (sum, item) => sum + (item.durationMinutes ?? 0),
      0,
    );
  }

  /** The agenda as the principal reads it, computed once per request for every field that needs it. */
  private itemsOf(meeting: MeetingEntity, principal: RequestPrincipal, req: object) {
    return requestLoader<MeetingEntity, AgendaItemModel[]>(req, 'meeting.agenda', (meetings) =>
      Promise.all(meetings.map((one) => this.agendaService.items(one, principal))),
    ).load(meeting);
  }

  @ResolveField(() => [MeetingInviteeModel], { complexity: LIST_COMPLEXITY })
  invitees(@Parent() meeting: MeetingEntity, @Context('req') req: object): Promise<MeetingInviteeEntity[]> {
    return requestLoader<string, MeetingInviteeEntity[]>(req, 'meeting.invitees', (ids) =>
      this.meetings.invitees(ids),
    ).load(meeting.id);
  }

  @ResolveField(() => [MeetingMailModel], {
    complexity: LIST_COMPLEXITY,
    description: 'Les convocations et leur acheminement (secrétariat)',
  })
  async mails(
    @Parent() meeting: MeetingEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: object,
  ) {
    await assertPrepares(req, this.meetings, meeting, principal);
    return this.convocations.forMeeting(meeting.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Texte général du compte rendu' })
  summary(@Parent() meeting: MeetingEntity) {
    return meeting.summary;
  }

  @ResolveField(() => UserModel, { nullable: true })
  minutesApprovedBy(
    @Parent() meeting: MeetingEntity,
    @Context('req') req: object,
  ): Promise<UserEntity> | null {
    return meeting.minutesApprovedByUserId
      ? userLoader(req, this.bodies).load(meeting.minutesApprovedByUserId)
      : null;
  }

  @ResolveField(() => Boolean, { description: 'Je prépare cette séance (secrétariat)' })
  async canPrepare(
    @Parent() meeting: MeetingEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: object,
  ) {
    return principal.ability.can('prepare', await meetingSubject(req, this.meetings, meeting));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Pourquoi la séance ne se note pas encore (tenue, présence, notes, décisions) ; null quand elle se note maintenant',
  })
  recordingRefusal(@Parent() meeting: MeetingEntity): string | null {
    return this.meetings.recordingRefusal(meeting);
  }

  @ResolveField(() => [UserModel], {
    complexity: LIST_COMPLEXITY,
    description:
      'Qui peut approuver le compte rendu : la présidence hors secrétariat, ou, pour un groupe restreint, ses membres signataires de la charte hors secrétariat',
  })
  minutesApprovers(@Parent() meeting: MeetingEntity): Promise<UserEntity[]> {
    return this.minutes.approvers(meeting.id);
  }

  @ResolveField(() => Boolean, { description: 'J’approuve son compte rendu (présidence)' })
  async canApprove(
    @Parent() meeting: MeetingEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: object,
  ) {
    return principal.ability.can('approve', await meetingSubject(req, this.meetings, meeting));
  }
}

@Authenticated()
@Resolver(() => MeetingInviteeModel)
export class MeetingInviteeResolver {
  constructor(private readonly bodies: BodiesService) {}

  @ResolveField(() => UserModel)
  user(@Parent() invitee: MeetingInviteeEntity, @Context('req') req: object) {
    return userLoader(req, this.bodies).load(invitee.userId);
  }
}
