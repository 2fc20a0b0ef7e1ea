import { Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  IndicatorDirection,
  IndicatorSource,
  OperationKind,
  OutcomeMeasure,
  PlanSection,
  PresenceSetting,
} from '@continuum/domain/plan';
import { DecimalNumber, TextLength } from '@continuum/server/platform';
import { IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import '../plan-enums';

const DAY = /^20\d\d-\d\d-\d\d$/;
const DAY_MESSAGE = 'Date invalide (AAAA-MM-JJ, une année de 2000 à 2099).';
const TEXT_MAX = 20_000;

@InputType()
export class CreatePlanInput {
  @Field(() => Int)
  @IsInt({ message: 'Une année est un nombre entier.' })
  @Min(2020, { message: 'Année hors de portée : de 2020 à 2100.' })
  @Max(2100, { message: 'Année hors de portée : de 2020 à 2100.' })
  year!: number;

  @Field()
  @TextLength(3, 200, { message: 'Le titre compte de 3 à 200 caractères.' })
  title!: string;
}

@InputType({ description: 'Les textes d’une version en projet ; un champ absent reste tel quel' })
export class PlanTextsInput {
  @Field({ nullable: true })
  @IsOptional()
  @TextLength(3, 200, { message: 'Le titre compte de 3 à 200 caractères.' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX, {
    message: `Une partie du plan compte au plus ${TEXT_MAX.toLocaleString('fr-FR')} caractères.`,
  })
  diagnostic?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX, {
    message: `Une partie du plan compte au plus ${TEXT_MAX.toLocaleString('fr-FR')} caractères.`,
  })
  results?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX, {
    message: `Une partie du plan compte au plus ${TEXT_MAX.toLocaleString('fr-FR')} caractères.`,
  })
  modesOfAction?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX, {
    message: `Une partie du plan compte au plus ${TEXT_MAX.toLocaleString('fr-FR')} caractères.`,
  })
  continuum?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX, {
    message: `Une partie du plan compte au plus ${TEXT_MAX.toLocaleString('fr-FR')} caractères.`,
  })
  dialogue?: string;
}

@InputType({
  description: 'Ce que l’indicateur compte ; chaque source lit les siens, les autres sont refusés',
})
export class IndicatorParametersInput {
  @Field(() => [String], { nullable: true, description: 'Catégories (faits ou dossiers)' })
  @IsOptional()
  categories?: string[];

  @Field(() => [String], { nullable: true, description: 'Codes officiels géographiques des communes' })
  @IsOptional()
  communeCodes?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  zoneId?: string;

  @Field(() => [OperationKind], { nullable: true })
  @IsOptional()
  operationKinds?: OperationKind[];

  @Field(() => OutcomeMeasure, { nullable: true })
  @IsOptional()
  outcome?: OutcomeMeasure;

  @Field(() => PresenceSetting, { nullable: true })
  @IsOptional()
  setting?: PresenceSetting;
}

@InputType()
export class ObjectiveInput {
  @Field(() => PlanSection)
  @IsEnum(PlanSection, { message: 'Partie du plan inconnue.' })
  section!: PlanSection;

  @Field()
  @TextLength(3, 300, { message: 'L’intitulé compte de 3 à 300 caractères.' })
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000, { message: 'La description compte au plus 5 000 caractères.' })
  description?: string;

  @Field()
  @TextLength(3, 200, { message: 'Le nom de l’indicateur compte de 3 à 200 caractères.' })
  indicatorLabel!: string;

  @Field(() => IndicatorSource)
  @IsEnum(IndicatorSource, { message: 'Source d’indicateur inconnue.' })
  indicatorSource!: IndicatorSource;

  @Field(() => IndicatorParametersInput, { nullable: true })
  @IsOptional()
  indicatorParameters?: IndicatorParametersInput;

  @Field({
    nullable: true,
    description: 'Obligatoire pour un indicateur saisi à la main : d’où viennent ses valeurs',
  })
  @IsOptional()
  @TextLength(3, 300, { message: 'La source compte de 3 à 300 caractères.' })
  manualSource?: string;

  @Field(() => IndicatorDirection)
  @IsEnum(IndicatorDirection, { message: 'Sens inconnu : à la hausse ou à la baisse.' })
  direction!: IndicatorDirection;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @DecimalNumber(2, { message: 'La valeur de référence est un nombre (2 décimales au plus).' })
  @Min(0, { message: 'La valeur de référence est positive ou nulle.' })
  @Max(1e12, { message: 'Valeur de référence hors de portée.' })
  baselineValue?: number;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsISO8601({ strict: true }, { message: DAY_MESSAGE })
  @Matches(DAY, { message: DAY_MESSAGE })
  baselineDate!: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @DecimalNumber(2, { message: 'La cible est un nombre (2 décimales au plus).' })
  @Min(0, { message: 'La cible est positive ou nulle.' })
  @Max(1e12, { message: 'Cible hors de portée.' })
  targetValue?: number;

  @Field({ description: 'AAAA-MM-JJ' })
  @IsISO8601({ strict: true }, { message: DAY_MESSAGE })
  @Matches(DAY, { message: DAY_MESSAGE })
  deadline!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Organisation pilote inconnue.' })
  pilotOrganizationId?: string;
}

@InputType()
export class MeasurementInput {
  @Field({ description: 'AAAA-MM-JJ : le jour que la valeur représente' })
  @IsISO8601({ strict: true }, { message: DAY_MESSAGE })
  @Matches(DAY, { message: DAY_MESSAGE })
  measuredOn!: string;

  @Field(() => Float)
  @DecimalNumber(2, { message: 'La valeur est un nombre (2 décimales au plus).' })
  @Min(0, { message: 'La valeur est positive ou nulle.' })
  @Max(1e12, { message: 'Valeur hors de portée.' })
  value!: number;

  @Field()
  @TextLength(3, 300, { message: 'La source compte de 3 à 300 caractères.' })
  source!: string;
}
