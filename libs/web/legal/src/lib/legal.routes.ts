import { Routes } from '@angular/router';
import { AccessibilityPage } from './accessibility.page';
import { DpoPage } from './dpo/dpo.page';
import { PersonalDataPage } from './personal-data.page';

/** Both pages are public: the footer links to them from every page, signed in or not. */
export const personalDataRoutes: Routes = [
  { path: '', title: 'Données personnelles', component: PersonalDataPage },
];
export const accessibilityRoutes: Routes = [
  { path: '', title: 'Déclaration d’accessibilité', component: AccessibilityPage },
];

/** The DPO's page (issue #17): the journal, subject access, retention; guarded by the app's routes. */
export const dpoRoutes: Routes = [{ path: '', title: 'Protection des données', component: DpoPage }];
