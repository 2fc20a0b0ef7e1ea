import { Field, InputType } from '@nestjs/graphql';
import {
  CaseCategory,
  PROPOSAL_ANSWER_MAX,
  PROPOSAL_TEXT_MAX,
  PROPOSAL_TEXT_MIN,
  ProposalCategory,
  ProposalStatus,
  Sensitivity,
} from '@continuum/domain';
import { GeoPointInput } from '@continuum/server/cases';
import { TextLength } from '@continuum/server/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const INSEE = /^[0-9][0-9AB][0-9]{3}$/;
const TEXT_MESSAGE = `Le texte doit compter de ${PROPOSAL_TEXT_MIN} à ${PROPOSAL_TEXT_MAX.toLocaleString('fr-FR')} caractères.`;

@InputType()
export class MairieProposalInput {
  @Field()
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode!: string;

  @Field(() => GeoPointInput, { nullable: true, description: 'Le lieu, facultatif' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  point?: GeoPointInput | null;

  @Field(() => ProposalCategory)
  @IsEnum(ProposalCategory, { message: 'Sujet inconnu.' })
  category!: ProposalCategory;

  @Field()
  @IsString({ message: TEXT_MESSAGE })
  @TextLength(PROPOSAL_TEXT_MIN, PROPOSAL_TEXT_MAX, { message: TEXT_MESSAGE })
  text!: string;
}

@InputType()
export class PublicProposalInput extends MairieProposalInput {
  @Field({ description: 'Le jeton de `proposalForm`' })
  @IsString({ message: 'Le formulaire n’est pas valide : rechargez la page.' })
  @MaxLength(200, { message: 'Le formulaire n’est pas valide : rechargez la page.' })
  formToken!: string;

  @Field(() => String, { nullable: true, description: 'Champ piège : laissé vide par une personne' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Pour recevoir la réponse, facultatif' })
  @IsOptional()
  @MaxLength(254, { message: 'L’adresse électronique est trop longue (254 caractères au plus).' })
  @IsEmail({}, { message: 'Adresse électronique invalide.' })
  email?: string | null;
}

@InputType()
export class ProposalFilter {
  @Field(() => [ProposalStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(ProposalStatus, { each: true, message: 'Étape inconnue.' })
  status?: ProposalStatus[];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode?: string;

  @Field({ nullable: true, description: 'Seulement celles de mon organisation' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field({ nullable: true, defaultValue: 100 })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Au moins une ligne.' })
  @Max(200, { message: 'Au plus 200 lignes.' })
  first?: number;
}

const ANSWER_MESSAGE = `La réponse doit compter de 5 à ${PROPOSAL_ANSWER_MAX.toLocaleString('fr-FR')} caractères.`;

@InputType()
export class ProposalCaseInput {
  @Field()
  @IsString()
  @TextLength(3, 200, { message: 'Le titre doit compter de 3 à 200 caractères.' })
  title!: string;

  @Field(() => CaseCategory)
  @IsEnum(CaseCategory, { message: 'Catégorie inconnue.' })
  category!: CaseCategory;

  @Field(() => Sensitivity)
  @IsEnum(Sensitivity, { message: 'Niveau de diffusion inconnu.' })
  sensitivity!: Sensitivity;
}

export { ANSWER_MESSAGE };
