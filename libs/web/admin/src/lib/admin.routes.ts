import { Routes } from '@angular/router';
import { AdminLayout } from './admin-layout.component';
import { adminOnlyGuard } from './admin-only.guard';
import { DeliveriesPage } from './deliveries/deliveries.page';
import { OrganizationFormPage } from './organizations/organization-form.page';
import { OrganizationsPage } from './organizations/organizations.page';
import { UserFormPage } from './users/user-form.page';
import { UsersPage } from './users/users.page';

export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminLayout,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'comptes' },
      { path: 'comptes', title: 'Comptes — Administration', component: UsersPage },
      { path: 'comptes/nouveau', title: 'Créer un compte — Administration', component: UserFormPage },
      { path: 'comptes/:id', title: 'Modifier un compte — Administration', component: UserFormPage },
      { path: 'organisations', title: 'Organisations — Administration', component: OrganizationsPage },
      {
        path: 'organisations/nouvelle',
        title: 'Créer une organisation — Administration',
        component: OrganizationFormPage,
      },
      {
        path: 'organisations/:id',
        title: 'Modifier une organisation — Administration',
        component: OrganizationFormPage,
      },
      {
        path: 'envois',
        title: 'Envois en échec ou en attente — Administration',
        canActivate: [adminOnlyGuard],
        component: DeliveriesPage,
      },
    ],
  },
];
