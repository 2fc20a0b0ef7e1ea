import { Routes } from '@angular/router';
import { TerritoryPage } from './territory.page';

export const territoryRoutes: Routes = [{ path: '', title: 'Territoire', component: TerritoryPage }];
