import { Routes } from '@angular/router';
import { allowedGuard, signedInGuard } from '@continuum/web/data-access';
import { ContractFormPage } from './contract-form.page';
import { ContractPage } from './contract.page';
import { ContractsPage } from './contracts.page';

/** Contracts (CSI, PVD): the list and a contract's page for their readers, the form for their writers. */
export const contractsRoutes: Routes = [
  {
    path: '',
    title: 'Contrats',
    component: ContractsPage,
    canActivate: [signedInGuard, allowedGuard(['read', 'Contract'])],
  },
  {
    path: 'nouveau',
    title: 'Nouveau contrat',
    component: ContractFormPage,
    canActivate: [signedInGuard, allowedGuard(['create', 'Contract'])],
  },
  {
    path: ':id',
    title: 'Contrat',
    component: ContractPage,
    canActivate: [signedInGuard, allowedGuard(['read', 'Contract'])],
  },
  {
    path: ':id/modifier',
    title: 'Modifier le contrat',
    component: ContractFormPage,
    canActivate: [signedInGuard, allowedGuard(['update', 'Contract'])],
  },
];
