import { Routes } from '@angular/router';
import { ResultsPage } from './page/results.page';

/** `/resultats`: my commune's results (or, for the cabinet, any commune's), `/resultats/:code` one of them. */
export const resultsRoutes: Routes = [
  { path: '', title: 'Résultats des communes', component: ResultsPage },
  { path: ':code', title: 'Résultats de la commune', component: ResultsPage },
];
