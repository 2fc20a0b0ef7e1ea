import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Can, CurrentPrincipal, Public } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { SurveyAnswersService } from './survey-answers.service';
import { SurveyResultsService } from './survey-results.service';
import { SurveySendingService } from './survey-sending.service';
import { SurveyWavesService } from './survey-waves.service';
import { SurveyAnswerInput, SurveyWaveInput } from './surveys.inputs';
import {
  SurveyQuestionnaireModel,
  SurveyReceiptModel,
  SurveyResultsModel,
  SurveySendingModel,
  SurveyTrendModel,
  SurveyWaveModel,
} from './surveys.models';

/** The satisfaction surveys: the cabinet's waves and results, the respondent's single-use link. */
@Resolver(() => SurveyWaveModel)
export class SurveysResolver {
  constructor(
    private readonly waves: SurveyWavesService,
    private readonly sending: SurveySendingService,
    private readonly answers: SurveyAnswersService,
    private readonly results: SurveyResultsService,
  ) {}

  @Authenticated()
  @Query(() => [SurveyWaveModel], {
    description: 'Les vagues d’enquête que le lecteur peut lire (le cabinet)',
  })
  surveyWaves(@CurrentPrincipal() principal: RequestPrincipal): Promise<SurveyWaveModel[]> {
    return this.waves.list(principal.ability);
  }

  @Authenticated()
  @Query(() => SurveyWaveModel)
  surveyWave(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<SurveyWaveModel> {
    return this.waves.one(id, principal.ability);
  }

  @Authenticated()
  @Query(() => SurveyResultsModel, {
    description:
      'Les résultats d’une vague envoyée : par type d’organisation et par commune, petits groupes masqués',
  })
  surveyResults(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<SurveyResultsModel> {
    return this.results.results(id, principal.ability);
  }

  @Authenticated()
  @Query(() => SurveyTrendModel, { description: 'L’évolution des notes d’une vague à l’autre' })
  surveyTrend(@CurrentPrincipal() principal: RequestPrincipal): Promise<SurveyTrendModel> {
    return this.results.trend(principal.ability);
  }

  @Can('create', 'SurveyWave')
  @Mutation(() => SurveyWaveModel, {
    description: 'Prépare une vague (questionnaire, public, dates, rappels)',
  })
  createSurveyWave(
    @Args('input') input: SurveyWaveInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<SurveyWaveModel> {
    return this.waves.create(input, principal);
  }

  @Can('update', 'SurveyWave')
  @Mutation(() => SurveyWaveModel, { description: 'Modifie une vague en préparation' })
  updateSurveyWave(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SurveyWaveInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<SurveyWaveModel> {
    return this.waves.update(id, input, principal);
  }

  @Can('send', 'SurveyWave')
  @Mutation(() => SurveySendingModel, {
    description: 'Envoie une vague : un courriel par destinataire, chacun avec son lien à usage unique',
  })
  sendSurveyWave(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<SurveySendingModel> {
    return this.sending.send(id, principal);
  }

  @Can('remind', 'SurveyWave')
  @Mutation(() => SurveySendingModel, { description: 'Relance ceux qui n’ont pas encore répondu' })
  remindSurveyWave(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<SurveySendingModel> {
    return this.sending.remind(id, principal);
  }

  @Can('close', 'SurveyWave')
  @Mutation(() => SurveyWaveModel, { description: 'Clôt une vague avant sa date : plus aucune réponse' })
  closeSurveyWave(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ): Promise<SurveyWaveModel> {
    return this.sending.close(id, principal);
  }

  @Public()
  @Query(() => SurveyQuestionnaireModel, {
    description: 'Le questionnaire, lu par son destinataire grâce à son lien (sans compte)',
  })
  surveyByLink(@Args('token') token: string): Promise<SurveyQuestionnaireModel> {
    return this.answers.questionnaire(token);
  }

  @Public()
  @Mutation(() => SurveyReceiptModel, {
    description: 'La réponse au questionnaire : une seule par lien et par personne',
  })
  answerSurvey(
    @Args('token') token: string,
    @Args('answers', { type: () => [SurveyAnswerInput] }) answers: SurveyAnswerInput[],
  ): Promise<SurveyReceiptModel> {
    return this.answers.answer(token, answers);
  }
}
