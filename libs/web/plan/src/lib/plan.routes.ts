import { Routes } from '@angular/router';
import { PlanDifferencesPage } from './differences/plan-differences.page';
import { PlanPage } from './page/plan.page';

/** The plan of a year (`/plan?annee=…&version=…`) and what changed in a version (`/plan/:id/differences`). */
export const planRoutes: Routes = [
  { path: '', title: 'Plan d’action', component: PlanPage },
  { path: ':id/differences', title: 'Différences entre versions du plan', component: PlanDifferencesPage },
];
