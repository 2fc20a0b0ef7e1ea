import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CaseCategory, CasePriority, CaseStatus, Sensitivity } from '@continuum/domain';
import { OmittableNotNull, TextLength } from '@continuum/server/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ActionStatus } from './entities/case-action.entity';
import { PersonRole } from './entities/case-person.entity';

/** A date a case is worked to: 2000–2099 (a typo such as 1900 or 2202 would never come due, or always be late). */
const WORKING_DATE = /^20\d\d-/;

export enum CaseOrder {
  UPDATED_DESC = 'UPDATED_DESC',
  OPENED_DESC = 'OPENED_DESC',
  OPENED_ASC = 'OPENED_ASC',
  PRIORITY_DESC = 'PRIORITY_DESC',
  REFERENCE_ASC = 'REFERENCE_ASC',
}
registerEnumType(CaseOrder, { name: 'CaseOrder' });

const INSEE = /^[0-9][0-9AB][0-9]{3}$/;
const UUID_MESSAGE = 'Identifiant invalide.';

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus, { each: true, message: 'Statut inconnu.' })
  status?: CaseStatus[];

  @Field(() => [CaseCategory], { nullable: true })
  @IsOptional()
  @IsEnum(CaseCategory, { each: true, message: 'Catégorie inconnue.' })
  category?: CaseCategory[];

  @Field(() => [Sensitivity], { nullable: true })
  @IsOptional()
  @IsEnum(Sensitivity, { each: true, message: 'Niveau de diffusion inconnu.' })
  sensitivity?: Sensitivity[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(400)
  @Matches(INSEE, { each: true, message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  zoneId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  ownerOrganizationId?: string;

  @Field(() => ID, { nullable: true, description: 'Dossiers rattachés à cette instance de coordination' })
  @IsOptional()
  @IsUUID('all', { message: UUID_MESSAGE })
  bodyId?: string;

  @Field({
    nullable: true,
    description: 'Dossiers dont mon organisation est saisie (en attente ou acceptée)',
  })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean;

  @Field({ nullable: true, description: 'Dossiers ayant une action ouverte en retard' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field({ nullable: true, description: 'Recherche plein texte (français, accents ignorés) ou référence' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'La recherche est limitée à 200 caractères.' })
  search?: string;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  @IsLongitude({ message: 'Longitude invalide.' })
  longitude!: number;

  @Field(() => Float)
  @IsLatitude({ message: 'Latitude invalide.' })
  latitude!: number;
}

@InputType()
export class UpdateCaseInput {
  @Field({ nullable: true })
  @OmittableNotNull()
  @IsString()
  @TextLength(3, 200, { message: 'Le titre doit compter de 3 à 200 caractères.' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'La description est limitée à 20 000 caractères.' })
  description?: string | null;

  @Field(() => CaseCategory, { nullable: true })
  @OmittableNotNull()
  @IsEnum(CaseCategory, { message: 'Catégorie inconnue.' })
  category?: CaseCategory;

  @Field({ nullable: true })
  @OmittableNotNull()
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode?: string;

  @Field(() => ID, { nullable: true, description: 'Zone ; chaîne vide pour la retirer' })
  @IsOptional()
  zoneId?: string | null;

  @Field(() => GeoPointInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  point?: GeoPointInput | null;

  @Field(() => CasePriority, { nullable: true })
  @OmittableNotNull()
  @IsEnum(CasePriority, { message: 'Priorité inconnue.' })
  priority?: CasePriority;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Date invalide (AAAA-MM-JJ).' })
  @Matches(WORKING_DATE, { message: 'Date hors de portée : une année de 2000 à 2099.' })
  assessmentDueOn?: string | null;
}

@InputType()
export class CreateCaseInput extends UpdateCaseInput {
  @Field()
  @IsString()
  @TextLength(3, 200, { message: 'Le titre doit compter de 3 à 200 caractères.' })
  override title!: string;

  @Field(() => CaseCategory)
  @IsEnum(CaseCategory, { message: 'Catégorie inconnue.' })
  override category!: CaseCategory;

  @Field()
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  override communeCode!: string;

  @Field(() => Sensitivity)
  @IsEnum(Sensitivity, { message: 'Niveau de diffusion inconnu.' })
  sensitivity!: Sensitivity;
}

@InputType()
export class CaseActionInput {
  @Field()
  @IsString()
  @TextLength(3, 200, { message: 'L’intitulé doit compter de 3 à 200 caractères.' })
  title!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'La description est limitée à 5 000 caractères.' })
  description?: string;

  @Field(() => ID, { description: 'Organisation chargée de l’action' })
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organizationId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Personne inconnue.' })
  assigneeUserId?: string;

  @Field({ nullable: true, description: 'AAAA-MM-JJ' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Date invalide (AAAA-MM-JJ).' })
  @Matches(WORKING_DATE, { message: 'Date hors de portée : une année de 2000 à 2099.' })
  dueOn?: string;
}

@InputType()
export class UpdateCaseActionInput {
  @Field(() => ActionStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionStatus, { message: 'Statut d’action inconnu.' })
  status?: ActionStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Le résultat est limité à 5 000 caractères.' })
  outcome?: string;

  @Field({ nullable: true, description: 'AAAA-MM-JJ' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Date invalide (AAAA-MM-JJ).' })
  @Matches(WORKING_DATE, { message: 'Date hors de portée : une année de 2000 à 2099.' })
  dueOn?: string;
}

@InputType()
export class CasePersonInput {
  @Field(() => PersonRole)
  @IsEnum(PersonRole, { message: 'Rôle inconnu.' })
  role!: PersonRole;

  @Field()
  @IsString()
  @TextLength(2, 200, { message: 'Le nom doit compter de 2 à 200 caractères.' })
  fullName!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900, { message: 'Année de naissance invalide.' })
  @Max(2100, { message: 'Année de naissance invalide.' })
  birthYear?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'L’adresse est limitée à 500 caractères.' })
  address?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Les notes sont limitées à 2 000 caractères.' })
  notes?: string;
}
