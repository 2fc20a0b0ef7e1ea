import { Routes } from '@angular/router';
import { allowedGuard, signedInGuard } from '@continuum/web/data-access';

/** The cabinet's pages need `read SurveyWave`; the respondent's page (the mailed link) needs no account. */
export const surveyRoutes: Routes = [
  {
    path: '',
    title: 'Enquêtes de satisfaction',
    canActivate: [signedInGuard, allowedGuard(['read', 'SurveyWave'])],
    loadComponent: () => import('./survey-waves.page').then((m) => m.SurveyWavesPage),
  },
  {
    path: 'nouvelle',
    title: 'Préparer une vague d’enquête',
    canActivate: [signedInGuard, allowedGuard(['create', 'SurveyWave'])],
    loadComponent: () => import('./survey-wave-form.page').then((m) => m.SurveyWaveFormPage),
  },
  {
    path: 'reponse/:token',
    title: 'Répondre à l’enquête de satisfaction',
    loadComponent: () => import('./survey-answer.page').then((m) => m.SurveyAnswerPage),
  },
  {
    path: ':id/modifier',
    title: 'Modifier la vague',
    canActivate: [signedInGuard, allowedGuard(['create', 'SurveyWave'])],
    loadComponent: () => import('./survey-wave-form.page').then((m) => m.SurveyWaveFormPage),
  },
  {
    path: ':id',
    title: 'Vague d’enquête',
    canActivate: [signedInGuard, allowedGuard(['read', 'SurveyWave'])],
    loadComponent: () => import('./survey-wave.page').then((m) => m.SurveyWavePage),
  },
];
