import { Field, ID, InputType } from '@nestjs/graphql';
import {
  COMMITMENT_TEXT_MAX,
  CommitmentStatus,
  CONTRACT_TEXT_MAX,
  CONTRACT_TITLE_MAX,
  ContractKind,
  ContractPartyRole,
  ContractStatus,
} from '@continuum/domain';
import { TextLength } from '@continuum/server/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

const DAY = /^20\d\d-\d\d-\d\d$/;
const DAY_MESSAGE = 'Date invalide (AAAA-MM-JJ).';

@InputType()
export class ContractPartyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organizationId!: string;

  @Field(() => ContractPartyRole)
  @IsEnum(ContractPartyRole, { message: 'Qualité de la partie inconnue.' })
  role!: ContractPartyRole;
}

@InputType()
export class ContractInput {
  @Field(() => ContractKind)
  @IsEnum(ContractKind, { message: 'Type de contrat inconnu.' })
  kind!: ContractKind;

  @Field()
  @IsString({ message: `Le titre doit compter de 5 à ${CONTRACT_TITLE_MAX} caractères.` })
  @TextLength(5, CONTRACT_TITLE_MAX, {
    message: `Le titre doit compter de 5 à ${CONTRACT_TITLE_MAX} caractères.`,
  })
  title!: string;

  @Field(() => [String], { nullable: true, description: 'Codes INSEE des communes' })
  @IsOptional()
  @ArrayMaxSize(400, { message: 'Au plus 400 communes.' })
  @Matches(/^[0-9][0-9AB][0-9]{3}$/, { each: true, message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'SIREN de l’EPCI : ses communes sont ajoutées' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'Un SIREN d’EPCI compte 9 chiffres.' })
  epciSiren?: string | null;

  @Field(() => [ContractPartyInput])
  @ArrayMinSize(2, { message: 'Un contrat lie au moins deux parties : l’État et la commune ou l’EPCI.' })
  @ArrayMaxSize(30, { message: 'Au plus 30 parties.' })
  @ValidateNested({ each: true })
  @Type(() => ContractPartyInput)
  parties!: ContractPartyInput[];

  @Field(() => String, { nullable: true, description: 'Date de signature, AAAA-MM-JJ' })
  @IsOptional()
  @Matches(DAY, { message: DAY_MESSAGE })
  signedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Début, AAAA-MM-JJ' })
  @IsOptional()
  @Matches(DAY, { message: DAY_MESSAGE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Fin, AAAA-MM-JJ' })
  @IsOptional()
  @Matches(DAY, { message: DAY_MESSAGE })
  endsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Référence du document signé (délibération, n° d’enregistrement…)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'La référence du document est limitée à 300 caractères.' })
  documentReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Le texte du contrat (préambule, articles)' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTRACT_TEXT_MAX, { message: 'Le texte du contrat est limité à 20 000 caractères.' })
  documentText?: string | null;
}

@InputType()
export class CommitmentInput {
  // Nullable in the schema so that a missing owner is answered in French, naming the field.
  @Field(() => ID, { nullable: true, description: 'L’organisation qui porte l’engagement (obligatoire)' })
  @IsUUID('all', { message: 'Choisissez l’organisation qui porte l’engagement.' })
  ownerOrganizationId!: string;

  @Field()
  @IsString({ message: `L’engagement doit compter de 5 à ${COMMITMENT_TEXT_MAX} caractères.` })
  @TextLength(5, COMMITMENT_TEXT_MAX, {
    message: `L’engagement doit compter de 5 à ${COMMITMENT_TEXT_MAX.toLocaleString('fr-FR')} caractères.`,
  })
  text!: string;

  @Field({ description: 'Échéance, AAAA-MM-JJ' })
  @Matches(DAY, { message: 'Échéance invalide (AAAA-MM-JJ).' })
  dueOn!: string;

  @Field(() => [ID], { nullable: true, description: 'Actions de dossiers (que vous pouvez lire)' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Au plus 20 actions liées.' })
  @IsUUID('all', { each: true, message: 'Action inconnue.' })
  actionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Opérations coordonnées (que vous pouvez lire)' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'Au plus 20 opérations liées.' })
  @IsUUID('all', { each: true, message: 'Opération inconnue.' })
  operationIds?: string[] | null;
}

export { CommitmentStatus, ContractStatus };
