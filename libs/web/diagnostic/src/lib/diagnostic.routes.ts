import { Routes } from '@angular/router';
import { ImportPage } from './import/import.page';
import { ImportsPage } from './imports/imports.page';

export const diagnosticRoutes: Routes = [
  { path: '', title: 'Diagnostic territorial', component: ImportsPage },
  { path: 'imports/:id', title: 'Import de données', component: ImportPage },
];
