import { Routes } from '@angular/router';
import { allowedGuard, signedInGuard } from '@continuum/web/data-access';
import { ProposalFormPage } from './form/proposal-form.page';
import { ProposalLinkPage } from './link/proposal-link.page';
import { ProposalPage } from './proposal/proposal.page';
import { ProposalsPage } from './list/proposals.page';

/** The form and the private link are open to anyone; the rest needs `read Proposal`. */
export const dialogueRoutes: Routes = [
  {
    path: '',
    title: 'Propositions',
    component: ProposalsPage,
    canActivate: [signedInGuard, allowedGuard(['read', 'Proposal'])],
  },
  { path: 'nouvelle', title: 'Faire une proposition', component: ProposalFormPage },
  { path: 'suivi/:token', title: 'Suivi de votre proposition', component: ProposalLinkPage },
  {
    path: ':id',
    title: 'Proposition',
    component: ProposalPage,
    canActivate: [signedInGuard, allowedGuard(['read', 'Proposal'])],
  },
];
