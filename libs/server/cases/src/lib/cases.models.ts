import { Field, ID, Int, ObjectType, registerEnumType, Float } from '@nestjs/graphql';
import { CaseCategory, CasePriority, CaseStatus, Sensitivity } from '@continuum/domain';
import { PageInfo } from '@continuum/server/platform';
import { ActionStatus } from './entities/case-action.entity';
import { AssignmentStatus } from './entities/case-assignment.entity';
import { PersonRole } from './entities/case-person.entity';

registerEnumType(Sensitivity, { name: 'Sensitivity', description: 'Niveau de diffusion (TLP)' });
registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'Étape du cycle SARA' });
registerEnumType(CaseCategory, {
  name: 'CaseCategory',
  description: 'Catégorie (indicateurs SSMSI et tranquillité publique)',
});
registerEnumType(CasePriority, { name: 'CasePriority' });
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus', description: 'Réponse à une saisine' });
registerEnumType(ActionStatus, { name: 'ActionStatus' });
registerEnumType(PersonRole, { name: 'PersonRole' });

@ObjectType('GeoPoint')
export class GeoPointModel {
  @Field(() => Float)
  longitude!: number;
  @Field(() => Float)
  latitude!: number;
}

/** A case as the API shows it; relations and withheld fields are resolved per reader. */
@ObjectType('Case')
export class CaseModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'Référence : département-année-numéro' })
  reference!: string;
  @Field()
  title!: string;
  @Field()
  description!: string;
  @Field(() => CaseCategory)
  category!: CaseCategory;
  @Field(() => Sensitivity)
  sensitivity!: Sensitivity;
  @Field(() => CasePriority)
  priority!: CasePriority;
  @Field(() => CaseStatus)
  status!: CaseStatus;
  @Field(() => String, {
    nullable: true,
    description: 'Motif du rejet, de la mise en attente ou de la réouverture',
  })
  statusReason!: string | null;
  @Field()
  openedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Date d’évaluation prévue (AAAA-MM-JJ)' })
  assessmentDueOn!: string | null;
  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;
  @Field()
  updatedAt!: Date;

  communeCode!: string;
  zoneId!: string | null;
  ownerOrganizationId!: string;
  bodyId!: string | null;
  workingGroupId!: string | null;
  longitude!: number | null;
  latitude!: number | null;
}

@ObjectType('CasePermissions', { description: 'Ce que l’utilisateur connecté peut faire sur ce dossier' })
export class CasePermissionsModel {
  @Field()
  update!: boolean;
  @Field()
  transition!: boolean;
  @Field()
  assign!: boolean;
  @Field()
  share!: boolean;
  @Field()
  changeSensitivity!: boolean;
  @Field()
  comment!: boolean;
  @Field()
  readPersons!: boolean;
  @Field({
    description: 'Ajouter ou retirer des personnes : l’organisation qui porte le dossier, si elle les lit',
  })
  editPersons!: boolean;
}

@ObjectType('CasePerson', { description: 'Donnée nominative : réservée aux autorités publiques impliquées' })
export class CasePersonModel {
  @Field(() => ID)
  id!: string;
  @Field(() => PersonRole)
  role!: PersonRole;
  @Field()
  fullName!: string;
  @Field(() => Int, { nullable: true })
  birthYear!: number | null;
  @Field(() => String, { nullable: true })
  address!: string | null;
  @Field(() => String, { nullable: true })
  notes!: string | null;
}

@ObjectType('CaseAssignment', { description: 'Saisine d’une organisation' })
export class CaseAssignmentModel {
  @Field(() => ID)
  id!: string;
  @Field(() => AssignmentStatus)
  status!: AssignmentStatus;
  @Field(() => String, { nullable: true })
  message!: string | null;
  @Field()
  requestedAt!: Date;
  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
  @Field(() => String, { nullable: true })
  declineReason!: string | null;
  @Field(() => String, { nullable: true })
  redirectSuggestion!: string | null;
  caseId!: string;
  organizationId!: string;
}

@ObjectType('CaseAction')
export class CaseActionModel {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field(() => String, { nullable: true })
  description!: string | null;
  @Field(() => String, { nullable: true, description: 'Échéance (AAAA-MM-JJ)' })
  dueOn!: string | null;
  @Field(() => ActionStatus)
  status!: ActionStatus;
  @Field(() => String, { nullable: true })
  outcome!: string | null;
  @Field()
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
  caseId!: string;
  organizationId!: string;
  assigneeUserId!: string | null;
}

@ObjectType('CaseComment')
export class CaseCommentModel {
  @Field(() => ID)
  id!: string;
  @Field()
  authorLabel!: string;
  @Field()
  body!: string;
  @Field()
  createdAt!: Date;
  addressedToOrganizationId!: string | null;
}

@ObjectType('CaseShare')
export class CaseShareModel {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { nullable: true })
  reason!: string | null;
  @Field()
  createdAt!: Date;
  organizationId!: string | null;
  userId!: string | null;
}

@ObjectType('CaseEvent', { description: 'Une ligne de l’historique du dossier' })
export class CaseEventModel {
  @Field(() => ID)
  id!: string;
  @Field()
  occurredAt!: Date;
  @Field(() => String, { nullable: true })
  actorLabel!: string | null;
  @Field()
  kind!: string;
  @Field({ description: 'Ce qui s’est passé, en français' })
  summary!: string;
}

@ObjectType('CaseStatusCount')
export class CaseStatusCountModel {
  @Field(() => CaseStatus)
  status!: CaseStatus;
  @Field(() => Int)
  count!: number;
}

@ObjectType('CaseEdge')
export class CaseEdgeModel {
  @Field()
  cursor!: string;
  @Field(() => CaseModel)
  node!: CaseModel;
}

@ObjectType('CaseConnection')
export class CaseConnectionModel {
  @Field(() => Int, { description: 'Dossiers lisibles correspondant au filtre' })
  totalCount!: number;
  @Field(() => [CaseStatusCountModel], { description: 'Répartition par statut, avec les mêmes règles' })
  countsByStatus!: CaseStatusCountModel[];
  @Field(() => [CaseEdgeModel])
  edges!: CaseEdgeModel[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('MyWork', { description: '« Mes dossiers » : ce qui attend l’utilisateur et son organisation' })
export class MyWorkModel {
  @Field(() => [CaseAssignmentModel], { description: 'Saisines à accepter ou décliner' })
  pendingReferrals!: CaseAssignmentModel[];
  @Field(() => [CaseActionModel], {
    description: 'Actions de mon organisation en retard ou à échéance sous 7 jours',
  })
  dueActions!: CaseActionModel[];
}
