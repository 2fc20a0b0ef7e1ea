import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  OrganizationType,
  SURVEY_INTRO_MAX,
  SURVEY_QUESTIONS_MAX,
  SURVEY_REMINDERS_MAX,
  SurveyQuestionKind,
} from '@continuum/domain';
import { TextLength } from '@continuum/server/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
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
export class SurveyQuestionInput {
  @Field(() => SurveyQuestionKind)
  @IsEnum(SurveyQuestionKind, { message: 'Type de question inconnu (note ou texte libre).' })
  kind!: SurveyQuestionKind;

  @Field()
  @IsString()
  @TextLength(3, 300, { message: 'L’intitulé d’une question compte de 3 à 300 caractères.' })
  label!: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  required!: boolean;
}

@InputType()
export class SurveyAudienceInput {
  @Field({ defaultValue: false, description: 'Les mairies (maires, élus et leurs services)' })
  @IsBoolean()
  mayors!: boolean;

  @Field({ defaultValue: false, description: 'Les partenaires privés, par leurs responsables' })
  @IsBoolean()
  partners!: boolean;

  @Field(() => [OrganizationType], { defaultValue: [] })
  @ArrayMaxSize(30)
  @IsEnum(OrganizationType, { each: true, message: 'Type d’organisation inconnu.' })
  organizationTypes!: OrganizationType[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(500, { message: 'Au plus 500 organisations choisies.' })
  @IsUUID('all', { each: true, message: 'Organisation inconnue.' })
  organizationIds!: string[];
}

@InputType()
export class SurveyWaveInput {
  @Field()
  @IsString()
  @TextLength(3, 200, { message: 'Le titre compte de 3 à 200 caractères.' })
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(SURVEY_INTRO_MAX, { message: `La présentation compte au plus ${SURVEY_INTRO_MAX} caractères.` })
  intro!: string;

  @Field({ description: 'Ouverture (AAAA-MM-JJ)' })
  @Matches(DAY, { message: DAY_MESSAGE })
  opensOn!: string;

  @Field({ description: 'Dernier jour pour répondre (AAAA-MM-JJ)' })
  @Matches(DAY, { message: DAY_MESSAGE })
  closesOn!: string;

  @Field(() => [String], { defaultValue: [], description: 'Rappels programmés (AAAA-MM-JJ)' })
  @ArrayMaxSize(SURVEY_REMINDERS_MAX, { message: `Au plus ${SURVEY_REMINDERS_MAX} rappels programmés.` })
  @Matches(DAY, { each: true, message: DAY_MESSAGE })
  reminderDates!: string[];

  @Field(() => SurveyAudienceInput)
  @ValidateNested()
  @Type(() => SurveyAudienceInput)
  audience!: SurveyAudienceInput;

  @Field(() => [SurveyQuestionInput])
  @ArrayMinSize(1, { message: 'Le questionnaire compte au moins une question.' })
  @ArrayMaxSize(SURVEY_QUESTIONS_MAX, {
    message: `Le questionnaire compte au plus ${SURVEY_QUESTIONS_MAX} questions.`,
  })
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions!: SurveyQuestionInput[];
}

/** One answer: a score for a question on the scale, a text for a free one (checked against the question). */
@InputType()
export class SurveyAnswerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Question inconnue.' })
  questionId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Une note est un nombre entier de 1 à 5.' })
  score?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  text?: string | null;
}
