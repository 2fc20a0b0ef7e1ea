import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  IndicatorDirection,
  IndicatorSource,
  ObjectiveProgress,
  OperationKind,
  OutcomeMeasure,
  PlanSection,
  PlanStatus,
  PresenceSetting,
} from '@continuum/domain/plan';
import '../plan-enums';

@ObjectType('PlanSectionText', { description: 'Le texte d’une des cinq parties du plan' })
export class PlanSectionTextModel {
  @Field(() => PlanSection)
  section!: PlanSection;
  @Field({ description: '« 2. Résultats concrets recherchés »…' })
  label!: string;
  @Field()
  text!: string;
}

@ObjectType('IndicatorPoint', {
  description: 'La valeur d’un indicateur sur les douze mois finissant avec un mois',
})
export class IndicatorPointModel {
  @Field({
    description: 'AAAA-MM : le dernier des douze mois comptés (ou le jour d’une valeur saisie, AAAA-MM-JJ)',
  })
  period!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Nul quand la valeur est masquée (trop petite) ou absente',
  })
  value!: number | null;
  @Field({ description: 'Masquée : moins de faits que le seuil de diffusion' })
  masked!: boolean;
  @Field(() => String, { nullable: true, description: 'La source d’une valeur saisie à la main' })
  source!: string | null;
}

@ObjectType('IndicatorReading', {
  description: 'Où en est l’indicateur d’un objectif, calculé pour qui le lit',
})
export class IndicatorReadingModel {
  @Field(() => Float, { nullable: true })
  currentValue!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'AAAA-MM-JJ : le jour que la valeur courante représente',
  })
  currentOn!: string | null;
  @Field(() => ObjectiveProgress)
  progress!: ObjectiveProgress;
  @Field()
  progressLabel!: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Part du chemin parcouru de la référence à la cible, de 0 à 1',
  })
  share!: number | null;
  @Field(() => Float, { nullable: true, description: 'La valeur attendue ce jour-là sur la trajectoire' })
  expectedValue!: number | null;
  @Field({ description: 'Sur quoi la valeur est calculée pour ce lecteur' })
  scopeNote!: string;
  @Field({
    description:
      'Vrai quand la valeur porte sur tout le périmètre de l’objectif : elle se compare alors à la cible ; sinon, pas de progression',
  })
  comparable!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Le seuil de diffusion sous lequel une valeur est masquée (nul : aucun)',
  })
  minCell!: number | null;
  @Field(() => [IndicatorPointModel])
  history!: IndicatorPointModel[];
}

@ObjectType('PlanObjective')
export class PlanObjectiveModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID, { description: 'Le même objectif d’une version à l’autre' })
  lineageId!: string;
  @Field(() => ID)
  planId!: string;
  @Field(() => PlanSection)
  section!: PlanSection;
  @Field()
  sectionLabel!: string;
  @Field(() => Int)
  position!: number;
  @Field()
  title!: string;
  @Field()
  description!: string;
  @Field()
  indicatorLabel!: string;
  @Field(() => IndicatorSource)
  indicatorSource!: IndicatorSource;
  @Field()
  indicatorSourceLabel!: string;
  @Field({ description: 'Le périmètre compté, dit en français (catégories, communes, zone…)' })
  indicatorScope!: string;
  @Field(() => [String])
  categories!: string[];
  @Field(() => [String])
  communeCodes!: string[];
  @Field(() => ID, { nullable: true })
  zoneId!: string | null;
  @Field(() => [OperationKind])
  operationKinds!: OperationKind[];
  @Field(() => OutcomeMeasure, { nullable: true })
  outcome!: OutcomeMeasure | null;
  @Field(() => PresenceSetting, { nullable: true })
  setting!: PresenceSetting | null;
  @Field(() => String, { nullable: true, description: 'La source d’un indicateur saisi à la main' })
  manualSource!: string | null;
  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;
  @Field(() => Float)
  baselineValue!: number;
  @Field({ description: 'AAAA-MM-JJ' })
  baselineDate!: string;
  @Field(() => Float)
  targetValue!: number;
  @Field({ description: 'AAAA-MM-JJ' })
  deadline!: string;
  @Field(() => ID, { nullable: true })
  pilotOrganizationId!: string | null;
  @Field(() => String, { nullable: true })
  pilotLabel!: string | null;
  @Field({ description: 'À renvoyer avec une modification (deux modifications à la fois : une seule passe)' })
  updatedAt!: Date;
}

@ObjectType('PlanDiagnosticCategory')
export class PlanDiagnosticCategoryModel {
  @Field()
  label!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Nul quand le chiffre est masqué (sous le seuil de diffusion)',
  })
  incidents!: number | null;
  @Field(() => Int, { nullable: true })
  previousYear!: number | null;
}

@ObjectType('PlanDiagnosticSnapshot', {
  description: 'Les chiffres du diagnostic tels qu’au jour de l’adoption',
})
export class PlanDiagnosticSnapshotModel {
  @Field({ description: 'AAAA-MM-JJ' })
  takenOn!: string;
  @Field({ description: 'Les douze mois comptés, « décembre 2025 – novembre 2026 »' })
  period!: string;
  @Field(() => Int, { description: 'Le total des chiffres visibles (un minimum quand `partial`)' })
  incidents!: number;
  @Field(() => Int)
  previousYear!: number;
  @Field({ description: 'Des catégories sont masquées : les totaux ne comptent que les chiffres visibles' })
  partial!: boolean;
  @Field(() => Int, { nullable: true, description: 'Le seuil de diffusion appliqué (nul : aucun masquage)' })
  minCell!: number | null;
  @Field(() => [PlanDiagnosticCategoryModel])
  categories!: PlanDiagnosticCategoryModel[];
}

@ObjectType('Plan', { description: 'Une version du plan d’action départemental (PADRSQ)' })
export class PlanModel {
  @Field(() => ID)
  id!: string;
  @Field()
  departementCode!: string;
  @Field(() => Int)
  year!: number;
  @Field(() => Int)
  version!: number;
  @Field(() => PlanStatus)
  status!: PlanStatus;
  @Field()
  statusLabel!: string;
  @Field()
  title!: string;
  @Field(() => [PlanSectionTextModel])
  sections!: PlanSectionTextModel[];
  @Field(() => PlanDiagnosticSnapshotModel, {
    nullable: true,
    description: 'Figé à l’adoption ; une version en projet lit le diagnostic du jour',
  })
  diagnosticSnapshot!: PlanDiagnosticSnapshotModel | null;
  @Field(() => String, { nullable: true })
  revisionNote!: string | null;
  @Field(() => ID, { nullable: true })
  previousVersionId!: string | null;
  @Field()
  createdAt!: Date;
  @Field({
    description:
      'À renvoyer avec une modification des textes (deux modifications à la fois : une seule passe)',
  })
  updatedAt!: Date;
  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
  @Field(() => String, { nullable: true })
  submittedByLabel!: string | null;
  @Field(() => Date, { nullable: true })
  adoptedAt!: Date | null;
  @Field(() => String, { nullable: true })
  adoptedByLabel!: string | null;
}

@ObjectType('PlanDifference', { description: 'Une différence entre deux versions du plan' })
export class PlanDifferenceModel {
  @Field({ description: 'TITLE, SECTION_TEXT, OBJECTIVE_ADDED, OBJECTIVE_REMOVED ou OBJECTIVE_CHANGED' })
  kind!: string;
  @Field()
  subject!: string;
  @Field(() => String, { nullable: true })
  field!: string | null;
  @Field(() => String, { nullable: true })
  before!: string | null;
  @Field(() => String, { nullable: true })
  after!: string | null;
}
