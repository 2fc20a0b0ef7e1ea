import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommitmentStatus, ContractStatus } from '@continuum/domain';
import {
  Authenticated,
  badInput,
  Can,
  CurrentPrincipal,
  type RequestPrincipal,
} from '@continuum/server/platform';
import { CommitmentCommandService } from './commitment-command.service';
import { ContractCommandService } from './contract-command.service';
import { CommitmentInput, ContractInput } from './contract.inputs';
import { CommitmentLinkCandidateModel, ContractModel, ContractSummaryModel } from './contract.models';
import { ContractReadService } from './contract-read.service';

/** Contracts (CSI, PVD) and their commitments: what each reader may read and write is the policy's. */
@Resolver(() => ContractModel)
export class ContractsResolver {
  constructor(
    private readonly read: ContractReadService,
    private readonly contractCommands: ContractCommandService,
    private readonly commitments: CommitmentCommandService,
  ) {}

  @Authenticated()
  @Query(() => [ContractSummaryModel], { description: 'Les contrats que le lecteur peut lire' })
  contracts(
    @Args('status', { type: () => [ContractStatus], nullable: true }) status: ContractStatus[] | null,
    @Args('communeCode', { type: () => String, nullable: true }) communeCode: string | null,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractSummaryModel[]> {
    if (communeCode && !/^[0-9][0-9AB][0-9]{3}$/.test(communeCode))
      throw badInput('communeCode', 'Un code INSEE de commune compte 5 caractères.');
    return this.read.list({ status, communeCode }, principal.ability);
  }

  @Authenticated()
  @Query(() => ContractModel)
  contract(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractModel> {
    return this.read.one(id, principal.ability);
  }

  @Can('update', 'Contract')
  @Query(() => [CommitmentLinkCandidateModel], {
    description:
      'Actions de dossiers ouvertes et opérations que le rédacteur peut lire, pour y adosser un engagement',
  })
  commitmentLinkCandidates(
    @Args('search') search: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<CommitmentLinkCandidateModel[]> {
    const text = search.trim();
    if (text.length < 2 || text.length > 100) throw badInput('search', 'Cherchez avec 2 à 100 caractères.');
    return this.read.linkCandidates(text, principal.ability);
  }

  @Can('create', 'Contract')
  @Mutation(() => ContractModel, { description: 'Établit un contrat (en préparation)' })
  createContract(
    @Args('input') input: ContractInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractModel> {
    return this.contractCommands.create(input, principal);
  }

  @Can('update', 'Contract')
  @Mutation(() => ContractModel, { description: 'Modifie un contrat (avec le `updatedAt` lu)' })
  updateContract(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ContractInput,
    @Args('expectedUpdatedAt') expectedUpdatedAt: Date,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractModel> {
    return this.contractCommands.update(id, input, expectedUpdatedAt, principal);
  }

  @Can('update', 'Contract')
  @Mutation(() => ContractModel, { description: 'Fait avancer le statut d’un contrat (jamais en arrière)' })
  advanceContract(
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => ContractStatus, description: 'Le statut lu' }) from: ContractStatus,
    @Args('to', { type: () => ContractStatus }) to: ContractStatus,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractModel> {
    return this.contractCommands.advance(id, from, to, principal);
  }

  @Can('update', 'Contract')
  @Mutation(() => ContractModel, { description: 'Ajoute un engagement au contrat' })
  addCommitment(
    @Args('contractId', { type: () => ID }) contractId: string,
    @Args('input') input: CommitmentInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractModel> {
    return this.commitments.add(contractId, input, principal);
  }

  @Can('update', 'Contract')
  @Mutation(() => ContractModel, { description: 'Modifie un engagement (avec le `updatedAt` lu)' })
  updateCommitment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CommitmentInput,
    @Args('expectedUpdatedAt') expectedUpdatedAt: Date,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractModel> {
    return this.commitments.update(id, input, expectedUpdatedAt, principal);
  }

  @Can('update', 'Contract')
  @Mutation(() => ContractModel, { description: 'Retire un engagement du contrat' })
  removeCommitment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractModel> {
    return this.commitments.remove(id, principal);
  }

  @Can('update', 'Commitment')
  @Mutation(() => ContractModel, {
    description: 'L’organisation qui porte un engagement en fait avancer l’état (jamais en arrière)',
  })
  setCommitmentStatus(
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => CommitmentStatus, description: 'L’état lu' }) from: CommitmentStatus,
    @Args('to', { type: () => CommitmentStatus }) to: CommitmentStatus,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<ContractModel> {
    return this.commitments.setStatus(id, from, to, note, principal);
  }
}
