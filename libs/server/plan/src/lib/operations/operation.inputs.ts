import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { OperationKind, OperationStatus } from '@continuum/domain/plan';
import { TextLength } from '@continuum/server/platform';
import { DecimalNumber } from '@continuum/server/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const INSEE = /^[0-9][0-9AB][0-9]{3}$/;
const UUID_MESSAGE = 'Identifiant invalide.';
const INSTANT_MESSAGE = 'Date et heure attendues (ISO 8601).';

@InputType()
export class OperationFilter {
  @Field(() => [OperationStatus], { nullable: true })
  @IsOptional()
  @IsEnum(OperationStatus, { each: true, message: 'Statut inconnu.' })
  status?: OperationStatus[];

  @Field(() => [OperationKind], { nullable: true })
  @IsOptional()
  @IsEnum(OperationKind, { each: true, message: 'Type d’opération inconnu.' })
  kind?: OperationKind[];

  @Field({ nullable: true, description: 'Opérations qui se terminent à partir de cet instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  from?: string;

  @Field({ nullable: true, description: 'Opérations qui commencent avant cet instant' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  to?: string;

  @Field({
    nullable: true,
    description: 'Opérations qui concernent cette commune (directement ou par leur zone)',
  })
  @IsOptional()
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode?: string;
}

@InputType()
export class OperationInput {
  @Field()
  @IsString()
  @TextLength(3, 200, { message: 'Le titre doit compter de 3 à 200 caractères.' })
  title!: string;

  @Field(() => OperationKind)
  @IsEnum(OperationKind, { message: 'Type d’opération inconnu.' })
  kind!: OperationKind;

  @Field({ nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'La description est limitée à 4 000 caractères.' })
  description?: string;

  @Field()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  startsAt!: string;

  @Field()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  endsAt!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  zoneId?: string | null;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(400, { message: '400 communes au plus.' })
  @Matches(INSEE, { each: true, message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCodes?: string[];

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'La mienne est toujours incluse' })
  @IsOptional()
  @ArrayMaxSize(50, { message: '50 organisations participantes au plus.' })
  @IsUUID('all', { each: true, message: UUID_MESSAGE })
  participantOrganizationIds?: string[];

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(50, { message: '50 dossiers liés au plus.' })
  @IsUUID('all', { each: true, message: UUID_MESSAGE })
  caseIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'Objectifs du plan, par identifiant de lignée',
  })
  @IsOptional()
  @ArrayMaxSize(50, { message: '50 objectifs au plus.' })
  @IsUUID('all', { each: true, message: UUID_MESSAGE })
  objectiveLineageIds?: string[];
}

@InputType()
export class SeizureInput {
  @Field()
  @IsString()
  @TextLength(1, 120, { message: 'La nature de la saisie doit compter de 1 à 120 caractères.' })
  nature!: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Un nombre est attendu.' })
  quantity!: number;

  @Field()
  @IsString()
  @TextLength(1, 20, { message: 'L’unité doit compter de 1 à 20 caractères.' })
  unit!: string;
}

@InputType()
export class OperationOutcomeInput {
  @Field(() => Int)
  @IsInt({ message: 'Un nombre entier est attendu.' })
  interpellations!: number;

  @Field(() => Int)
  @IsInt({ message: 'Un nombre entier est attendu.' })
  verbalisations!: number;

  @Field(() => Int)
  @IsInt({ message: 'Un nombre entier est attendu.' })
  fermeturesAdministratives!: number;

  @Field(() => Float, { description: 'En euros' })
  @DecimalNumber(2, { message: 'Un montant en euros est attendu (2 décimales au plus).' })
  montantsRecouvres!: number;

  @Field(() => [SeizureInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @ArrayMaxSize(30, { message: '30 saisies au plus.' })
  @ValidateNested({ each: true })
  @Type(() => SeizureInput)
  seizures?: SeizureInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Le commentaire est limité à 2 000 caractères.' })
  comment?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'La version lue (absente pour un premier bilan) : une modification concurrente est refusée',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  version?: string | null;
}
