import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgendaSection } from '@continuum/domain';
import type { MeetingSubject } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import { CaseEntity, CaseModel, CaseQueryService } from '@continuum/server/cases';
import {
  BodiesService,
  BodyModel,
  CoordinationBodyEntity,
  userLoader,
  workingGroupLoader,
  WorkingGroupEntity,
  WorkingGroupModel,
} from '@continuum/server/coordination';
import {
  OrganizationEntity,
  OrganizationModel,
  OrganizationsService,
  organizationLoader,
  UserEntity,
  UserModel,
} from '@continuum/server/organizations';
import {
  Authenticated,
  badInput,
  CurrentPrincipal,
  forbidden,
  notFound,
  inKeyOrder,
  LIST_COMPLEXITY,
  requestLoader,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { AgendaService, Proposal } from './agenda.service';
import { BodyCasesService } from './body-cases.service';
import { ConvocationService } from './convocation.service';
import { AgendaDecisionEntity, MeetingEntity, MeetingInviteeEntity } from './entities/meeting.entities';
import {
  AgendaDecisionModel,
  AgendaItemModel,
  AgendaItemUpdate,
  AgendaProposalModel,
  AgendaSectionCountModel,
  AttendanceInput,
  DecisionInput,
  InvitationAnswerInput,
  MeetingInput,
  MeetingInviteeModel,
  MeetingMailModel,
  MeetingModel,
} from './meetings.models';
import { InviteeAnswersService } from './invitee-answers.service';
import { MeetingsService } from './meetings.service';

@Authenticated()
@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
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
    return this.meetings.create(bodyId, input, principal, originOf(req));
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
    const change = await this.meetings.update(id, input, principal, originOf(req), (manager, meeting) =>
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
    const { meeting, mailIds } = await this.meetings.invite(
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
  acceptAgendaProposals(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('keys', { type: () => [String] }) keys: string[],
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.agendaService.accept(meetingId, keys, principal, originOf(req));
  }

  @Mutation(() => MeetingModel, { description: 'Ajoute un point divers' })
  addFreeAgendaItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('title') title: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('durationMinutes', { type: () => Int, nullable: true }) durationMinutes?: number,
  ) {
    return this.agendaService.addFreeItem(meetingId, title, durationMinutes ?? null, principal);
  }

  @Mutation(() => MeetingModel, {
    description: 'Retire un point ; il reste en attente pour une prochaine séance',
  })
  removeAgendaItem(
    @Args('itemId', { type: () => ID }) itemId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.agendaService.removeItem(itemId, principal, originOf(req));
  }

  @Mutation(() => MeetingModel)
  reorderAgenda(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('itemIds', { type: () => [ID] }) itemIds: string[],
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.agendaService.reorder(meetingId, itemIds, principal);
  }

  @Mutation(() => MeetingModel, { description: 'Durée, notes de séance, report, titre d’un point divers' })
  updateAgendaItem(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('input') input: AgendaItemUpdate,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.agendaService.updateItem(itemId, input, principal);
  }

  @Mutation(() => AgendaDecisionModel, {
    description: 'Une décision ; sur un dossier, elle devient une action de l’organisation pilote',
  })
  addDecision(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('input') input: DecisionInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.agendaService.addDecision(itemId, input, principal, originOf(req));
  }

  @Mutation(() => MeetingModel)
  recordAttendance(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('entries', { type: () => [AttendanceInput] }) entries: AttendanceInput[],
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.meetings.recordAttendance(meetingId, entries, principal);
  }

  @Mutation(() => MeetingModel)
  markMeetingHeld(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.meetings.markHeld(id, principal, originOf(req));
  }

  @Mutation(() => MeetingModel, { description: 'Le texte général du compte rendu' })
  setMinutesSummary(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('summary', { type: () => String, nullable: true }) summary?: string | null,
  ) {
    return this.meetings.setSummary(id, summary ?? null, principal);
  }

  @Mutation(() => MeetingModel, { description: 'La présidence approuve le compte rendu, qui est alors figé' })
  async approveMinutes(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    const { meeting, mailIds } = await this.meetings.approveMinutes(
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

  @ResolveField(() => [AgendaProposalModel], {
    complexity: LIST_COMPLEXITY,
    description:
      'Les points que la plateforme propose (secrétariat seulement), avec la raison : les plus urgents de chaque partie d’abord, au plus perSection par partie',
  })
  async proposals(
    @Parent() meeting: MeetingEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
    @Args('perSection', { type: () => Int, nullable: true }) perSection?: number,
  ) {
    const limit = perSection ?? 30;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw badInput('perSection', 'perSection est compris entre 1 et 500.');
    const taken = new Map<string, number>();
    const proposals = (await this.allProposals(meeting, principal, req)).filter((p) => {
      const count = (taken.get(p.section) ?? 0) + 1;
      taken.set(p.section, count);
      return count <= limit;
    });
    const caseIds = proposals.map((p) => p.caseId).filter((id): id is string => id !== null);
    const cases = await this.cases.readableAmong(caseIds, principal, originOf(req));
    const byId = new Map(cases.map((row) => [row.id, row]));
    return proposals
      .filter((p) => !p.caseId || byId.has(p.caseId))
      .map((p) => ({ ...p, case: p.caseId ? (byId.get(p.caseId) ?? null) : null }));
  }

  @ResolveField(() => [AgendaSectionCountModel], {
    description: 'Combien de points chaque partie propose en tout (secrétariat)',
  })
  async proposalCounts(
    @Parent() meeting: MeetingEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    const counts = new Map<AgendaSection, number>();
    for (const p of await this.allProposals(meeting, principal, req))
      counts.set(p.section, (counts.get(p.section) ?? 0) + 1);
    return [...counts].map(([section, total]) => ({ section, total }));
  }

  /** The whole proposal, computed once per request for both fields. */
  private async allProposals(meeting: MeetingEntity, principal: RequestPrincipal, req: object) {
    await this.assertPrepares(meeting, principal, req);
    return requestLoader<MeetingEntity, Proposal[]>(req, 'meeting.proposals', (meetings) =>
      Promise.all(meetings.map((one) => this.agendaService.proposals(one, principal))),
    ).load(meeting);
  }

  /** The agenda as the principal reads it, computed once per request for every field that needs it. */
  private itemsOf(meeting: MeetingEntity, principal: RequestPrincipal, req: object) {
    return requestLoader<MeetingEntity, AgendaItemModel[]>(req, 'meeting.agenda', (meetings) =>
      Promise.all(meetings.map((one) => this.agendaService.items(one, principal))),
    ).load(meeting);
  }

  /** The policy's view of a meeting, one query for every meeting of the request. */
  private subjectOf(meeting: MeetingEntity, req: object) {
    return requestLoader<string, MeetingSubject>(
      req,
      'meeting.subject',
      (ids) => this.meetings.subjects(ids) as Promise<MeetingSubject[]>,
    ).load(meeting.id);
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
    await this.assertPrepares(meeting, principal, req);
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
    return principal.ability.can('prepare', await this.subjectOf(meeting, req));
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
    return this.meetings.approvers(meeting.id);
  }

  @ResolveField(() => Boolean, { description: 'J’approuve son compte rendu (présidence)' })
  async canApprove(
    @Parent() meeting: MeetingEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: object,
  ) {
    return principal.ability.can('approve', await this.subjectOf(meeting, req));
  }

  private async assertPrepares(
    meeting: MeetingEntity,
    principal: RequestPrincipal,
    req: object,
  ): Promise<void> {
    if (!principal.ability.can('prepare', await this.subjectOf(meeting, req)))
      throw forbidden('Réservé au secrétariat de l’instance.');
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

@Authenticated()
@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly cases: CaseQueryService,
  ) {}

  @ResolveField(() => CaseModel, { nullable: true, description: 'Le dossier, si je peux le lire' })
  async case(
    @Parent() item: AgendaItemModel,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    if (!item.caseId) return null;
    const loader = requestLoader<string, CaseEntity | null>(req, 'agendaItem.case', async (ids) => {
      const rows = await this.cases.readableAmong(ids, principal, originOf(req));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    });
    return loader.load(item.caseId);
  }

  @ResolveField(() => [OrganizationModel], {
    complexity: LIST_COMPLEXITY,
    description:
      'Les organisations qui peuvent piloter une décision sur ce point : des partenaires qui lisent son dossier (vide pour un point confidentiel)',
  })
  pilotOrganizations(
    @Parent() item: AgendaItemModel,
    @Context('req') req: object,
  ): Promise<OrganizationEntity[]> | [] {
    if (item.confidential) return [];
    return requestLoader<string, OrganizationEntity[]>(req, 'agendaItem.pilots', async (keys) =>
      this.agenda.pilotCandidatesOf(keys.map((key) => (key === '' ? null : key))),
    ).load(item.caseId ?? '');
  }

  @ResolveField(() => [AgendaDecisionModel], { complexity: LIST_COMPLEXITY })
  decisions(
    @Parent() item: AgendaItemModel,
    @Context('req') req: object,
  ): Promise<AgendaDecisionEntity[]> | [] {
    if (item.confidential) return [];
    return requestLoader<string, AgendaDecisionEntity[]>(req, 'agendaItem.decisions', (ids) =>
      this.agenda.decisionsOf(ids),
    ).load(item.id);
  }
}

@Authenticated()
@Resolver(() => AgendaDecisionModel)
export class AgendaDecisionResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => OrganizationModel, { description: 'L’organisation pilote' })
  ownerOrganization(@Parent() decision: AgendaDecisionEntity, @Context('req') req: object) {
    return organizationLoader(req, this.organizations).load(decision.ownerOrganizationId);
  }
}

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
