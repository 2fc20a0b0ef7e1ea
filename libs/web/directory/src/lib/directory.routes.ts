import { Routes } from '@angular/router';
import { DirectoryPage } from './directory.page';

export const directoryRoutes: Routes = [
  { path: '', title: 'Annuaire des partenaires', component: DirectoryPage },
];
