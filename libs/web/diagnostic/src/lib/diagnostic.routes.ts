import { Routes } from '@angular/router';
import { allowedGuard } from '@continuum/web/data-access';
import { AnalysisPage } from './analysis/analysis.page';
import { ImportPage } from './import/import.page';
import { ImportsPage } from './imports/imports.page';

/** The imports are the cabinet's (`read Incident`); the analysis is everyone's who reads figures. */
export const diagnosticRoutes: Routes = [
  {
    path: '',
    title: 'Diagnostic territorial',
    component: ImportsPage,
    canActivate: [allowedGuard(['read', 'Incident'])],
  },
  { path: 'analyse', title: 'Analyse de la délinquance', component: AnalysisPage },
  {
    path: 'imports/:id',
    title: 'Import de données',
    component: ImportPage,
    canActivate: [allowedGuard(['read', 'Incident'])],
  },
];
