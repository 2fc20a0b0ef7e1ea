import { Routes } from '@angular/router';
import { CasePage } from './case/case.page';
import { CaseFormPage } from './form/case-form.page';
import { CaseListPage } from './list/case-list.page';
import { MyWorkPage } from './my-work/my-work.page';

/** « Mes dossiers », the home page after login (`/mes-dossiers`). */
export const myWorkRoutes: Routes = [{ path: '', title: 'Mes dossiers', component: MyWorkPage }];

/** The cases (`/dossiers`): list and map, opening, one case, editing. */
export const casesRoutes: Routes = [
  { path: '', title: 'Dossiers', component: CaseListPage },
  { path: 'nouveau', title: 'Ouvrir un dossier', component: CaseFormPage },
  // The page sets its own title once the case is loaded (its reference).
  { path: ':id', title: 'Dossier', component: CasePage },
  { path: ':id/modifier', title: 'Modifier le dossier', component: CaseFormPage },
];
