import { Routes } from '@angular/router';
import { allowedGuard, signedInGuard } from '@continuum/web/data-access';
import { NotFoundPage } from '@continuum/web/ui';

/** Each feature is a lazy chunk with its own `*.routes.ts`; the app only composes them. */
export const appRoutes: Routes = [
  // « Mes dossiers » is the home page: what waits for the user's organisation.
  { path: '', pathMatch: 'full', redirectTo: 'mes-dossiers' },
  // The login page itself is for signed-out visitors; the pages of mailed links and of the second
  // factor are not (see authRoutes).
  {
    path: 'connexion',
    loadChildren: () => import('@continuum/web/auth').then((m) => m.authRoutes),
  },
  {
    path: 'mon-compte',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/auth').then((m) => m.accountRoutes),
  },
  {
    path: 'mes-dossiers',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/cases').then((m) => m.myWorkRoutes),
  },
  {
    path: 'dossiers',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/cases').then((m) => m.casesRoutes),
  },
  {
    path: 'instances',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/coordination').then((m) => m.bodiesRoutes),
  },
  // A meeting's address is in its convocation mails: a signed-out reader logs in and lands on it.
  {
    path: 'seances',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/coordination').then((m) => m.meetingRoutes),
  },
  {
    path: 'alertes',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/alerts').then((m) => m.alertsRoutes),
  },
  {
    path: 'annuaire',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/directory').then((m) => m.directoryRoutes),
  },
  {
    path: 'territoire',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/territory').then((m) => m.territoryRoutes),
  },
  {
    path: 'diagnostic',
    canActivate: [signedInGuard, allowedGuard(['read', 'IncidentAggregate'])],
    loadChildren: () => import('@continuum/web/diagnostic').then((m) => m.diagnosticRoutes),
  },
  // The PADRSQ: drafts are the cabinet's, adopted versions everyone's who works in the département.
  {
    path: 'plan',
    canActivate: [signedInGuard, allowedGuard(['read', 'Plan'])],
    loadChildren: () => import('@continuum/web/plan').then((m) => m.planRoutes),
  },
  // The public form and the author's private link need no account; the lists and triage do.
  {
    path: 'propositions',
    loadChildren: () => import('@continuum/web/dialogue').then((m) => m.dialogueRoutes),
  },
  // The cabinet's surveys need an account; the respondent's page, reached by the mailed link, does not.
  {
    path: 'enquetes',
    loadChildren: () => import('@continuum/web/dialogue').then((m) => m.surveyRoutes),
  },
  {
    path: 'contrats',
    loadChildren: () => import('@continuum/web/dialogue').then((m) => m.contractsRoutes),
  },
  {
    path: 'videoprotection',
    loadChildren: () => import('@continuum/web/videoprotection').then((m) => m.videoProtectionRoutes),
  },
  {
    path: 'operations',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/operations').then((m) => m.operationsRoutes),
  },
  {
    path: 'presence',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/operations').then((m) => m.presenceRoutes),
  },
  {
    path: 'resultats',
    canActivate: [signedInGuard],
    loadChildren: () => import('@continuum/web/results').then((m) => m.resultsRoutes),
  },
  {
    path: 'administration',
    canActivate: [
      signedInGuard,
      allowedGuard(
        ['create', 'User'],
        ['update', 'User'],
        ['create', 'Organization'],
        ['update', 'Organization'],
      ),
    ],
    loadChildren: () => import('@continuum/web/admin').then((m) => m.adminRoutes),
  },
  // The DPO's screens: the journal, subject access, retention and purges (issue #17).
  {
    path: 'protection-des-donnees',
    canActivate: [signedInGuard, allowedGuard(['answer', 'SubjectAccess'])],
    loadChildren: () => import('@continuum/web/legal').then((m) => m.dpoRoutes),
  },
  // The public notices the footer links to, for every visitor (signed in or not).
  {
    path: 'donnees-personnelles',
    loadChildren: () => import('@continuum/web/legal').then((m) => m.personalDataRoutes),
  },
  {
    path: 'accessibilite',
    loadChildren: () => import('@continuum/web/legal').then((m) => m.accessibilityRoutes),
  },
  { path: '**', title: 'Page introuvable', component: NotFoundPage },
];
