import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, badInput, Can, CurrentPrincipal, Public } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { ProposalReadService } from '../proposal-read.service';
import { ProposalSubmissionService } from '../submission/proposal-submission.service';
import { SubmissionGuard } from '../submission/submission-guard';
import { ProposalTriageService } from '../triage/proposal-triage.service';
import {
  MairieProposalInput,
  ProposalCaseInput,
  ProposalFilter,
  PublicProposalInput,
} from './dialogue.inputs';
import {
  ProposalCommuneModel,
  ProposalFormModel,
  ProposalListModel,
  ProposalModel,
  ProposalReceiptModel,
  ProposalStatisticsRowModel,
  PublicProposalModel,
} from './dialogue.models';

/** Proposals: the public form and its private link, a mairie's own, moderation and triage. */
@Resolver(() => ProposalModel)
export class ProposalsResolver {
  constructor(
    private readonly guard: SubmissionGuard,
    private readonly submission: ProposalSubmissionService,
    private readonly read: ProposalReadService,
    private readonly triage: ProposalTriageService,
  ) {}

  @Public()
  @Query(() => ProposalFormModel, {
    description: 'Un jeton signé et daté pour le formulaire public (sans compte)',
  })
  proposalForm(): Promise<ProposalFormModel> {
    return this.guard.formToken();
  }

  @Public()
  @Query(() => [ProposalCommuneModel], {
    description: 'Les communes du département, par nom (formulaire public)',
  })
  proposalCommunes(): Promise<ProposalCommuneModel[]> {
    return this.read.communes();
  }

  @Public()
  @Mutation(() => ProposalReceiptModel, {
    description:
      'Envoie une proposition du public. Rien n’est partagé avant la modération ; le jeton du lien privé n’est donné qu’ici.',
  })
  submitProposal(
    @Args('input') input: PublicProposalInput,
    @Context('req') req: HttpRequestLike,
  ): Promise<ProposalReceiptModel> {
    return this.submission.submitPublic(input, req.ip ?? 'unknown');
  }

  @Public()
  @Query(() => PublicProposalModel, { description: 'Sa proposition, lue par son auteur grâce au lien privé' })
  proposalByLink(@Args('token') token: string): Promise<PublicProposalModel> {
    return this.read.byLink(token);
  }

  @Can('create', 'Proposal')
  @Mutation(() => ProposalModel, {
    description: 'Une proposition de la mairie (maire, élus), pour sa commune',
  })
  async submitMairieProposal(
    @Args('input') input: MairieProposalInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    const id = await this.submission.submitMairie(input, principal);
    return this.read.one(id, principal.ability);
  }

  @Authenticated()
  @Query(() => ProposalListModel, { description: 'Les propositions que le lecteur peut lire' })
  proposals(
    @Args('filter', { type: () => ProposalFilter, nullable: true }) filter: ProposalFilter | null,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ProposalListModel> {
    return this.read.list(filter ?? {}, principal);
  }

  @Authenticated()
  @Query(() => ProposalModel)
  proposal(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    return this.read.one(id, principal.ability);
  }

  @Authenticated()
  @Query(() => [ProposalStatisticsRowModel], {
    description:
      'Propositions par commune et sujet, déposées entre `from` et `to` (AAAA-MM-JJ, exclu), et délais de traitement',
  })
  proposalStatistics(
    @Args('from') from: string,
    @Args('to') to: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ProposalStatisticsRowModel[]> {
    return this.read.statistics(principal.ability, parisDay(from, 'from'), parisDay(to, 'to'));
  }

  @Can('moderate', 'Proposal')
  @Mutation(() => ProposalModel, {
    description: 'Publie (release) ou écarte une proposition en attente de modération',
  })
  moderateProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('release') release: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @Args('masks', {
      type: () => [String],
      nullable: true,
      description: 'Passages du texte à masquer en plus de ceux repérés (à la publication)',
    })
    masks: string[] | null,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    return this.triage.moderate(id, release, note, masks, principal);
  }

  @Can('triage', 'Proposal')
  @Mutation(() => ProposalModel, { description: 'Répond à une proposition publiée' })
  answerProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('answer') answer: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    return this.triage.answer(id, answer, principal);
  }

  @Can('triage', 'Proposal')
  @Mutation(() => ProposalModel, {
    description: 'Rattache une proposition publiée à un dossier existant que l’on peut lire',
  })
  mergeProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    return this.triage.merge(id, caseId, message, principal);
  }

  @Can('triage', 'Proposal')
  @Mutation(() => ProposalModel, {
    description: 'Ouvre un dossier à partir d’une proposition publiée (la proposition y est liée)',
  })
  openCaseFromProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProposalCaseInput,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    return this.triage.openCase(id, input, message, principal);
  }
}

/** Midnight in Paris of an AAAA-MM-JJ date, or bad input on `field`. */
function parisDay(value: string, field: string): Date {
  const match = /^(20\d\d)-(\d\d)-(\d\d)$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw badInput(field, 'Date invalide (AAAA-MM-JJ, de 2000 à 2099).');
  // Paris is one or two hours ahead of UTC: the offset of that day, taken from Intl.
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'shortOffset' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')!.value;
  const hours = Number(offset.replace('GMT', '') || '0');
  return new Date(date.getTime() - hours * 3600_000);
}
