import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CommitmentStatus,
  ContractKind,
  ContractPartyRole,
  ContractStatus,
  OrganizationType,
} from '@continuum/domain';

registerEnumType(ContractKind, {
  name: 'ContractKind',
  description: 'CSI, volet sécurité d’une convention PVD, autre',
});
registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: 'Étape d’un contrat (ne recule jamais)',
});
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus', description: 'État d’un engagement' });
registerEnumType(ContractPartyRole, {
  name: 'ContractPartyRole',
  description: 'Qualité d’une partie au contrat',
});

@ObjectType('ContractCommune')
export class ContractCommuneModel {
  @Field()
  code!: string;
  @Field()
  name!: string;
}

@ObjectType('ContractEpci')
export class ContractEpciModel {
  @Field()
  siren!: string;
  @Field()
  name!: string;
}

@ObjectType('ContractParty')
export class ContractPartyModel {
  @Field(() => ID)
  organizationId!: string;
  @Field()
  name!: string;
  @Field(() => OrganizationType)
  organizationType!: OrganizationType;
  @Field(() => ContractPartyRole)
  role!: ContractPartyRole;
  @Field()
  roleLabel!: string;
}

/** Commitments by status: the contract's progress. */
@ObjectType('ContractProgress')
export class ContractProgressModel {
  @Field(() => Int)
  total!: number;
  @Field(() => Int)
  todo!: number;
  @Field(() => Int)
  inProgress!: number;
  @Field(() => Int)
  kept!: number;
  @Field(() => Int)
  notKept!: number;
  @Field(() => Int, { description: 'Ouverts (à faire, en cours) et dont l’échéance est passée' })
  overdue!: number;
  @Field(() => Float, { nullable: true, description: 'Part des engagements échus tenus (en %)' })
  keptShare!: number | null;
}

/** A case action a commitment rests on — shown only to who may read its case. */
@ObjectType('CommitmentAction')
export class CommitmentActionModel {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field()
  status!: string;
  @Field(() => String, { nullable: true })
  dueOn!: string | null;
  @Field(() => ID)
  caseId!: string;
  @Field()
  caseReference!: string;
}

/** A coordinated operation a commitment rests on — shown only to who may read it. */
@ObjectType('CommitmentOperation')
export class CommitmentOperationModel {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field()
  status!: string;
  @Field()
  startsAt!: Date;
}

@ObjectType('Commitment')
export class CommitmentModel {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => ID)
  ownerOrganizationId!: string;
  @Field()
  ownerName!: string;
  @Field()
  text!: string;
  @Field({ description: 'Échéance, AAAA-MM-JJ' })
  dueOn!: string;
  @Field(() => CommitmentStatus)
  status!: CommitmentStatus;
  @Field()
  statusLabel!: string;
  @Field()
  overdue!: boolean;
  @Field(() => String, { nullable: true })
  statusNote!: string | null;
  @Field(() => Date, { nullable: true })
  statusChangedAt!: Date | null;
  @Field(() => String, { nullable: true })
  statusChangedByLabel!: string | null;
  @Field()
  updatedAt!: Date;
  @Field({ description: 'Le lecteur est de l’organisation qui porte l’engagement' })
  mayUpdateStatus!: boolean;
  @Field(() => [CommitmentActionModel])
  actions!: CommitmentActionModel[];
  @Field(() => [CommitmentOperationModel])
  operations!: CommitmentOperationModel[];
}

/** What every reader of a contract reads of it, in lists as on its page. */
@ObjectType('ContractSummary')
export class ContractSummaryModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'CT-12' })
  reference!: string;
  @Field(() => ContractKind)
  kind!: ContractKind;
  @Field()
  kindLabel!: string;
  @Field()
  title!: string;
  @Field(() => ContractStatus)
  status!: ContractStatus;
  @Field()
  statusLabel!: string;
  @Field(() => [ContractCommuneModel])
  communes!: ContractCommuneModel[];
  @Field(() => ContractEpciModel, { nullable: true })
  epci!: ContractEpciModel | null;
  @Field(() => String, { nullable: true })
  signedOn!: string | null;
  @Field(() => String, { nullable: true })
  startsOn!: string | null;
  @Field(() => String, { nullable: true })
  endsOn!: string | null;
  @Field(() => ContractProgressModel)
  progress!: ContractProgressModel;
  @Field()
  updatedAt!: Date;
  @Field()
  mayUpdate!: boolean;
}

@ObjectType('Contract')
export class ContractModel extends ContractSummaryModel {
  @Field(() => [ContractPartyModel])
  parties!: ContractPartyModel[];
  @Field(() => String, { nullable: true })
  documentReference!: string | null;
  @Field(() => String, { nullable: true })
  documentText!: string | null;
  @Field()
  createdByLabel!: string;
  @Field()
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  statusChangedAt!: Date | null;
  @Field(() => String, { nullable: true })
  statusChangedByLabel!: string | null;
  @Field()
  mayExport!: boolean;
  @Field(() => [CommitmentModel], { description: 'En retard d’abord, puis par échéance' })
  commitments!: CommitmentModel[];
}

/** Something a commitment may rest on, offered to its writer (what they may read). */
@ObjectType('CommitmentLinkCandidate')
export class CommitmentLinkCandidateModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'ACTION ou OPERATION' })
  kind!: string;
  @Field()
  label!: string;
}
