import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgendaSection } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import { CaseEntity, CaseModel, CaseQueryService } from '@continuum/server/cases';
import {
  OrganizationEntity,
  OrganizationModel,
  OrganizationsService,
  organizationLoader,
} from '@continuum/server/organizations';
import {
  Authenticated,
  badInput,
  CurrentPrincipal,
  LIST_COMPLEXITY,
  requestLoader,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { AgendaDecisionsService } from './agenda-decisions.service';
import { AgendaProposalsService, Proposal } from './agenda-proposals.service';
import { AgendaService } from './agenda.service';
import { AgendaDecisionEntity, MeetingEntity } from './entities/meeting.entities';
import { assertPrepares } from './meeting-subject';
import {
  AgendaDecisionModel,
  AgendaItemModel,
  AgendaItemUpdate,
  AgendaProposalModel,
  AgendaSectionCountModel,
  DecisionInput,
  MeetingModel,
} from './meetings.models';
import { MeetingsService } from './meetings.service';

/** A meeting's agenda: what the platform proposes (secretariat), what the secretary keeps and orders, decisions. */
@Authenticated()
@Resolver(() => MeetingModel)
export class AgendaResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly proposer: AgendaProposalsService,
    private readonly decisions: AgendaDecisionsService,
    private readonly cases: CaseQueryService,
  ) {}

  @Mutation(() => MeetingModel)
  acceptAgendaProposals(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('keys', { type: () => [String] }) keys: string[],
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.agenda.accept(meetingId, keys, principal, originOf(req));
  }

  @Mutation(() => MeetingModel, { description: 'Ajoute un point divers' })
  addFreeAgendaItem(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('title') title: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('durationMinutes', { type: () => Int, nullable: true }) durationMinutes?: number,
  ) {
    return this.agenda.addFreeItem(meetingId, title, durationMinutes ?? null, principal);
  }

  @Mutation(() => MeetingModel, {
    description: 'Retire un point ; il reste en attente pour une prochaine séance',
  })
  removeAgendaItem(
    @Args('itemId', { type: () => ID }) itemId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.agenda.removeItem(itemId, principal, originOf(req));
  }

  @Mutation(() => MeetingModel)
  reorderAgenda(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('itemIds', { type: () => [ID] }) itemIds: string[],
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.agenda.reorder(meetingId, itemIds, principal);
  }

  @Mutation(() => MeetingModel, { description: 'Durée, notes de séance, report, titre d’un point divers' })
  updateAgendaItem(
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('input') input: AgendaItemUpdate,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.agenda.updateItem(itemId, input, principal);
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
    return this.decisions.addDecision(itemId, input, principal, originOf(req));
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
    await assertPrepares(req, this.meetings, meeting, principal);
    return requestLoader<MeetingEntity, Proposal[]>(req, 'meeting.proposals', (meetings) =>
      Promise.all(meetings.map((one) => this.proposer.proposals(one, principal))),
    ).load(meeting);
  }
}

@Authenticated()
@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(
    private readonly decisionService: AgendaDecisionsService,
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
      this.decisionService.pilotCandidatesOf(keys.map((key) => (key === '' ? null : key))),
    ).load(item.caseId ?? '');
  }

  @ResolveField(() => [AgendaDecisionModel], { complexity: LIST_COMPLEXITY })
  decisions(
    @Parent() item: AgendaItemModel,
    @Context('req') req: object,
  ): Promise<AgendaDecisionEntity[]> | [] {
    if (item.confidential) return [];
    return requestLoader<string, AgendaDecisionEntity[]>(req, 'agendaItem.decisions', (ids) =>
      this.decisionService.decisionsOf(ids),
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
