import { Routes } from '@angular/router';
import { OperationFormPage } from './operations/operation-form.page';
import { OperationPage } from './operations/operation.page';
import { OperationsListPage } from './operations/operations-list.page';
import { PresencePage } from './presence/presence.page';

/** `/operations`: the list, the form and an operation's page. */
export const operationsRoutes: Routes = [
  { path: '', title: 'Opérations coordonnées', component: OperationsListPage },
  { path: 'nouvelle', title: 'Nouvelle opération', component: OperationFormPage },
  { path: ':id', title: 'Opération coordonnée', component: OperationPage },
  { path: ':id/modifier', title: 'Modifier l’opération', component: OperationFormPage },
];

/** `/presence`: entry, import and summary. */
export const presenceRoutes: Routes = [{ path: '', title: 'Présence visible', component: PresencePage }];
