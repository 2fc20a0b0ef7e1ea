import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CaseCategory, CaseStatus, Sensitivity } from '@continuum/domain';
import { TextLength } from '@continuum/server/platform';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { PersonRole } from '../entities/case-person.entity';

/** The earliest birth year a search accepts: anyone alive was born after it. */
export const EARLIEST_BIRTH_YEAR = 1900;

/** Whom the DPO looks for: a name (accents and case ignored), and optionally a birth year and an address. */
@InputType()
export class SubjectAccessTerms {
  @Field({ description: 'Nom et prénom, ou une partie (accents et majuscules ignorés)' })
  @IsString({ message: 'Le nom est obligatoire.' })
  @TextLength(2, 200, { message: 'Le nom compte de 2 à 200 caractères.' })
  fullName!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'L’année de naissance est un nombre entier.' })
  @Min(EARLIEST_BIRTH_YEAR, { message: `L’année de naissance ne peut précéder ${EARLIEST_BIRTH_YEAR}.` })
  @Max(9999, { message: 'L’année de naissance ne peut être dans le futur.' })
  birthYear?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Une partie de l’adresse (accents et majuscules ignorés)',
  })
  @IsOptional()
  @IsString({ message: 'L’adresse est un texte.' })
  @TextLength(0, 300, { message: 'L’adresse compte 300 caractères au plus.' })
  address?: string | null;
}

/** One person recorded in one case, with what identifies the case. */
@ObjectType('SubjectAccessMatch')
export class SubjectAccessMatch {
  @Field(() => ID, { description: 'La personne telle qu’elle est inscrite dans ce dossier' })
  personId!: string;

  @Field(() => ID)
  caseId!: string;

  @Field()
  reference!: string;

  @Field()
  title!: string;

  @Field(() => CaseCategory)
  category!: CaseCategory;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => Sensitivity)
  sensitivity!: Sensitivity;

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

  @Field()
  recordedAt!: Date;
}

@ObjectType('SubjectAccessResult')
export class SubjectAccessResult {
  @Field(() => [SubjectAccessMatch])
  matches!: SubjectAccessMatch[];

  @Field({ description: 'Plus de résultats que ceux donnés : préciser la recherche' })
  truncated!: boolean;
}
