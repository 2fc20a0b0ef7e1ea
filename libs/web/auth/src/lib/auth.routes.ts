import { Routes } from '@angular/router';
import { pendingStepGuard, signedOutGuard } from '@continuum/web/data-access';
import { AccountPage } from './account/account.page';
import { LoginPage } from './login.page';
import { ForgottenPasswordPage } from './password/forgotten-password.page';
import { NewPasswordPage } from './password/new-password.page';
import { AccessRequestPage } from './proconnect/access-request.page';
import { SecondFactorCodePage, SecondFactorEnrolmentPage } from './second-factor/second-factor.pages';

/** Under /connexion: the login, its second step, and the pages the mailed links open. */
export const authRoutes: Routes = [
  { path: '', title: 'Connexion', canActivate: [signedOutGuard], component: LoginPage },
  { path: 'demande-acces', title: 'Demande d’accès', component: AccessRequestPage },
  { path: 'mot-de-passe-oublie', title: 'Mot de passe oublié', component: ForgottenPasswordPage },
  { path: 'nouveau-mot-de-passe', title: 'Choisir votre mot de passe', component: NewPasswordPage },
  {
    path: 'code',
    title: 'Double authentification',
    canActivate: [pendingStepGuard],
    component: SecondFactorCodePage,
  },
  {
    path: 'double-authentification',
    title: 'Configurer la double authentification',
    canActivate: [pendingStepGuard],
    component: SecondFactorEnrolmentPage,
  },
];

/** Under /mon-compte (signed in). */
export const accountRoutes: Routes = [{ path: '', title: 'Mon compte', component: AccountPage }];
