import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import '../plan-enums';
import { OrganizationType } from '@continuum/domain';
import { OperationKind, OperationStatus } from '@continuum/domain/plan';
import { PageInfo } from '@continuum/server/platform';

@ObjectType('OperationOrganization')
export class OperationOrganizationModel {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field(() => OrganizationType)
  type!: OrganizationType;
}

@ObjectType('OperationCommune')
export class OperationCommuneModel {
  @Field()
  code!: string;
  @Field()
  name!: string;
}

@ObjectType('OperationZone')
export class OperationZoneModel {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
}

@ObjectType('Seizure', { description: 'Une saisie : sa nature, sa quantité et son unité' })
export class SeizureModel {
  @Field()
  nature!: string;
  @Field(() => Float)
  quantity!: number;
  @Field()
  unit!: string;
}

@ObjectType('OperationOutcome', { description: 'Le bilan d’une organisation participante' })
export class OperationOutcomeModel {
  @Field(() => OperationOrganizationModel)
  organization!: OperationOrganizationModel;
  @Field(() => Int)
  interpellations!: number;
  @Field(() => Int)
  verbalisations!: number;
  @Field(() => Int)
  fermeturesAdministratives!: number;
  @Field(() => Float, { description: 'En euros' })
  montantsRecouvres!: number;
  @Field(() => [SeizureModel])
  seizures!: SeizureModel[];
  @Field(() => String, { nullable: true })
  comment!: string | null;
  @Field()
  enteredByLabel!: string;
  @Field({ description: 'Version lue, à renvoyer avec une modification (verrou optimiste)' })
  version!: string;
  @Field()
  updatedAt!: Date;
}

@ObjectType('SeizureTotal')
export class SeizureTotalModel {
  @Field()
  nature!: string;
  @Field()
  unit!: string;
  @Field(() => Float)
  quantity!: number;
}

@ObjectType('OperationTotals', { description: 'Les bilans des participants additionnés' })
export class OperationTotalsModel {
  @Field(() => Int)
  interpellations!: number;
  @Field(() => Int)
  verbalisations!: number;
  @Field(() => Int)
  fermeturesAdministratives!: number;
  @Field(() => Float)
  montantsRecouvres!: number;
  @Field(() => [SeizureTotalModel])
  seizures!: SeizureTotalModel[];
  @Field(() => Int, { description: 'Participants ayant saisi leur bilan' })
  reported!: number;
}

@ObjectType('OperationLinkedCase', { description: 'Un dossier lié que je peux lire' })
export class OperationLinkedCaseModel {
  @Field(() => ID)
  id!: string;
  @Field()
  reference!: string;
  @Field()
  title!: string;
}

@ObjectType('Operation')
export class OperationModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'OP-2026-0001' })
  reference!: string;
  @Field()
  title!: string;
  @Field(() => OperationKind)
  kind!: OperationKind;
  @Field(() => OperationStatus)
  status!: OperationStatus;
  @Field()
  description!: string;
  @Field()
  startsAt!: Date;
  @Field()
  endsAt!: Date;
  @Field(() => OperationZoneModel, { nullable: true })
  zone!: OperationZoneModel | null;
  @Field(() => [OperationCommuneModel])
  communes!: OperationCommuneModel[];
  @Field(() => OperationOrganizationModel)
  organizer!: OperationOrganizationModel;
  @Field(() => [OperationOrganizationModel])
  participants!: OperationOrganizationModel[];
  @Field(() => [ID], { description: 'Objectifs du plan servis (identifiants de lignée)' })
  objectiveLineageIds!: string[];
  @Field()
  updatedAt!: Date;
  @Field(() => Date, { nullable: true })
  statusChangedAt!: Date | null;
  @Field({
    description: 'Je peux la modifier, la marquer menée ou l’annuler (organisateur, tant qu’elle est prévue)',
  })
  canUpdate!: boolean;
  @Field({ description: 'Mon organisation peut saisir son bilan (participante, opération menée)' })
  canReport!: boolean;
  organizerOrganizationId!: string;
}

@ObjectType('OperationEdge')
export class OperationEdgeModel {
  @Field()
  cursor!: string;
  @Field(() => OperationModel)
  node!: OperationModel;
}

@ObjectType('OperationConnection')
export class OperationConnectionModel {
  @Field(() => [OperationEdgeModel])
  edges!: OperationEdgeModel[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  @Field(() => Int)
  totalCount!: number;
}
