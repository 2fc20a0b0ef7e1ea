import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationType, SurveyQuestionKind, SurveyWaveStatus } from '@continuum/domain';

registerEnumType(SurveyWaveStatus, { name: 'SurveyWaveStatus', description: 'Étape d’une vague d’enquête' });
registerEnumType(SurveyQuestionKind, {
  name: 'SurveyQuestionKind',
  description: 'Note de 1 à 5 (SCALE) ou texte libre (TEXT)',
});

@ObjectType('SurveyQuestion')
export class SurveyQuestionModel {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { description: 'Rang dans le questionnaire, à partir de 1' })
  position!: number;
  @Field(() => SurveyQuestionKind)
  kind!: SurveyQuestionKind;
  @Field()
  label!: string;
  @Field()
  required!: boolean;
}

@ObjectType('SurveyAudience')
export class SurveyAudienceModel {
  @Field({ description: 'Les mairies' })
  mayors!: boolean;
  @Field({ description: 'Les partenaires privés (leurs responsables)' })
  partners!: boolean;
  @Field(() => [OrganizationType])
  organizationTypes!: OrganizationType[];
  @Field(() => [ID])
  organizationIds!: string[];
}

@ObjectType('SurveyReminder')
export class SurveyReminderModel {
  @Field()
  sentAt!: Date;
  @Field(() => String, { nullable: true, description: 'La date prévue (AAAA-MM-JJ) d’un rappel programmé' })
  dueOn!: string | null;
  @Field(() => Int)
  recipients!: number;
  @Field(() => String, { nullable: true, description: 'Qui l’a envoyé ; vide pour un rappel programmé' })
  byLabel!: string | null;
}

/** A wave as the cabinet reads it: never who answered what. */
@ObjectType('SurveyWave')
export class SurveyWaveModel {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field()
  intro!: string;
  @Field(() => SurveyWaveStatus, { description: 'CLOSED aussi quand la date de clôture est passée' })
  status!: SurveyWaveStatus;
  @Field()
  statusLabel!: string;
  @Field({ description: 'Ouverture (AAAA-MM-JJ, heure de Paris)' })
  opensOn!: string;
  @Field({ description: 'Dernier jour pour répondre (AAAA-MM-JJ, heure de Paris)' })
  closesOn!: string;
  @Field()
  closesAt!: Date;
  @Field(() => [String], { description: 'Rappels programmés (AAAA-MM-JJ)' })
  reminderDates!: string[];
  @Field(() => SurveyAudienceModel)
  audience!: SurveyAudienceModel;
  @Field(() => [SurveyQuestionModel])
  questions!: SurveyQuestionModel[];
  @Field(() => Int)
  recipientCount!: number;
  @Field(() => Int)
  responseCount!: number;
  @Field(() => [SurveyReminderModel])
  reminders!: SurveyReminderModel[];
  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
  @Field(() => String, { nullable: true })
  sentByLabel!: string | null;
  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
  @Field()
  createdAt!: Date;
  @Field()
  mayUpdate!: boolean;
  @Field()
  maySend!: boolean;
  @Field()
  mayRemind!: boolean;
  @Field()
  mayClose!: boolean;
}

@ObjectType('SurveyScaleSummary', {
  description: 'Les réponses d’un groupe à une question notée ; un groupe trop petit est masqué en entier',
})
export class SurveyScaleSummaryModel {
  @Field(() => Int, { nullable: true })
  count!: number | null;
  @Field(() => Float, { nullable: true })
  average!: number | null;
  @Field(() => [Int], { nullable: true, description: 'Réponses par note, de 1 à 5' })
  distribution!: number[] | null;
  @Field()
  masked!: boolean;
}

@ObjectType('SurveyGroupResult')
export class SurveyGroupResultModel {
  @Field({ description: 'Type d’organisation ou code INSEE de la commune' })
  key!: string;
  @Field()
  label!: string;
  @Field(() => Int, { nullable: true, description: 'Répondants du groupe ; vide quand il est masqué' })
  respondents!: number | null;
  @Field(() => SurveyScaleSummaryModel)
  summary!: SurveyScaleSummaryModel;
}

@ObjectType('SurveyQuestionResult')
export class SurveyQuestionResultModel {
  @Field(() => ID)
  questionId!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => SurveyQuestionKind)
  kind!: SurveyQuestionKind;
  @Field()
  label!: string;
  @Field(() => SurveyScaleSummaryModel, { nullable: true, description: 'Questions notées seulement' })
  overall!: SurveyScaleSummaryModel | null;
  @Field(() => [SurveyGroupResultModel])
  byOrganizationType!: SurveyGroupResultModel[];
  @Field(() => [SurveyGroupResultModel])
  byCommune!: SurveyGroupResultModel[];
  @Field(() => [String], {
    nullable: true,
    description:
      'Les réponses libres, sans leur auteur (le cabinet seulement) ; vide si le groupe est trop petit',
  })
  texts!: string[] | null;
}

@ObjectType('SurveyResults')
export class SurveyResultsModel {
  @Field(() => ID)
  waveId!: string;
  @Field()
  title!: string;
  @Field(() => Int, { description: 'Seuil de masquage des petits groupes' })
  minCell!: number;
  @Field(() => Int)
  recipients!: number;
  @Field(() => Int)
  respondents!: number;
  @Field(() => [SurveyQuestionResultModel])
  questions!: SurveyQuestionResultModel[];
}

@ObjectType('SurveyTrendPoint')
export class SurveyTrendPointModel {
  @Field(() => ID)
  waveId!: string;
  @Field(() => SurveyScaleSummaryModel, {
    nullable: true,
    description: 'Vide si la vague n’a pas posé la question',
  })
  summary!: SurveyScaleSummaryModel | null;
}

@ObjectType('SurveyTrendSeries')
export class SurveyTrendSeriesModel {
  @Field({ description: 'L’intitulé de la question notée, le même d’une vague à l’autre' })
  label!: string;
  @Field(() => [SurveyTrendPointModel])
  points!: SurveyTrendPointModel[];
}

@ObjectType('SurveyTrendWave')
export class SurveyTrendWaveModel {
  @Field(() => ID)
  id!: string;
  @Field()
  title!: string;
  @Field()
  opensOn!: string;
  @Field(() => Int)
  recipients!: number;
  @Field(() => Int)
  respondents!: number;
}

@ObjectType('SurveyTrend', {
  description: 'L’évolution d’une vague à l’autre (les huit dernières vagues envoyées, de la plus ancienne)',
})
export class SurveyTrendModel {
  @Field(() => Int)
  minCell!: number;
  @Field(() => [SurveyTrendWaveModel])
  waves!: SurveyTrendWaveModel[];
  @Field(() => [SurveyTrendSeriesModel])
  series!: SurveyTrendSeriesModel[];
}

/** What the respondent reads through their link: the questionnaire, nothing of anyone else. */
@ObjectType('SurveyQuestionnaire')
export class SurveyQuestionnaireModel {
  @Field()
  title!: string;
  @Field()
  intro!: string;
  @Field()
  closesOn!: string;
  @Field({ description: 'Le nom du destinataire du lien' })
  recipientName!: string;
  @Field(() => [SurveyQuestionModel])
  questions!: SurveyQuestionModel[];
  @Field(() => [String], { description: 'Les libellés des notes 1 à 5' })
  scaleLabels!: string[];
}

@ObjectType('SurveyReceipt')
export class SurveyReceiptModel {
  @Field()
  title!: string;
  @Field()
  submittedAt!: Date;
}

@ObjectType('SurveySending', { description: 'Ce qu’un envoi ou un rappel a mis dans la file des courriels' })
export class SurveySendingModel {
  @Field(() => SurveyWaveModel)
  wave!: SurveyWaveModel;
  @Field(() => Int)
  queued!: number;
}
